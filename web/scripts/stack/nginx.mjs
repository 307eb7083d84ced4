// nginx as the web image runs it: the repository's web/nginx configuration, rendered for the
// stack's ports the way the image renders it at container start.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NGINX_SOURCE_DIR } from './paths.mjs';

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
 * Checks the rendered configuration, then starts nginx in the foreground.
 * @param {{ nginx: string, dirs: import('./setup.mjs').StackDirs, nginxConf: string }} options
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
 * nginx in front of everything, with the web image's configuration rendered for these ports.
 * @param {{ nginx: string, dirs: import('./setup.mjs').StackDirs, distDir: string, cmsUrl: string, ports: { web: number, balancedCms: number, cms: number[] }, renderers: { url: string }[] }} options
 */
export function startWeb({ nginx, dirs, distDir, cmsUrl, ports, renderers }) {
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

