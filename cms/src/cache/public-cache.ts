import type { Core } from '@strapi/strapi';
import { RedisStore, ResponseCache } from '@clinic/http-cache';
import type { CacheConfig } from '#config/cache';

/**
 * The CMS's cache of public reads (see src/middlewares/public-cache.ts), one per process,
 * shared with the other processes through Redis when REDIS_URL is set. Writes invalidate it
 * through ./invalidation.ts.
 */
let cache: ResponseCache | null = null;

export function createPublicCache(strapi: Core.Strapi): void {
  const config = strapi.config.get<CacheConfig>('cache');
  if (!config.enabled) {
    strapi.log.info('Public read cache: off (CACHE_ENABLED=false)');
    return;
  }
  const store = config.redisUrl ? new RedisStore(config.redisUrl, config.prefix) : null;
  cache = new ResponseCache({
    store,
    ttlSeconds: config.ttlSeconds,
    maxBytes: config.maxBytes,
    log: (message) => strapi.log.warn(`Public read cache: ${message}`),
  });
  strapi.log.info(`Public read cache: ${store ? `shared through Redis (prefix "${config.prefix}")` : 'in this process'}`);
}

export function publicCache(): ResponseCache | null {
  return cache;
}

export async function closePublicCache(): Promise<void> {
  const closing = cache;
  cache = null;
  await closing?.close();
}
