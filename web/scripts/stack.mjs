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
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CMS_DIR, STRAPI_BIN, freePort, generateCmsSecrets, randomSecret, spawnCms } from '../../cms/scripts/launch.mjs';

export { freePort };

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = path.dirname(WEB_DIR);
export { CMS_DIR };
export const DIST_DIR = path.join(WEB_DIR, 'dist');
export const SERVER_DIST_DIR = path.join(WEB_DIR, 'dist-server');
const NGINX_SOURCE_DIR = path.join(WEB_DIR, 'nginx');
const CMS_ADMIN_BUILD = path.join(CMS_DIR, 'dist', 'build', 'index.html');
const VITE_BIN = path.join(WEB_DIR, 'node_modules', 'vite', 'bin', 'vite.js');
/** The local Redis: the CMS's and the renderers' shared cache, under a prefix of the stack's own. */
const REDIS_URL = 'redis://127.0.0.1:6379';

/** What the web build is made of: when any of it is newer than dist/index.html, dist is stale. */
const WEB_BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'tsconfig.app.json', 'tsconfig.server.json'];

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

/** @param {string} message */
const say = (message) => process.stderr.write(`[stack] ${message}\n`);

/**
 * Newest modification time (ms) of files and folders under the given paths; a folder's own
 * time counts too, so deleting a file makes it newer.
 * @param {string[]} paths
 * @returns {number}
 */
function newestMtime(paths) {
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

/** Debian's nginx: on PATH, or in /usr/sbin, which is not on a non-root user's PATH. */
export function findNginx() {
  for (const dir of [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/sbin']) {
    if (dir && existsSync(path.join(dir, 'nginx'))) return path.join(dir, 'nginx');
  }
  throw new Error(
    'nginx is missing: install Debian\'s nginx (apt-get install nginx-light). The end-to-end tests serve ' +
      'the build with the production nginx configuration in web/nginx/. `npm test` installs it when run as root.',
  );
}

/**
 * Replaces every occurrence of each `from` (a string, or a RegExp without capturing groups)
 * by `to`, in one pass, and throws
 * when one is not found: if web/nginx/* changes shape, the stack must not quietly serve
 * something else than production.
 * @param {string} file  for the error message
 * @param {string} text
 * @param {Array<[string | RegExp, string]>} replacements
 */
function rewrite(file, text, replacements) {
  const patterns = replacements.map(([from]) =>
    typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) : new RegExp(from.source),
  );
  patterns.forEach((pattern, index) => {
    if (!pattern.test(text)) {
      throw new Error(`web/nginx/${file} no longer contains ${String(replacements[index]?.[0])}: update web/scripts/stack.mjs to match it`);
    }
  });
  // One pass, so a replacement (a temp path under /tmp/) is never rewritten by a later rule.
  const all = new RegExp(patterns.map((pattern) => `(${pattern.source})`).join('|'), 'g');
  return text.replace(all, (match, ...groups) => {
    const index = groups.findIndex((group, position) => position < patterns.length && group !== undefined);
    return replacements[index]?.[1] ?? match;
  });
}

/**
 * @typedef {{ CMS_ORIGIN: string, SSR_UPSTREAM: string, CMS_UPSTREAM: string }} Origins
 */

/**
 * envsubst restricted to CMS_ORIGIN, SSR_UPSTREAM and CMS_UPSTREAM, as the web image's
 * NGINX_ENVSUBST_FILTER makes 20-envsubst-on-templates.sh do: `${NAME}` and `$NAME` only.
 * @param {string} text
 * @param {Origins} values
 */
const envsubst = (text, values) =>
  text.replace(
    /\$\{(CMS_ORIGIN|SSR_UPSTREAM|CMS_UPSTREAM)\}|\$(CMS_ORIGIN|SSR_UPSTREAM|CMS_UPSTREAM)(?![A-Za-z0-9_])/g,
    (_match, braced, bare) => values[/** @type {keyof Origins} */ (braced ?? bare)],
  );

/**
 * Copies the build to `htmlDir` and writes its config.js and the upstream blocks by running
 * the image's own 18-runtime-config.envsh (sourced by sh, as /docker-entrypoint.sh does), with
 * its output paths pointed at `htmlDir` and `upstreamsFile`. Returns what the script exports.
 * @param {{ distDir: string, htmlDir: string, scratchDir: string, upstreamsFile: string, cmsUrl: string, ssrOrigins: string[], cmsServers: string[] }} options
 * @returns {Origins}
 */
function prepareWebRoot({ distDir, htmlDir, scratchDir, upstreamsFile, cmsUrl, ssrOrigins, cmsServers }) {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error(`${distDir}/index.html is missing: build the web app first (pnpm --filter web build)`);
  }
  cpSync(distDir, htmlDir, { recursive: true });
  // The image serves dist as copied by the Dockerfile; a manifest is never part of it.
  rmSync(path.join(htmlDir, '.vite'), { recursive: true, force: true });

  const configJs = path.join(htmlDir, 'config.js');
  const script = rewrite('18-runtime-config.envsh', readFileSync(path.join(NGINX_SOURCE_DIR, '18-runtime-config.envsh'), 'utf8'), [
    ['/usr/share/nginx/html/config.js', configJs],
    ['/etc/nginx/conf.d/upstreams.conf', upstreamsFile],
  ]);
  const scriptPath = path.join(scratchDir, '18-runtime-config.envsh');
  writeFileSync(scriptPath, script);
  const print = 'printf "%s\\n%s\\n%s" "$CMS_ORIGIN" "$SSR_UPSTREAM" "$CMS_UPSTREAM"';
  const result = spawnSync('sh', ['-c', `set -eu; . "$1"; ${print}`, 'sh', scriptPath], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      CMS_PUBLIC_URL: cmsUrl,
      SSR_ORIGIN: ssrOrigins.join(','),
      CMS_SERVERS: cmsServers.join(','),
      NGINX_ENTRYPOINT_QUIET_LOGS: '1',
    },
    encoding: 'utf8',
  });
  const [cmsOrigin, ssrUpstream, cmsUpstream] = result.stdout.split('\n');
  if (result.status !== 0 || !cmsOrigin || !ssrUpstream || !cmsUpstream) {
    throw new Error(`18-runtime-config.envsh failed (exit ${result.status}): ${result.stderr}`);
  }
  return { CMS_ORIGIN: cmsOrigin, SSR_UPSTREAM: ssrUpstream, CMS_UPSTREAM: cmsUpstream };
}

