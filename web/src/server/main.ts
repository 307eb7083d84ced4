// The page renderer: answers page requests (nginx sends it everything that is not a file)
// with the page rendered from the CMS's content, which the browser then hydrates.
// `node dist-server/main.js`; configuration in ./config.ts.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { createEntry, represent, type Answer, type Entry, type RunState } from '@clinic/http-cache';
import { PREVIEW_PATH } from '@clinic/rules';
import pLimit from 'p-limit';
import { serverConfig } from '@/server/config';
import type { RenderResult } from '@/server/render';
import { createModulePreloads, type Manifest } from '@/server/preload';
import { createTemplate, stylesheetsOf } from '@/server/template';

const log = (message: string) => process.stderr.write(`${new Date().toISOString()} ${message}\n`);

/** Vite's build manifest, for the chunks of each page; without it pages load them as the SPA does. */
function readManifest(): Manifest {
  const file = path.join(serverConfig.distDir, '.vite', 'manifest.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch (error) {
    log(`no module preloads: cannot read ${file} (${error instanceof Error ? error.message : String(error)})`);
    return {};
  }
}

// The app's modules read the runtime configuration when they load, and config.ts has set it:
// load them only now (a static import could be evaluated first).
const { renderPage } = await import('@/server/render');
const { createPageCache, tracked } = await import('@/server/page-cache');
const { createPreviewRenderer, PREVIEW_HEADERS } = await import('@/server/preview');
const { isSiteFile, siteFile } = await import('@/server/site-files');

const { distDir, runtime } = serverConfig;
const indexHtml = readFileSync(path.join(distDir, 'index.html'), 'utf8');
const stylesheets = stylesheetsOf(indexHtml).map((href) => [href, readFileSync(path.join(distDir, href), 'utf8')] as const);
const template = createTemplate(indexHtml, new Map(stylesheets));
const modulePreloads = createModulePreloads(readManifest());
const { siteUrl } = runtime;
const pages = createPageCache({ ...serverConfig.cache, template: indexHtml, log: (message) => log(`page cache: ${message}`) });
// Renders are CPU work on one thread: a few at a time, the rest wait their turn rather than
// all slowing down together until they time out.
const renderSlot = pLimit(serverConfig.renderConcurrency);
const renderPreview = createPreviewRenderer({ secret: serverConfig.previewSecret, siteUrl });
const HTML = 'text/html; charset=utf-8';

