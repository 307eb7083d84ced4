// The page renderer: answers page requests (nginx sends it everything that is not a file)
// with the page rendered from the CMS's content, which the browser then hydrates.
// `node dist-server/main.js`; configuration in ./config.ts.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
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

const { distDir, runtime } = serverConfig;
const indexHtml = readFileSync(path.join(distDir, 'index.html'), 'utf8');
const stylesheets = stylesheetsOf(indexHtml).map((href) => [href, readFileSync(path.join(distDir, href), 'utf8')] as const);
const template = createTemplate(indexHtml, new Map(stylesheets));
const modulePreloads = createModulePreloads(readManifest());
const { siteUrl } = runtime;

/** The rendered page, or the shell with a 503 when the CMS takes longer than the visitor should wait. */
function renderWithin(request: Request, timeoutMs: number): Promise<RenderResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<RenderResult>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'shell', status: 503, reason: `no answer from the CMS within ${timeoutMs} ms` }), timeoutMs);
  });
  return Promise.race([renderPage(request), timeout]).finally(() => clearTimeout(timer));
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string, head: boolean) {
  res.writeHead(status, { 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(head ? undefined : body);
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
  const html = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' };
  const result = await renderWithin(new Request(url, { method: 'GET' }), serverConfig.renderTimeoutMs).catch(
    (error: unknown): RenderResult => ({ kind: 'shell', status: 500, reason: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
  switch (result.kind) {
    case 'page':
      return send(res, result.status, html, template.page({ ...result, preloads: modulePreloads(result.routeIds) }), head);
    case 'redirect':
      return send(res, result.status, { Location: result.location, 'Content-Type': 'text/plain' }, '', head);
    case 'shell':
      if (result.status >= 500) log(`${url.pathname}: served the SPA shell (${result.status}): ${result.reason}`);
      return send(res, result.status, html, template.shell, head);
  }
}

const server = createServer((req, res) => {
  handle(req, res).catch((error: unknown) => {
    log(`${req.url ?? ''}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    if (!res.headersSent) send(res, 500, { 'Content-Type': 'text/plain' }, 'Internal Server Error\n', false);
    else res.destroy();
  });
});

server.listen(serverConfig.port, serverConfig.host, () => {
  log(`page renderer listening on http://${serverConfig.host}:${serverConfig.port} (site ${siteUrl}, CMS ${runtime.apiUrl ?? runtime.cmsUrl ?? 'http://localhost:1337'})`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
