import { createPreviewUrl } from '@clinic/rules';
import { http, HttpResponse, passthrough } from 'msw';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articleFixture } from '@/testing/fixtures';
import { cmsApi } from '@/testing/handlers';
import { server } from '@/testing/server';

const SECRET = 'a-preview-secret-for-the-dev-server';
let vite: ViteDevServer;
let site: string;

beforeAll(async () => {
  process.env.PREVIEW_SECRET = SECRET;
  vite = await createServer({
    // The web package's own config: the test runs in web/.
    configFile: path.resolve('vite.config.ts'),
    server: { port: 0, strictPort: false, hmr: false },
    logLevel: 'silent',
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  site = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
}, 60_000);

// The test's own requests go to the dev server; the dev server's to the CMS are answered by MSW.
beforeEach(() => {
  server.use(http.all(`${site}/*`, () => passthrough()));
});

afterAll(async () => {
  await vite?.close();
  delete process.env.PREVIEW_SECRET;
});

describe('`npm start` (Vite’s dev server, no page renderer)', () => {
  it('answers a preview link with the draft page, as the renderer does', async () => {
    server.use(
      http.get(cmsApi('/articles/:documentId'), () =>
        HttpResponse.json({ data: { slug: articleFixture.slug, updatedAt: '2026-11-30T09:15:00.000Z', medicalReviewer: null, lastReviewedAt: null }, meta: {} }),
      ),
      // The draft, which only the preview's own request (status=draft) gets.
      http.get(cmsApi('/articles'), ({ request }) =>
        HttpResponse.json({ data: new URL(request.url).searchParams.get('status') === 'draft' ? [{ ...articleFixture, title: 'The draft title' }] : [], meta: {} }),
      ),
    );
    const url = await createPreviewUrl(site, { type: 'article', documentId: articleFixture.documentId, status: 'draft' }, { secret: SECRET });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const html = await response.text();
    expect(html).toContain('Preview — not published');
    expect(html).toContain('<h1>The draft title</h1>');
    expect(html).toContain('Cannot be published yet: no medical reviewer, no last-reviewed date');
    expect(html).toContain('/@vite/client');
  }, 60_000);

  it('answers a forged link with the 401 page', async () => {
    const response = await fetch(`${site}/preview?type=article&documentId=x&status=draft&expires=99999999999&token=AAAA`);
    expect(response.status).toBe(401);
    expect(await response.text()).toContain('This preview link cannot be opened');
  }, 60_000);
});