/** The rendered page, or the shell with a 503 when the CMS takes longer than the visitor should wait. */
function renderWithin(request: Request, timeoutMs: number): Promise<RenderResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<RenderResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'shell', status: 503, reason: `no answer from the CMS within ${timeoutMs} ms` }), timeoutMs);
  });
  return Promise.race([renderPage(request), timeout]).finally(() => clearTimeout(timer));
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer, head: boolean) {
  res.writeHead(status, { 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(head ? undefined : body);
}

/** The page (or the not-found shell) as an answer that may be kept, with what it was made of. */
function keepable(result: RenderResult, deps: string[] | null): Answer | null {
  if (deps === null) return null;
  if (result.kind === 'page' && (result.status === 200 || result.status === 404)) {
    return { status: result.status, contentType: HTML, body: Buffer.from(pageHtml(result)), deps };
  }
  if (result.kind === 'shell' && result.status === 404) return { status: 404, contentType: HTML, body: Buffer.from(template.shell), deps };
  return null;
}

const pageHtml = (result: Extract<RenderResult, { kind: 'page' }>) => template.page({ ...result, preloads: modulePreloads(result.routeIds) });

async function render(url: URL): Promise<{ result: RenderResult; answer: Answer | null }> {
  const { result, deps } = await tracked(() =>
    renderSlot(() => renderWithin(new Request(url, { method: 'GET' }), serverConfig.renderTimeoutMs)).catch(
      (error: unknown): RenderResult => ({ kind: 'shell', status: 500, reason: error instanceof Error ? error.stack ?? error.message : String(error) }),
    ),
  );
  return { result, answer: keepable(result, deps) };
}

/** One object per state, so that represent() keeps the headers it makes with them. */
const X_CACHE: Record<RunState, Record<string, string>> = {
  hit: { 'X-Cache': 'HIT' },
  miss: { 'X-Cache': 'MISS' },
  shared: { 'X-Cache': 'SHARED' },
  bypass: { 'X-Cache': 'BYPASS' },
};

/** A page with its strong ETag (304 when the browser has it), compressed if it was kept. */
function sendEntry(req: IncomingMessage, res: ServerResponse, entry: Entry, state: RunState | null, head: boolean) {
  const request = { acceptEncoding: req.headers['accept-encoding'], ifNoneMatch: req.headers['if-none-match'] };
  const answer = represent(entry, request, state ? X_CACHE[state] : undefined);
  res.writeHead(answer.status, answer.headers);
  res.end(head || !answer.body ? undefined : answer.body);
}

function sendResult(req: IncomingMessage, res: ServerResponse, url: URL, result: RenderResult, answer: Answer | null, head: boolean) {
  if (answer) return sendEntry(req, res, createEntry(answer, {}, { compress: false }), null, head);
  const html = { 'Content-Type': HTML, 'Cache-Control': 'no-cache' };
  switch (result.kind) {
    case 'page':
      return send(res, result.status, html, pageHtml(result), head);
    case 'redirect':
      return send(res, result.status, { Location: result.location, 'Content-Type': 'text/plain' }, '', head);
    case 'shell':
      if (result.status >= 500) log(`${url.pathname}: served the SPA shell (${result.status}): ${result.reason}`);
      return send(res, result.status, html, template.shell, head);
  }
}

/** An editor's preview link: rendered for them alone, outside the page cache. */
async function sendPreview(res: ServerResponse, url: URL, head: boolean) {
  const { status, result, reason } = await renderSlot(() => renderPreview(url));
  if (reason) log(`${url.pathname}: ${status} (${reason})`);
  const headers = { 'Content-Type': HTML, ...PREVIEW_HEADERS };
  if (result.kind === 'page') return send(res, status, headers, pageHtml(result), head);
  if (result.kind === 'shell' && result.status >= 500) log(`${url.pathname}: served the SPA shell (${result.status}): ${result.reason}`);
  return send(res, result.status, headers, template.shell, head);
}

/** The sitemap, robots.txt or the feed, made from the CMS's answers and kept like a page. */
async function sendSiteFile(req: IncomingMessage, res: ServerResponse, url: URL, head: boolean) {
  // This request's own result, when the cache has no entry to give it (or may not keep it).
  let own: { answer: Answer | null; failure?: string } | undefined;
  const compute = async (): Promise<Answer | null> => {
    try {
      const { result, deps } = await tracked(() => siteFile(url.pathname, siteUrl));
      own = { answer: result && { status: 200, contentType: result.contentType, body: Buffer.from(result.body), deps: deps ?? [] } };
      return deps === null ? null : own.answer;
    } catch (error) {
      own = { answer: null, failure: error instanceof Error ? error.message : String(error) };
      return null;
    }
  };
  const { entry, state } = pages ? await pages.run(url, compute) : { entry: null, state: null };
  if (entry) return sendEntry(req, res, entry, state, head);
  if (!own) await compute();
  if (own?.answer) return sendEntry(req, res, createEntry(own.answer, {}, { compress: false }), null, head);
  if (own?.failure) {
    log(`${url.pathname}: ${own.failure}`);
    return send(res, 503, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache', 'Retry-After': '10' }, 'Service Unavailable\n', head);
  }
  return send(res, 404, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache' }, 'Not Found\n', head);
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  const head = req.method === 'HEAD';
  if (req.url === '/healthz') return send(res, 200, { 'Content-Type': 'text/plain' }, 'ok\n', head);
  if (req.method !== 'GET' && !head) {
    return send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'Method Not Allowed\n', head);
  }

  // A path on this site only ("//host/…" would name another origin).
  const target = req.url ?? '';
  if (!target.startsWith('/') || target.startsWith('//')) {
    return send(res, 400, { 'Content-Type': 'text/plain' }, 'Bad Request\n', head);
  }
  const url = new URL(target, siteUrl);
  if (url.pathname === PREVIEW_PATH) return sendPreview(res, url, head);
  if (isSiteFile(url.pathname)) return sendSiteFile(req, res, url, head);
  if (!pages) {
    const { result, answer } = await render(url);
    return sendResult(req, res, url, result, answer, head);
  }
  // This request's own render, when the cache has no entry to give it.
  let own: { result: RenderResult; answer: Answer | null } | undefined;
  const { entry, state } = await pages.run(url, async () => {
    own = await render(url);
    return own.answer;
  });
  if (entry) return sendEntry(req, res, entry, state, head);
  if (own) return sendResult(req, res, url, own.result, null, head);
  throw new Error('the page cache returned neither a page nor a render');
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    log(`${req.url ?? ''}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    if (!res.headersSent) send(res, 500, { 'Content-Type': 'text/plain' }, 'Internal Server Error\n', false);
    else res.destroy();
  });
});

server.listen(serverConfig.port, serverConfig.host, () => {
  log(
    `page renderer listening on http://${serverConfig.host}:${serverConfig.port} (site ${siteUrl}, CMS ${runtime.apiUrl ?? runtime.cmsUrl ?? 'http://localhost:1337'}, ` +
      `${pages ? `pages cached through Redis, prefix "${serverConfig.cache.prefix}"` : 'pages not cached'})`,
  );
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => server.close(() => void (pages?.close() ?? Promise.resolve()).finally(() => process.exit(0))));
}
