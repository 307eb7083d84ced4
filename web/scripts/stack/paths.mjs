// Where the stack's parts are: the web app, its builds, the CMS. Shared by the stack's modules.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CMS_DIR } from '../../../cms/scripts/launch.mjs';

export { CMS_DIR };
export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const REPO_DIR = path.dirname(WEB_DIR);
export const DIST_DIR = path.join(WEB_DIR, 'dist');
export const SERVER_DIST_DIR = path.join(WEB_DIR, 'dist-server');
export const NGINX_SOURCE_DIR = path.join(WEB_DIR, 'nginx');
export const CMS_ADMIN_BUILD = path.join(CMS_DIR, 'dist', 'build', 'index.html');

/** @param {string} message */
export const say = (message) => process.stderr.write(`[stack] ${message}\n`);