/**
 * Renders web/nginx/{nginx.conf,default.conf} and the snippets into `confDir`, with the
 * listen ports, the document root, the log and temp paths moved into the temp folder.
 * Everything else (headers, caching, gzip, SPA fallback, upstreams) is the production file as is.
 * @param {{ confDir: string, runDir: string, logDir: string, htmlDir: string, port: number, cmsPort: number, origins: Origins }} options
 * @returns {string} the main configuration file
 */
function renderNginxConfig({ confDir, runDir, logDir, htmlDir, port, cmsPort, origins }) {
  const read = (/** @type {string} */ name) => readFileSync(path.join(NGINX_SOURCE_DIR, name), 'utf8');
  const siteDir = path.join(confDir, 'conf.d');
  mkdirSync(path.join(siteDir, 'snippets'), { recursive: true });

  const main = rewrite('nginx.conf', read('nginx.conf'), [
    ['/var/log/nginx/', `${logDir}/nginx-`],
    ['/tmp/', `${runDir}/`],
    ['/etc/nginx/conf.d/', `${siteDir}/`],
  ]);
  const site = rewrite('default.conf', envsubst(read('default.conf'), origins), [
    [/listen\s+8080;/, `listen 127.0.0.1:${port};`],
    [/listen\s+1337;/, `listen 127.0.0.1:${cmsPort};`],
    ['/usr/share/nginx/html', htmlDir],
    ['/etc/nginx/conf.d/snippets/', `${siteDir}/snippets/`],
  ]);
  const mainPath = path.join(confDir, 'nginx.conf');
  writeFileSync(mainPath, main);
  writeFileSync(path.join(siteDir, 'default.conf'), site);
  for (const snippet of ['security-headers.conf', 'upstream-proxy.conf', 'cms-unavailable.conf']) {
    writeFileSync(path.join(siteDir, 'snippets', snippet), envsubst(read(snippet), origins));
  }
  return mainPath;
}

