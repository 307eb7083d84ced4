// The caches in front of the CMS and the page renderer, seen from outside: pages come from
// the cache with strong ETags, and every kind of editor's write shows on the page at the
// very next request, including a write to a clinician the article shows.
import type { APIRequestContext } from '@playwright/test';
import { expect, ONCE, test } from './support/test';
import { adminToken } from './support/admin';
import type { E2eStack } from './support/stack';

const ARTICLE_PAGE = '/articles/what-is-ketamine-treatment';
const SLUG = 'what-is-ketamine-treatment';
const CM = '/content-manager/collection-types';

const editorToken = (request: APIRequestContext, stack: E2eStack) => adminToken(request, stack, 'editor');

async function seededArticle(request: APIRequestContext, stack: E2eStack) {
  const reply = await request.get(
    `${stack.cmsUrl}/api/articles?filters[slug][$eq]=${SLUG}&fields[0]=title&populate[medicalReviewer][fields][0]=credentials`,
  );
  const [article] = ((await reply.json()) as { data: Array<{ documentId: string; title: string; medicalReviewer: { documentId: string; credentials: string } }> }).data;
  if (!article) throw new Error('the seeded article is not published');
  return article;
}

const page = async (request: APIRequestContext, headers: Record<string, string> = {}) => {
  const response = await request.get(ARTICLE_PAGE, { headers });
  return { status: response.status(), headers: response.headers(), text: response.status() === 304 ? '' : await response.text() };
};

test.describe('cached pages', { tag: ONCE }, () => {
  test('the article page comes from the cache after the first visit, with a strong ETag and 304s', async ({ request }) => {
    await page(request);
    const second = await page(request, { 'Accept-Encoding': 'gzip' });
    expect(second.headers['x-cache']).toBe('HIT');
    expect(second.headers['cache-control']).toBe('no-cache');
    expect(second.headers['content-encoding']).toBe('gzip');
    const etag = second.headers.etag ?? '';
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await page(request, { 'Accept-Encoding': 'gzip', 'If-None-Match': etag });
    expect(again.status).toBe(304);
  });

  test('a published title change shows on the page at the next request', async ({ request, stack }) => {
    const token = await editorToken(request, stack);
    const article = await seededArticle(request, stack);
    await page(request);
    const edit = async (title: string) => {
      const headers = { Authorization: `Bearer ${token}` };
      expect((await request.put(`${stack.cmsUrl}${CM}/api::article.article/${article.documentId}`, { headers, data: { title } })).status()).toBe(200);
      expect((await request.post(`${stack.cmsUrl}${CM}/api::article.article/${article.documentId}/actions/publish`, { headers, data: {} })).status()).toBe(200);
    };
    const title = `${article.title} (updated)`;
    try {
      await edit(title);
      expect((await page(request)).text).toContain(title);
    } finally {
      await edit(article.title);
    }
    expect((await page(request)).text).not.toContain(title);
  });

  test("a clinician's new credentials show on the article page that names them", async ({ request, stack }) => {
    const token = await editorToken(request, stack);
    const { medicalReviewer } = await seededArticle(request, stack);
    await page(request);
    const save = async (credentials: string) => {
      const reply = await request.put(`${stack.cmsUrl}${CM}/api::clinician.clinician/${medicalReviewer.documentId}`, {
        headers: { Authorization: `Bearer ${token}` },
        data: { credentials },
      });
      expect(reply.status()).toBe(200);
    };
    try {
      await save('MD, PhD (updated)');
      expect((await page(request)).text).toContain('MD, PhD (updated)');
    } finally {
      await save(medicalReviewer.credentials);
    }
    expect((await page(request)).text).not.toContain('MD, PhD (updated)');
  });

  test('a new phone number in the site settings shows on the page at the next request', async ({ request, stack }) => {
    const token = await editorToken(request, stack);
    const settings = await request.get(`${stack.cmsUrl}/api/site-setting?fields[0]=phone`);
    const { phone } = ((await settings.json()) as { data: { phone: string } }).data;
    await page(request);
    const save = async (value: string) => {
      const reply = await request.put(`${stack.cmsUrl}/content-manager/single-types/api::site-setting.site-setting`, {
        headers: { Authorization: `Bearer ${token}` },
        data: { phone: value },
      });
      expect(reply.status()).toBe(200);
    };
    try {
      await save('(555) 010-0123');
      expect((await page(request)).text).toContain('(555) 010-0123');
    } finally {
      await save(phone);
    }
  });

  test('200 visitors at once all get the article page', async ({ request }) => {
    const statuses = await Promise.all(Array.from({ length: 200 }, async () => (await request.get(ARTICLE_PAGE)).status()));
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  });
});
