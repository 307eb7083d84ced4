// What the stack hands its processes and its users: the admin accounts, each CMS process's and
// each page renderer's environment, and the stack as the end-to-end tests' variables.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCmsSecrets } from '../../../cms/scripts/launch.mjs';

/** The local Redis: the CMS's and the renderers' shared cache, under a prefix of the stack's own. */
export const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * @typedef {{ email: string, password: string }} Account
 * @typedef {'admin' | 'editor' | 'moderator' | 'frontdesk'} AccountName
 */

/** The admin accounts the seed creates, with fresh passwords. @returns {Record<AccountName, Account>} */
export function newAccounts() {
  const password = (/** @type {string} */ prefix) => `${prefix}-${randomBytes(12).toString('base64url')}`;
  return {
    admin: { email: 'admin@example.com', password: password('Adm1n') },
    editor: { email: 'editor@example.com', password: password('Ed1tor') },
    moderator: { email: 'moderator@example.com', password: password('M0derator') },
    frontdesk: { email: 'frontdesk@example.com', password: password('Fr0ntdesk') },
  };
}

/**
 * What every CMS process of one stack shares: the database, the secrets, the accounts, the cache.
 * @param {{ dirs: import('./setup.mjs').StackDirs, cmsUrl: string, webUrl: string, accounts: Record<AccountName, Account>, database: string | null, scaled: boolean, cachePrefix: string, previewSecret: string }} options
 * @returns {Record<string, string>}
 */
export function cmsEnvironment({ dirs, cmsUrl, webUrl, accounts, database, scaled, cachePrefix, previewSecret }) {
  // Only what it needs from this environment, so a developer's DATABASE_URL or CMS_*
  // variables cannot leak in. cms/.env is still read by Strapi, but every variable set here
  // wins over it.
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PUBLIC_URL: cmsUrl,
    CORS_ORIGINS: webUrl,
    ...(database
      ? { DATABASE_CLIENT: 'postgres', DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${database}` }
      : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dirs.cms, 'data.db') }),
    ...generateCmsSecrets(),
    // Editors' preview links open on the site, signed with the secret the renderers check them with.
    SITE_URL: webUrl,
    PREVIEW_SECRET: previewSecret,
    CMS_SEED: 'true',
    CMS_ADMIN_EMAIL: accounts.admin.email,
    CMS_ADMIN_PASSWORD: accounts.admin.password,
    CMS_EDITOR_EMAIL: accounts.editor.email,
    CMS_EDITOR_PASSWORD: accounts.editor.password,
    CMS_MODERATOR_EMAIL: accounts.moderator.email,
    CMS_MODERATOR_PASSWORD: accounts.moderator.password,
    CMS_FRONTDESK_EMAIL: accounts.frontdesk.email,
    CMS_FRONTDESK_PASSWORD: accounts.frontdesk.password,
    CMS_CREDENTIALS_FILE: path.join(dirs.cms, 'admin-credentials.txt'),
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    // Every browser here shares one IP: the flood limits would take two visitors for one.
    COMMENT_FLOOD_SECONDS: '0',
    CONSULT_FLOOD_SECONDS: '0',
    REDIS_URL,
    CACHE_PREFIX: cachePrefix,
    // Behind nginx, which appends the client's address to X-Forwarded-For: the CMS takes
    // that last entry (config/server.ts). The single-CMS stack is reached directly.
    ...(scaled ? { TRUST_PROXY: 'true', COMMENT_MIN_FILL_SECONDS: '0', CONSULT_MIN_FILL_SECONDS: '0' } : {}),
  };
}

/**
 * One page renderer's environment, as the web-ssr image gives it.
 * @param {{ port: number, distDir: string, webUrl: string, cmsUrl: string, cachePrefix: string, previewSecret: string, env: Record<string, string> }} options
 * @returns {Record<string, string>}
 */
export function rendererEnvironment({ port, distDir, webUrl, cmsUrl, cachePrefix, previewSecret, env }) {
  return {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    SITE_URL: webUrl,
    CMS_PUBLIC_URL: cmsUrl,
    // The build itself, with the manifest the renderer reads (nginx's copy has none).
    WEB_DIST_DIR: distDir,
    REDIS_URL,
    CACHE_PREFIX: cachePrefix,
    PREVIEW_SECRET: previewSecret,
    ...env,
  };
}

/**
 * The stack as environment variables, the way the end-to-end tests read it.
 * @param {Pick<import('../stack.mjs').Stack, 'webUrl' | 'cmsUrl' | 'cmsUrls' | 'cmsPids' | 'accounts'>} stack
 * @returns {Record<string, string>}
 */
export function stackEnv(stack) {
  return {
    E2E_WEB_URL: stack.webUrl,
    E2E_CMS_URL: stack.cmsUrl,
    E2E_CMS_URLS: stack.cmsUrls.join(','),
    E2E_CMS_PIDS: stack.cmsPids.join(','),
    E2E_ADMIN_EMAIL: stack.accounts.admin.email,
    E2E_ADMIN_PASSWORD: stack.accounts.admin.password,
    E2E_EDITOR_EMAIL: stack.accounts.editor.email,
    E2E_EDITOR_PASSWORD: stack.accounts.editor.password,
    E2E_MODERATOR_EMAIL: stack.accounts.moderator.email,
    E2E_MODERATOR_PASSWORD: stack.accounts.moderator.password,
    E2E_FRONTDESK_EMAIL: stack.accounts.frontdesk.email,
    E2E_FRONTDESK_PASSWORD: stack.accounts.frontdesk.password,
  };
}

/**
 * What `node scripts/stack.mjs` prints once the stack is up: its variables, the logs, how to stop.
 * @param {import('../stack.mjs').Stack} stack
 */
export function stackSummary(stack) {
  const lines = Object.entries(stackEnv(stack)).map(([name, value]) => `${name}=${value}`);
  return `${lines.join('\n')}\nlogs: ${stack.logDir}\nStop with Ctrl-C.\n`;
}
