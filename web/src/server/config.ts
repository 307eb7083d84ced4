import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The page renderer's configuration, read once from the environment. Importing this module
 * also sets the app's runtime configuration (see src/config/env.ts), which the app's
 * modules read when they load.
 *
 *   SITE_URL          the site's public origin, for canonical URLs (required)
 *   CMS_PUBLIC_URL    the CMS as browsers reach it (default http://localhost:1337)
 *   CMS_INTERNAL_URL  the CMS as this server reaches it (default: CMS_PUBLIC_URL)
 *   PORT, HOST        where to listen (default 3000 on 0.0.0.0)
 *   WEB_DIST_DIR      the web build whose index.html is the page template (default: ../dist
 *                     next to this bundle)
 *   RENDER_TIMEOUT_MS how long a page may wait for the CMS before the browser gets the
 *                     SPA shell instead (default 5000)
 *   RENDER_CONCURRENCY how many pages render at once; the others wait their turn (default 4)
 *   REDIS_URL         the Redis the CMS shares its cache through: rendered pages are then
 *                     cached too, and invalidated by the CMS's writes (without it, every
 *                     page is rendered)
 *   CACHE_PREFIX      the CMS's CACHE_PREFIX (default "clinic:")
 *   CACHE_ENABLED     "false" renders every page even with REDIS_URL (default true)
 *   CACHE_TTL_SECONDS, CACHE_MAX_MB  bounds of memory, as for the CMS (default 3600, 64)
 *   PREVIEW_SECRET    the CMS's PREVIEW_SECRET: checks editors' preview links and derives the
 *                     read-only API token their drafts are read with (required)
 */
function siteOrigin(): string {
  const raw = process.env.SITE_URL?.trim() ?? '';
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`SITE_URL must be the site's public http(s) URL, e.g. https://clinic.example.org (got "${raw}")`);
  }
  return url.origin;
}

function integer(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

function flag(name: string, fallback: boolean): boolean {
  const raw = process.env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new Error(`${name} must be "true" or "false", got "${raw}"`);
}

function redisUrl(): string | undefined {
  const raw = process.env.REDIS_URL?.trim();
  if (!raw) return undefined;
  if (!/^rediss?:\/\//.test(raw)) throw new Error(`REDIS_URL must be a redis:// or rediss:// URL, got "${raw}"`);
  return raw;
}

function previewSecret(): string {
  const raw = process.env.PREVIEW_SECRET ?? '';
  if (raw.length < 16) {
    throw new Error('PREVIEW_SECRET must be set to the CMS\'s PREVIEW_SECRET (at least 16 characters): it checks editors\' preview links');
  }
  return raw;
}

const here = path.dirname(fileURLToPath(import.meta.url));

const runtime = {
  siteUrl: siteOrigin(),
  cmsUrl: process.env.CMS_PUBLIC_URL?.trim() || undefined,
  apiUrl: process.env.CMS_INTERNAL_URL?.trim() || undefined,
};
globalThis.__RUNTIME_CONFIG__ = runtime;

export const serverConfig = {
  runtime,
  port: integer('PORT', 3000, 1, 65535),
  host: process.env.HOST?.trim() || '0.0.0.0',
  distDir: path.resolve(process.env.WEB_DIST_DIR?.trim() || path.join(here, '..', 'dist')),
  renderTimeoutMs: integer('RENDER_TIMEOUT_MS', 5000, 100, 60_000),
  renderConcurrency: integer('RENDER_CONCURRENCY', 4, 1, 256),
  previewSecret: previewSecret(),
  cache: {
    enabled: flag('CACHE_ENABLED', true),
    redisUrl: redisUrl(),
    prefix: process.env.CACHE_PREFIX ?? 'clinic:',
    ttlSeconds: integer('CACHE_TTL_SECONDS', 3600, 1, 31_536_000),
    maxBytes: integer('CACHE_MAX_MB', 64, 1, 65_536) * 1024 * 1024,
  },
} as const;
