// `pnpm bench:cache`: how close the cached site comes to the machine's ceiling, against targets.
//
// Starts the production-like stack (scripts/stack.mjs: the built CMS on SQLite, the page
// renderer, nginx, the local Redis) and measures with wrk (autocannon when wrk is not installed),
// each warmed for 2 s and then measured next to a bare Node `http` server (a child process) that
// returns the identical bytes and headers, in the same run:
//
//   page  /articles/what-is-ketamine-treatment through nginx, gzip, 20 connections, and 1
//   api   GET /api/articles?filters[slug][$eq]=what-is-ketamine-treatment, gzip, 20 connections
//   the page at 200 connections (errors, timeouts, 5xx)
//   a publish: how many requests after its answer the page shows the new title
//   then the same page and API read with both caches off (CACHE_ENABLED=false), on a new stack;
//   and the share of the machine's CPU time the hypervisor took meanwhile (steal, on Linux).
//
// Prints a table next to the targets; a missed target does not fail the command. The figures
// also go to e2e-artifacts/bench-cache.json. Needs the CMS built and the local Redis.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { WEB_DIR, ensureWebBuild, freePort, startStack } from './stack.mjs';

const PAGE = '/articles/what-is-ketamine-treatment';
const API = '/api/articles?filters[slug][$eq]=what-is-ketamine-treatment';
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = 2;
const GZIP = { 'accept-encoding': 'gzip' };
const TARGETS = { ofBare: 0.4, p99Ms: 10, apiSpeedup: 50 };

const say = (/** @type {string} */ message) => process.stderr.write(`[bench] ${message}\n`);

/**
 * One raw response: status, headers and the bytes as they travelled (not decompressed).
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }>}
 */
