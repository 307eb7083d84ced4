// The production-like stack that the end-to-end tests and the benchmark run against:
//
//   - the real CMS: `strapi start` on the built project in cms/ (NODE_ENV=production),
//     on a throwaway SQLite file, random secrets, known admin passwords, seeded on start;
//   - the page renderer (web/dist-server/main.js, src/server), as the web-ssr image runs it;
//   - the built SPA served by Debian's nginx with the repository's own web/nginx/*
//     configuration, rendered the way the web image renders it at container start:
//     18-runtime-config.envsh writes config.js and yields CMS_ORIGIN, then ${CMS_ORIGIN}
//     and ${SSR_ORIGIN} (and nothing else) are substituted into the templates.
//
// With STACK_INSTANCES=N and STACK_DATABASE=postgres: N CMS processes on one fresh PostgreSQL
// database (created on 127.0.0.1:5432, dropped on stop) and N page renderers, balanced by
// nginx (its CMS server is then the CMS's address, for browsers and renderers alike). Every
// CMS and renderer gets the local Redis (REDIS_URL) and a CACHE_PREFIX of this run's own.
//
// Everything listens on 127.0.0.1, on free ports. Plain Node ESM without dependencies, so the
// benchmark runs it without a TypeScript runner; the Playwright global setup imports it.
//
// `node scripts/stack.mjs [distDir]` starts it by hand, prints the addresses and the admin
// passwords, and runs until Ctrl-C (then `E2E_WEB_URL=… E2E_CMS_URL=… pnpm e2e` reuses it).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../cms/scripts/launch.mjs';
import { checkBuilds, ensureWebBuild, viteBuild, webBuildIsCurrent } from './stack/builds.mjs';
import { cmsEnvironment, newAccounts, stackSummary } from './stack/env.mjs';
import { findNginx, startWeb } from './stack/nginx.mjs';
import { DIST_DIR, SERVER_DIST_DIR } from './stack/paths.mjs';
import { ready } from './stack/processes.mjs';
import { startCms, startRenderer } from './stack/servers.mjs';
import { makeDirs, stackMode, stackPorts, stackResources } from './stack/setup.mjs';

export { freePort, ensureWebBuild, findNginx, viteBuild, webBuildIsCurrent };
export { CMS_DIR, DIST_DIR, REPO_DIR, SERVER_DIST_DIR, WEB_DIR } from './stack/paths.mjs';
export { stackEnv } from './stack/env.mjs';

/**
 * @typedef {import('./stack/env.mjs').Account} Account
 * @typedef {import('./stack/env.mjs').AccountName} AccountName
 * @typedef {import('./stack/setup.mjs').StackDirs} StackDirs
 */

/**
 * @typedef {object} Stack
 * @property {string} webUrl  nginx serving the build, e.g. http://127.0.0.1:40123
 * @property {string} cmsUrl  the CMS, e.g. http://127.0.0.1:40124 (REST API under /api); scaled, nginx's CMS server
 * @property {string[]} cmsUrls  each CMS process's own address
 * @property {number[]} cmsPids  each CMS process's id, in the order of cmsUrls
 * @property {Record<AccountName, Account>} accounts  the CMS's admin users and their passwords
 * @property {string} logDir  cms.log, ssr.log (cms-2.log, ssr-2.log … when scaled), nginx-access.log, nginx-error.log
 * @property {() => Promise<void>} stop  stops every server, drops the database and removes the temporary files
 */

/**
 * Starts the CMS, the page renderer and nginx (or, scaled, N of each of the first two behind
 * nginx); resolves when every CMS answers 204 on /_health and the others 200 on /healthz.
 * Call `stop()` when done (an exit handler kills them all if the process ends first). The stack
 * keeps running when one of its CMS processes exits.
 * @param {{ distDir?: string, serverDir?: string, logDir?: string, instances?: number, database?: 'sqlite' | 'postgres', env?: Record<string, string> }} [options]
 *   distDir: the build to serve (default web/dist); serverDir: the page renderer's build
 *   (default web/dist-server); logDir: where to keep the logs (default: the temp folder,
 *   removed by stop()); instances, database: default STACK_INSTANCES (1) and STACK_DATABASE
 *   (sqlite); env: more variables for every CMS process and renderer (the benchmark turns the
 *   caches off with CACHE_ENABLED=false).
 * @returns {Promise<Stack>}
 */
export async function startStack({ distDir = DIST_DIR, serverDir = SERVER_DIST_DIR, logDir, env: extraEnv = {}, ...options } = {}) {
  const { instances, database } = stackMode(options);
  const scaled = database === 'postgres';
  checkBuilds(serverDir);
  const nginx = findNginx();
  const dirs = makeDirs(logDir);
  const resources = stackResources(dirs, scaled);
  process.once('exit', resources.killAll);

  try {
    resources.createDatabase();
    const ports = await stackPorts(instances);
    const webUrl = `http://127.0.0.1:${ports.web}`;
    // Scaled, browsers and renderers reach the CMS through nginx, as in production; alone, directly.
    const cmsUrl = `http://127.0.0.1:${scaled ? ports.balancedCms : ports.firstCms}`;
    const accounts = newAccounts();
    const { cachePrefix, previewSecret } = resources;
    const cmsEnv = {
      ...cmsEnvironment({ dirs, cmsUrl, webUrl, accounts, database: resources.databaseName, scaled, cachePrefix, previewSecret }),
      ...extraEnv,
    };

    // The first CMS seeds the database; the others start once it is healthy, so they never race it.
    const first = resources.track(startCms({ index: 0, port: ports.firstCms, env: cmsEnv, logDir: dirs.logs }));
    // The page renderers and nginx, while the CMS boots.
    const renderers = ports.ssr.map((port, index) =>
      resources.track(startRenderer({ index, port, serverDir, distDir, webUrl, cmsUrl, cachePrefix, previewSecret, logDir: dirs.logs, env: extraEnv })),
    );
    const web = resources.track(startWeb({ nginx, dirs, distDir, cmsUrl, ports, renderers }));
    await Promise.all([
      ready(web, `${webUrl}/healthz`, 200, 30_000),
      ...renderers.map((renderer) => ready(renderer, `${renderer.url}/healthz`, 200, 30_000)),
      ready(first, `${first.url}/_health`, 204, 180_000),
    ]);
    const others = ports.cms.slice(1).map((port, offset) => resources.track(startCms({ index: offset + 1, port, env: cmsEnv, logDir: dirs.logs })));
    await Promise.all(others.map((cms) => ready(cms, `${cms.url}/_health`, 204, 180_000)));
    const cmsProcesses = [first, ...others];

    return {
      webUrl,
      cmsUrl,
      cmsUrls: cmsProcesses.map((cms) => cms.url),
      cmsPids: cmsProcesses.map((cms) => cms.child.pid ?? 0),
      accounts,
      logDir: dirs.logs,
      stop: resources.stop,
    };
  } catch (error) {
    resources.killAll();
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = process.argv[2] ? path.resolve(process.argv[2]) : DIST_DIR;
  if (distDir === DIST_DIR) ensureWebBuild();
  const stack = await startStack({ distDir });
  process.stdout.write(stackSummary(stack));
  const stop = () => void stack.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
