// nginx serves the build as production does: security headers on every response, hashed
// assets cached for a year, everything else revalidated, real 404s, and the CMS's address in
// config.js.
import type { APIResponse } from '@playwright/test';
import { expect, ONCE, test } from './support/test';

/** Content-Security-Policy as a map of directive → sources. */
function parseCsp(header: string | undefined): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function expectSecurityHeaders(response: APIResponse, cmsOrigin: string) {
  const headers = response.headers();
  const what = `${response.url()} (${response.status()})`;
  const csp = parseCsp(headers['content-security-policy']);
  expect(csp.size, `${what} has no Content-Security-Policy`).toBeGreaterThan(0);
  const scriptSrc = csp.get('script-src') ?? csp.get('default-src') ?? [];
  expect(scriptSrc, `${what}: script-src`).toContain("'self'");
  expect(scriptSrc, `${what}: script-src allows inline scripts`).not.toContain("'unsafe-inline'");
  expect(scriptSrc, `${what}: script-src allows eval`).not.toContain("'unsafe-eval'");
  expect(csp.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(csp.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(csp.get('connect-src'), `${what}: connect-src must allow the CMS`).toContain(cmsOrigin);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'], `${what}: Referrer-Policy`).toContain(
    headers['referrer-policy'],
  );
  expect(headers.server ?? '', `${what}: the Server header names a version`).not.toMatch(/\d/);
}

const gzip = { 'Accept-Encoding': 'gzip' };

test.describe('production headers', { tag: ONCE }, () => {
  test('pages and index.html are HTML that browsers revalidate; an unknown address is a 404', async ({ request, stack }) => {
    const expected: Array<[string, number]> = [
      ['/', 200],
      ['/index.html', 200],
      ['/articles/what-is-ketamine-treatment', 200],
      ['/treatments', 200],
      ['/faq', 200],
      ['/no-such-page', 404],
      ['/articles/no-such-article', 404],
    ];
    for (const [path, status] of expected) {
      const response = await request.get(path, { headers: gzip });
      expect(response.status(), path).toBe(status);
      expect(response.headers()['content-type'], path).toMatch(/^text\/html/);
      expect(response.headers()['cache-control'], path).toBe('no-cache');
      expect(await response.text(), path).toContain('<div id="root">');
      expectSecurityHeaders(response, stack.cmsUrl);
    }
  });

  test('hashed assets are cached for a year as immutable, and compressed', async ({ request, stack }) => {
    // A rendered page (its stylesheet inlined, its route's chunks preloaded) and the SPA shell.
    const html = (await Promise.all(['/', '/index.html'].map(async (path) => (await request.get(path)).text()))).join('');
    const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? ''))];
    expect(assets.some((asset) => asset.endsWith('.css')), 'index.html links no stylesheet from /assets/').toBe(true);
    expect(assets.some((asset) => asset.endsWith('.js')), 'index.html loads no script from /assets/').toBe(true);
    for (const asset of assets) {
      const response = await request.get(asset, { headers: gzip });
      expect(response.status(), asset).toBe(200);
      const cacheControl = response.headers()['cache-control'] ?? '';
      expect(cacheControl, asset).toContain('immutable');
      expect(cacheControl, asset).toMatch(/(^|[\s,])max-age=31536000($|[\s,])/);
      // nginx leaves files under gzip_min_length (256 bytes) as they are: a few tiny chunks.
      if ((await response.body()).length >= 1024) {
        expect(response.headers()['content-encoding'], `${asset} is not gzipped`).toBe('gzip');
      }
      expectSecurityHeaders(response, stack.cmsUrl);
    }
  });

  test('a missing asset is a 404, not the SPA', async ({ request, stack }) => {
    const response = await request.get('/assets/no-such-file-0000.js');
    expect(response.status()).toBe(404);
    expectSecurityHeaders(response, stack.cmsUrl);
  });

  test('the build manifest is not served', async ({ request }) => {
    const response = await request.get('/.vite/manifest.json');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).not.toMatch(/json/);
  });

  test('config.js gives the app the CMS address and is revalidated', async ({ request, stack }) => {
    const response = await request.get('/config.js');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/javascript/);
    expect(response.headers()['cache-control']).toBe('no-cache');
    expect(await response.text()).toBe(`window.__RUNTIME_CONFIG__ = ${JSON.stringify({ cmsUrl: stack.cmsUrl })};\n`);
    expectSecurityHeaders(response, stack.cmsUrl);
  });
});