/**
 * @param {string} url
 * @param {number} status
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} name
 * @param {() => string} logTail
 * @param {number} timeoutMs
 */
async function waitUntilServing(url, status, child, name, logTail, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${logTail()}`);
    }
    try {
      const response = await fetch(url);
      if (response.status === status) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer ${status} on ${url} within ${timeoutMs / 1000} s:\n${logTail()}`);
}

/** @param {string} file */
function tail(file, lines = 60) {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function stopChild(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve(undefined));
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}


/** @param {string} message @param {string} sql */
function psql(message, sql) {
  const result = spawnSync('psql', ['-h', '127.0.0.1', '-p', '5432', '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', sql], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${message}: ${result.error?.message ?? result.stderr}`);
}

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
 * One process with its output in a log file of its own.
 * @param {{ name: string, command: string, args: string[], cwd?: string, env: Record<string, string>, logPath: string }} options
 */
function spawnLogged({ name, command, args, cwd, env, logPath }) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env });
  logTo(child, logPath);
  return { name, child, logPath };
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} logPath
 */
function logTo(child, logPath) {
  const log = createWriteStream(logPath);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.once('exit', () => log.end());
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
 * Checks the rendered configuration, then starts nginx in the foreground.
 * @param {{ nginx: string, dirs: StackDirs, nginxConf: string }} options
 */
function startNginx({ nginx, dirs, nginxConf }) {
  const errorLog = path.join(dirs.logs, 'nginx-error.log');
  const check = spawnSync(nginx, ['-t', '-q', '-p', dirs.conf, '-e', errorLog, '-c', nginxConf], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejects the rendered configuration (${nginxConf}):\n${check.stderr}`);
  const child = spawn(nginx, ['-p', dirs.conf, '-e', errorLog, '-c', nginxConf, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (/** @type {Buffer} */ chunk) => process.stderr.write(`[nginx] ${chunk.toString()}`));
  return { name: 'nginx', child, logPath: errorLog };
}

/**
 * @param {{ name: string, child: import('node:child_process').ChildProcess, logPath: string }} process
 * @param {string} url
 * @param {number} status
 * @param {number} timeoutMs
 */
const ready = ({ name, child, logPath }, url, status, timeoutMs) => waitUntilServing(url, status, child, name, () => tail(logPath), timeoutMs);

/** The checks that cost nothing, before anything is started. @param {string} serverDir */
function checkBuilds(serverDir) {
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
 * nginx in front of everything, with the web image's configuration rendered for these ports.
 * @param {{ nginx: string, dirs: StackDirs, distDir: string, cmsUrl: string, ports: Awaited<ReturnType<typeof stackPorts>>, renderers: { url: string }[] }} options
 */
function startWeb({ nginx, dirs, distDir, cmsUrl, ports, renderers }) {
  const siteDir = path.join(dirs.conf, 'conf.d');
  mkdirSync(path.join(siteDir, 'snippets'), { recursive: true });
  const origins = prepareWebRoot({
    distDir,
    htmlDir: dirs.html,
    scratchDir: dirs.conf,
    upstreamsFile: path.join(siteDir, 'upstreams.conf'),
    cmsUrl,
    ssrOrigins: renderers.map((renderer) => renderer.url),
    cmsServers: ports.cms.map((port) => `http://127.0.0.1:${port}`),
  });
  const nginxConf = renderNginxConfig({
    confDir: dirs.conf,
    runDir: dirs.run,
    logDir: dirs.logs,
    htmlDir: dirs.html,
    port: ports.web,
    cmsPort: ports.balancedCms,
    origins,
  });
  return startNginx({ nginx, dirs, nginxConf });
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