function fetchRaw(url, headers = {}) {
  return new Promise((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      const chunks = /** @type {Buffer[]} */ ([]);
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

/**
 * A bare Node server in its own process, answering every request with these bytes and headers.
 * @param {{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer }} response
 */
async function bareServer(response) {
  const port = await freePort();
  const headers = Object.fromEntries(
    Object.entries(response.headers).filter(([name]) => !['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(name)),
  );
  const script = `
    const http = require('node:http');
    const body = Buffer.from(process.env.BODY, 'base64');
    const headers = JSON.parse(process.env.HEADERS);
    http.createServer((req, res) => { res.writeHead(${response.status}, headers); res.end(body); })
      .listen(${port}, '127.0.0.1', () => process.stdout.write('ready\\n'));`;
  const child = spawn(process.execPath, ['-e', script], {
    env: { BODY: response.body.toString('base64'), HEADERS: JSON.stringify(headers) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => child.stdout.once('data', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

/**
 * The machine's CPU time so far, from /proc/stat (Linux): all of it, and the part the
 * hypervisor gave to other guests ("steal"), which slows the bare server and the stack alike.
 * @returns {{ total: number, steal: number } | null}
 */
function cpuTimes() {
  if (!existsSync('/proc/stat')) return null;
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1, 9).map(Number);
  return { total: fields.reduce((sum, value) => sum + value, 0), steal: fields[7] ?? 0 };
}

/** @typedef {{ rps: number, p50: number, p99: number, errors: number, non2xx: number }} Load */

// wrk's summary as JSON (its Lua `done` hook): latencies in microseconds.
const WRK_REPORT = `done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"us":%d,"p50":%d,"p99":%d,"errors":%d,"status":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
`;

/**
 * The load generator: wrk when it is installed, else autocannon. autocannon parses each
 * response in JavaScript and appends its body to a string, so on a 2-core machine it saturates
 * its own core first (about 70 MB/s of bodies: 5,000 req/s of the 12.9 kB page) and its
 * latencies are mostly its own queue; wrk, in C, drives the same page at four times that.
 */
const wrkScript = (() => {
  if (spawnSync('wrk', ['-v']).error) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-cache-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'report.lua'), WRK_REPORT);
  return path.join(dir, 'report.lua');
})();
const GENERATOR = wrkScript ? 'wrk' : 'autocannon (wrk not found: the figures are bounded by autocannon itself)';

/**
 * @param {string} url
 * @param {{ connections?: number, headers?: Record<string, string>, seconds?: number }} [options]
 * @returns {Promise<Load>}
 */
async function load(url, { connections = 20, headers = GZIP, seconds = DURATION } = {}) {
  if (!wrkScript) {
    const result = await autocannon({ url, connections, duration: seconds, headers, timeout: 10 });
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
    };
  }
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', wrkScript];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  const child = spawn('wrk', [...args, url], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  const line = output.split('\n').find((text) => text.startsWith('{'));
  if (code !== 0 || !line) throw new Error(`wrk exited with ${code}: ${output}`);
  const report = JSON.parse(line);
  return {
    rps: report.requests / (report.us / 1e6),
    p50: report.p50 / 1000,
    p99: report.p99 / 1000,
    errors: report.errors,
    non2xx: report.status,
  };
}

/** A short run first, so that what is measured is a warm process. */
async function measure(/** @type {string} */ url, /** @type {{ connections?: number }} */ options = {}) {
  await load(url, { ...options, seconds: WARMUP });
  return load(url, options);
}

/** @param {string} base */
async function articleTitle(base) {
  const reply = await fetch(`${base}${API}&fields[0]=title`);
  const [article] = (await reply.json()).data;
  return { documentId: article.documentId, title: article.title };
}

/**
 * Publishes a new title and counts the page requests until one shows it (1 = the next request).
 * @param {import('./stack.mjs').Stack} stack
 */
async function publishVisibility(stack) {
  const login = await fetch(`${stack.cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(stack.accounts.editor),
  });
  const token = (await login.json()).data.token;
  const { documentId, title } = await articleTitle(stack.cmsUrl);
  const cm = `${stack.cmsUrl}/content-manager/collection-types/api::article.article/${documentId}`;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const publish = async (/** @type {string} */ value) => {
    await fetch(cm, { method: 'PUT', headers, body: JSON.stringify({ title: value }) });
    await fetch(`${cm}/actions/publish`, { method: 'POST', headers, body: '{}' });
  };
  const newTitle = `${title} (new)`;
  await fetchRaw(`${stack.webUrl}${PAGE}`);
  await publish(newTitle);
  const published = performance.now();
  let requests = 0;
  let seenAfterMs = NaN;
  while (requests < 1000) {
    requests += 1;
    const page = await fetchRaw(`${stack.webUrl}${PAGE}`);
    if (page.body.toString('utf8').includes(newTitle)) {
      seenAfterMs = performance.now() - published;
      break;
    }
  }
  await publish(title);
  return { requests, seenAfterMs };
}

/** @param {import('./stack.mjs').Stack} stack */
async function measureCached(stack) {
  const page = await fetchRaw(`${stack.webUrl}${PAGE}`, GZIP);
  const pageHit = await fetchRaw(`${stack.webUrl}${PAGE}`, GZIP);
  const api = await fetchRaw(`${stack.cmsUrl}${API}`, GZIP);
  const apiHit = await fetchRaw(`${stack.cmsUrl}${API}`, GZIP);
  say(`page: ${pageHit.status}, ${pageHit.body.length} bytes ${pageHit.headers['content-encoding'] ?? 'identity'}, X-Cache ${pageHit.headers['x-cache']}`);
  say(`api: ${apiHit.status}, ${apiHit.body.length} bytes ${apiHit.headers['content-encoding'] ?? 'identity'}, X-Cache ${apiHit.headers['x-cache']}`);
  if (page.status !== 200 || api.status !== 200) throw new Error(`the stack answered ${page.status} / ${api.status}`);

  /** @type {{ page: { bare: Load, cached: Load }, api: { bare: Load, cached: Load }, page1: { bare: Load, cached: Load }, page200: Load, publish: { requests: number, seenAfterMs: number } }} */
  const results = /** @type {any} */ ({});
  for (const [name, url, sample] of /** @type {const} */ ([
    ['page', `${stack.webUrl}${PAGE}`, pageHit],
    ['api', `${stack.cmsUrl}${API}`, apiHit],
  ])) {
    const bare = await bareServer(sample);
    say(`${name}: bare Node for ${DURATION} s`);
    const bareLoad = await measure(bare.url);
    // One connection: the latency of a hit itself, with nothing queued before it.
    const bareOne = name === 'page' ? await measure(bare.url, { connections: 1 }) : null;
    bare.stop();
    say(`${name}: cached for ${DURATION} s`);
    results[name] = { bare: bareLoad, cached: await measure(url) };
    if (bareOne) results.page1 = { bare: bareOne, cached: await measure(url, { connections: 1 }) };
  }
  say(`page at 200 connections for ${DURATION} s`);
  results.page200 = await measure(`${stack.webUrl}${PAGE}`, { connections: 200 });
  say('publish, then read the page until it shows the new title');
  results.publish = await publishVisibility(stack);
  return results;
}

/** @param {import('./stack.mjs').Stack} stack */
async function measureUncached(stack) {
  /** @type {{ page: Load, api: Load }} */
  const results = /** @type {any} */ ({});
  for (const [name, url] of /** @type {const} */ ([
    ['page', `${stack.webUrl}${PAGE}`],
    ['api', `${stack.cmsUrl}${API}`],
  ])) {
    const check = await fetchRaw(url, GZIP);
    if (check.headers['x-cache']) throw new Error(`${name}: the cache is not off (X-Cache ${check.headers['x-cache']})`);
    say(`${name}: uncached for ${DURATION} s`);
    results[name] = await measure(url);
  }
  return results;
}

ensureWebBuild();
say(`load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}; load generator: ${GENERATOR}`);
const cpuAtStart = cpuTimes();
let stack = await startStack();
const cached = await measureCached(stack).finally(() => stack.stop());
stack = await startStack({ env: { CACHE_ENABLED: 'false' } });
const uncached = await measureUncached(stack).finally(() => stack.stop());

const rps = (/** @type {number} */ value) => `${Math.round(value).toLocaleString('en')} req/s`;
const pct = (/** @type {number} */ value) => `${Math.round(value * 100)} %`;
const ms = (/** @type {number} */ value) => `${value < 10 ? value.toFixed(2) : Math.round(value)} ms`;
const mark = (/** @type {boolean} */ ok) => (ok ? 'met' : 'NOT met');
/** @type {string[][]} */
const rows = [];
for (const name of /** @type {const} */ (['page', 'api'])) {
  const { bare, cached: hit } = cached[name];
  const ratio = hit.rps / bare.rps;
  rows.push([`${name}: cached / bare Node`, `${rps(hit.rps)} / ${rps(bare.rps)} = ${pct(ratio)}`, `≥ ${pct(TARGETS.ofBare)}`, mark(ratio >= TARGETS.ofBare)]);
  rows.push([`${name}: p99 at 20 connections`, `${ms(hit.p99)} (bare ${ms(bare.p99)})`, `≤ ${TARGETS.p99Ms} ms`, mark(hit.p99 <= TARGETS.p99Ms)]);
  const speedup = hit.rps / uncached[name].rps;
  const target = name === 'api' ? `≥ ${TARGETS.apiSpeedup}×` : '';
  rows.push([`${name}: cached / cache off`, `${rps(hit.rps)} / ${rps(uncached[name].rps)} = ${speedup.toFixed(0)}×`, target, name === 'api' ? mark(speedup >= TARGETS.apiSpeedup) : '']);
  rows.push([`${name}: errors (cached, bare)`, `${hit.errors + hit.non2xx}, ${bare.errors + bare.non2xx}`, '0', mark(hit.errors + hit.non2xx === 0)]);
}
const { page1 } = cached;
rows.push(['page: one connection, p50 / p99', `${ms(page1.cached.p50)} / ${ms(page1.cached.p99)} (bare ${ms(page1.bare.p50)} / ${ms(page1.bare.p99)})`, '', '']);
const overload = cached.page200;
rows.push(['page at 200 connections', `${rps(overload.rps)}, p99 ${ms(overload.p99)}, ${overload.errors} errors/timeouts, ${overload.non2xx} non-2xx`, '0 errors', mark(overload.errors + overload.non2xx === 0)]);
rows.push([
  'publish → new title on the page',
  `request #${cached.publish.requests} after the publish returned (${cached.publish.seenAfterMs.toFixed(1)} ms)`,
  'the next request',
  mark(cached.publish.requests === 1),
]);

const cpuAtEnd = cpuTimes();
if (cpuAtStart && cpuAtEnd && cpuAtEnd.total > cpuAtStart.total) {
  const stolen = (cpuAtEnd.steal - cpuAtStart.steal) / (cpuAtEnd.total - cpuAtStart.total);
  rows.push(['CPU time the host took (steal)', pct(stolen), '', stolen > 0.05 ? 'absolute times are slowed: read the ratios' : '']);
}
rows.push(['load generator', GENERATOR, '', '']);

const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => String(row[column]).length)));
process.stdout.write(`\n${rows.map((row) => row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  ')).join('\n')}\n`);
const out = path.join(WEB_DIR, 'e2e-artifacts');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'bench-cache.json'), `${JSON.stringify({ generator: GENERATOR, cached, uncached, loadavg: loadavg() }, null, 2)}\n`);
