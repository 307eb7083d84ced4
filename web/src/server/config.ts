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
} as const;
