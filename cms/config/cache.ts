import type { Core } from '@strapi/strapi';

export interface CacheConfig {
  /** Off: every public read goes to the database (for measuring, or to rule the cache out). */
  enabled: boolean;
  /** Shared by every CMS and page-renderer process; without it the cache lives in this process. */
  redisUrl: string;
  /** Key prefix in Redis: processes that share it share entries and invalidations. */
  prefix: string;
  /** Bounds memory only: an entry is never served stale, whatever its age. */
  ttlSeconds: number;
  /** Bound of this process's in-memory entries. */
  maxBytes: number;
}

const config = ({ env }: Core.Config.Shared.ConfigParams): CacheConfig => {
  const ttlSeconds = env.int('CACHE_TTL_SECONDS', 3600);
  const maxMegabytes = env.int('CACHE_MAX_MB', 64);
  for (const [name, value] of [
    ['CACHE_TTL_SECONDS', ttlSeconds],
    ['CACHE_MAX_MB', maxMegabytes],
  ] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of 1 or more, not "${env(name)}"`);
  }
  const redisUrl = env('REDIS_URL', '');
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) {
    throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, not "${redisUrl}"`);
  }
  return {
    enabled: env.bool('CACHE_ENABLED', true),
    redisUrl,
    prefix: env('CACHE_PREFIX', 'clinic:'),
    ttlSeconds,
    maxBytes: maxMegabytes * 1024 * 1024,
  };
};

export default config;
