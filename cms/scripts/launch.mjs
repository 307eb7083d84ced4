// Starting the built CMS as a child process: what it is, the secrets it needs, a free port.
// One module for every launcher: the e2e stack and the benchmark (web/scripts/stack.mjs), the
// CMS tests (tests/support/cms.ts) and `npm start`'s generated cms/.env (scripts/lib.mjs).
// Plain Node ESM without dependencies, so each of them can import it as it is.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CMS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STRAPI_BIN = path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');

/** Every secret the CMS refuses to start without (config/*.ts), generated for local runs. */
export const CMS_SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
  'PREVIEW_SECRET',
  'CONSULT_ENCRYPTION_KEY',
];

/** 32 random bytes, base64. */
export const randomSecret = () => randomBytes(32).toString('base64');

/**
 * A fresh value for every secret (APP_KEYS is `appKeys` of them, comma-separated).
 * @param {{ appKeys?: number }} [options]
 * @returns {Record<string, string>}
 */
export function generateCmsSecrets({ appKeys = 2 } = {}) {
  return Object.fromEntries(
    CMS_SECRET_NAMES.map((name) => [name, name === 'APP_KEYS' ? Array.from({ length: appKeys }, randomSecret).join(',') : randomSecret()]),
  );
}

/** @returns {Promise<number>} a port on 127.0.0.1 that was free a moment ago */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * `strapi start` on the built project, on `port`, with exactly `env` (nothing inherited).
 * @param {{ port: number, env: Record<string, string> }} options
 * @returns {import('node:child_process').ChildProcessWithoutNullStreams}
 */
export function spawnCms({ port, env }) {
  return spawn(process.execPath, [STRAPI_BIN, 'start'], { cwd: CMS_DIR, env: { ...env, CMS_PORT: String(port) }, stdio: ['pipe', 'pipe', 'pipe'] });
}
