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
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, generateCmsSecrets, randomSecret, spawnCms } from '../../cms/scripts/launch.mjs';
import { checkBuilds, ensureWebBuild, viteBuild, webBuildIsCurrent } from './stack/builds.mjs';
import { findNginx, startWeb } from './stack/nginx.mjs';
import { DIST_DIR, SERVER_DIST_DIR } from './stack/paths.mjs';
import { logTo, psql, ready, spawnLogged, stopChild } from './stack/processes.mjs';

export { freePort, ensureWebBuild, findNginx, viteBuild, webBuildIsCurrent };
export { CMS_DIR, DIST_DIR, REPO_DIR, SERVER_DIST_DIR, WEB_DIR } from './stack/paths.mjs';

/** The local Redis: the CMS's and the renderers' shared cache, under a prefix of the stack's own. */
const REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * @typedef {{ email: string, password: string }} Account
 * @typedef {'admin' | 'editor' | 'moderator' | 'frontdesk'} AccountName
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
 * What every CMS process of one stack shares: the database, the secrets, the accounts, the cache.
 * @param {{ dirs: StackDirs, cmsUrl: string, webUrl: string, accounts: Record<AccountName, Account>, database: string | null, scaled: boolean, cachePrefix: string, previewSecret: string }} options
 * @returns {Record<string, string>}
 */
