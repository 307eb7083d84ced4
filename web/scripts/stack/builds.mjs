// The builds the stack runs: the web app's (built here when stale) and the CMS's (checked).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { STRAPI_BIN } from '../../../cms/scripts/launch.mjs';
import { CMS_ADMIN_BUILD, CMS_DIR, DIST_DIR, SERVER_DIST_DIR, WEB_DIR, say } from './paths.mjs';

const VITE_BIN = path.join(WEB_DIR, 'node_modules', 'vite', 'bin', 'vite.js');

/** What the web build is made of: when any of it is newer than dist/index.html, dist is stale. */
const WEB_BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.app.json', 'tsconfig.server.json'];

/**
 * Newest modification time (ms) of files and folders under the given paths; a folder's own
 * time counts too, so deleting a file makes it newer.
 * @param {string[]} paths
 * @returns {number}
 */
export function newestMtime(paths) {
  let newest = 0;
  /** @param {string} entry */
  const visit = (entry) => {
    if (!existsSync(entry)) return;
    const stat = statSync(entry);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) {
      for (const child of readdirSync(entry)) {
        if (child !== 'node_modules' && child !== '__tests__') visit(path.join(entry, child));
      }
    }
  };
  paths.forEach(visit);
  return newest;
}

/** True when web/dist and web/dist-server exist and are newer than everything they are built from. */
export function webBuildIsCurrent() {
  const outputs = [path.join(DIST_DIR, 'index.html'), path.join(SERVER_DIST_DIR, 'main.js')];
  if (!outputs.every((file) => existsSync(file))) return false;
  const sources = newestMtime(WEB_BUILD_INPUTS.map((entry) => path.join(WEB_DIR, entry)));
  return outputs.every((file) => statSync(file).mtimeMs >= sources);
}

/** @param {string[]} args */
function vite(args) {
  const result = spawnSync(process.execPath, [VITE_BIN, 'build', ...args], {
    cwd: WEB_DIR,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}

/**
 * The production build, as `pnpm build` makes it: the SPA (the CMS URL comes from /config.js)
 * and the page renderer. Type checking is not repeated here: `tsc -b` is the typecheck step's job.
 * @param {{ outDir?: string, serverOutDir?: string }} [options]
 */
export function viteBuild({ outDir = DIST_DIR, serverOutDir = SERVER_DIST_DIR } = {}) {
  vite(['--outDir', outDir, '--emptyOutDir']);
  vite(['--ssr', 'src/server/main.ts', '--outDir', serverOutDir, '--emptyOutDir']);
}

/** Builds web/dist and web/dist-server unless they are newer than their sources (`npm test` has just built them). */
export function ensureWebBuild() {
  if (webBuildIsCurrent()) {
    say('web/dist is up to date with web/src: not rebuilding');
    return;
  }
  say('web/dist is missing or older than web/src: running vite build');
  viteBuild();
}

/** The checks that cost nothing, before anything is started. @param {string} serverDir */
export function checkBuilds(serverDir) {
  const ssrMain = path.join(serverDir, 'main.js');
  if (!existsSync(ssrMain)) throw new Error(`${ssrMain} is missing: build the web app first (pnpm --filter web build)`);
  if (!existsSync(STRAPI_BIN)) throw new Error(`${STRAPI_BIN} is missing: install the workspace (pnpm install)`);
  if (!existsSync(CMS_ADMIN_BUILD)) {
    throw new Error('The CMS is not built (cms/dist/build/index.html is missing): run `pnpm --filter cms build`');
  }
  if (newestMtime([path.join(CMS_DIR, 'src'), path.join(CMS_DIR, 'config')]) > statSync(CMS_ADMIN_BUILD).mtimeMs) {
    say('warning: cms/src or cms/config changed after the last `pnpm --filter cms build`; the stack runs the older build');
  }
}