function cmsEnvironment({ dirs, cmsUrl, webUrl, accounts, database, scaled, cachePrefix, previewSecret }) {
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
 * Starts one CMS process (`strapi start` on the built project) on a port of its own.
 * @param {{ index: number, port: number, env: Record<string, string>, logDir: string }} options
 */
function startCms({ index, port, env, logDir }) {
  const logPath = path.join(logDir, index === 0 ? 'cms.log' : `cms-${index + 1}.log`);
  const child = spawnCms({ port, env });
  logTo(child, logPath);
  return { name: index === 0 ? 'The CMS' : `CMS process ${index + 1}`, child, logPath, url: `http://127.0.0.1:${port}` };
}

/**
 * Starts one page renderer (web/dist-server/main.js), as the web-ssr image runs it.
 * @param {{ index: number, port: number, serverDir: string, distDir: string, webUrl: string, cmsUrl: string, cachePrefix: string, previewSecret: string, logDir: string, env: Record<string, string> }} options
 */
function startRenderer({ index, port, serverDir, distDir, webUrl, cmsUrl, cachePrefix, previewSecret, logDir, env }) {
  const renderer = spawnLogged({
    name: index === 0 ? 'The page renderer' : `Page renderer ${index + 1}`,
    command: process.execPath,
    args: [path.join(serverDir, 'main.js')],
    env: {
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
    },
    logPath: path.join(logDir, index === 0 ? 'ssr.log' : `ssr-${index + 1}.log`),
  });
  return { ...renderer, url: `http://127.0.0.1:${port}` };
}

/**
 * @typedef {{ root: string, cms: string, html: string, conf: string, run: string, logs: string }} StackDirs
 */

/**
 * The stack's temporary folder and its parts.
 * @param {string | undefined} logDir
 * @returns {StackDirs}
 */
function makeDirs(logDir) {
  const root = mkdtempSync(path.join(tmpdir(), 'web-stack-'));
  // nginx's workers run as `nobody` when the master is root: they must be able to read the root.
  chmodSync(root, 0o755);
  const dirs = {
    root,
    cms: path.join(root, 'cms'),
    html: path.join(root, 'html'),
    conf: path.join(root, 'nginx'),
    run: path.join(root, 'nginx', 'run'),
    logs: logDir ?? path.join(root, 'logs'),
  };
  mkdirSync(dirs.cms, { mode: 0o700 });
  mkdirSync(dirs.run, { recursive: true });
  mkdirSync(dirs.logs, { recursive: true });
  for (const file of readdirSync(dirs.logs)) {
    if (/^(cms|ssr)(-\d+)?\.log$|^nginx-(access|error)\.log$/.test(file)) rmSync(path.join(dirs.logs, file), { force: true });
  }
  return dirs;
}

/**
 * The mode the stack runs in: one CMS on SQLite (the default), or STACK_INSTANCES CMS
 * processes and as many page renderers on one PostgreSQL database (STACK_DATABASE=postgres).
 * @param {{ instances?: number, database?: 'sqlite' | 'postgres' }} options
 */
function stackMode({ instances = Number(process.env.STACK_INSTANCES || 1), database = process.env.STACK_DATABASE === 'postgres' ? 'postgres' : 'sqlite' }) {
  if (!Number.isInteger(instances) || instances < 1) throw new Error(`STACK_INSTANCES must be a whole number of 1 or more (got: ${instances})`);
  if (instances > 1 && database !== 'postgres') {
    throw new Error('Several CMS processes need one shared database: set STACK_DATABASE=postgres with STACK_INSTANCES');
  }
  return { instances, database };
}

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

/**
 * What a stack owns besides its folder: its processes, its PostgreSQL database when scaled,
 * its cache entries in Redis (under a prefix of its own) and its preview secret; and how to
 * give them all back, gently (`stop`) or at once (`killAll`, also on exit).
 * @param {StackDirs} dirs
 * @param {boolean} scaled
 */
function stackResources(dirs, scaled) {
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  const cachePrefix = `stack-${randomBytes(6).toString('hex')}:`;
  const databaseName = scaled ? `stack_${randomBytes(6).toString('hex')}` : null;
  let databaseCreated = false;
  let stopped = false;

  const dropDatabase = () => {
    if (databaseName && databaseCreated) {
      databaseCreated = false;
      spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-qc', `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`]);
    }
  };
  const clearCache = () => {
    spawnSync('sh', ['-c', 'redis-cli -h 127.0.0.1 --scan --pattern "$1*" | xargs -r redis-cli -h 127.0.0.1 del >/dev/null', 'sh', cachePrefix]);
  };
  const release = () => {
    dropDatabase();
    clearCache();
    process.removeListener('exit', killAll);
    rmSync(dirs.root, { recursive: true, force: true });
  };
  function killAll() {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    release();
  }

  return {
    cachePrefix,
    databaseName,
    previewSecret: randomSecret(),
    killAll,
    createDatabase() {
      if (!databaseName) return;
      psql("Cannot create the stack's database on PostgreSQL at 127.0.0.1:5432", `CREATE DATABASE ${databaseName}`);
      databaseCreated = true;
    },
    /**
     * @template {{ child: import('node:child_process').ChildProcess }} T
     * @param {T} started
     * @returns {T}
     */
    track(started) {
      children.push(started.child);
      return started;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all(children.map((child) => stopChild(child, 'SIGTERM')));
      release();
    },
  };
}

/**
 * Free ports for nginx (the site, and the CMS behind it when scaled), each CMS process and
 * each renderer.
 * @param {number} instances
 */
async function stackPorts(instances) {
  /** @type {number[]} */
  const cms = [];
  /** @type {number[]} */
  const ssr = [];
  for (let index = 0; index < instances; index += 1) {
    cms.push(await freePort());
    ssr.push(await freePort());
  }
  return { web: await freePort(), balancedCms: await freePort(), cms, ssr, firstCms: /** @type {number} */ (cms[0]) };
}

/** The admin accounts the seed creates, with fresh passwords. @returns {Record<AccountName, Account>} */
function newAccounts() {
  const password = (/** @type {string} */ prefix) => `${prefix}-${randomBytes(12).toString('base64url')}`;
  return {
    admin: { email: 'admin@example.com', password: password('Adm1n') },
    editor: { email: 'editor@example.com', password: password('Ed1tor') },
    moderator: { email: 'moderator@example.com', password: password('M0derator') },
    frontdesk: { email: 'frontdesk@example.com', password: password('Fr0ntdesk') },
  };
}


/**
 * The stack as environment variables, the way the end-to-end tests read it.
 * @param {Pick<Stack, 'webUrl' | 'cmsUrl' | 'cmsUrls' | 'cmsPids' | 'accounts'>} stack
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = process.argv[2] ? path.resolve(process.argv[2]) : DIST_DIR;
  if (distDir === DIST_DIR) ensureWebBuild();
  const stack = await startStack({ distDir });
  const lines = Object.entries(stackEnv(stack)).map(([name, value]) => `${name}=${value}`);
  process.stdout.write(`${lines.join('\n')}\nlogs: ${stack.logDir}\nStop with Ctrl-C.\n`);
  const stop = () => void stack.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
