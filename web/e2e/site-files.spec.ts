// What search engines and feed readers get from the production setup: robots.txt, the
// sitemap and the feed, well-formed, from published content only, and current at the next
// request after an editor publishes or unpublishes.
import type { APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { adminToken } from './support/admin';
import type { E2eStack } from './support/stack';
import { ONCE, expect, test } from './support/test';

const CM = '/content-manager/collection-types/api::article.article';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'url' || name === 'item' });

async function xml(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const text = await response.text();
  expect(XMLValidator.validate(text), path).toBe(true);
  return { type: response.headers()['content-type'], parsed: parser.parse(text) as Record<string, Record<string, unknown>> };
}

async function sitemapPaths(request: APIRequestContext, stack: E2eStack) {
  const { parsed } = await xml(request, '/sitemap.xml');
  return (parsed.urlset?.url as { loc: string }[]).map((entry) => entry.loc.replace(stack.webUrl, ''));
}

async function editor(request: APIRequestContext, stack: E2eStack) {
  return { Authorization: `Bearer ${await adminToken(request, stack, 'editor')}` };
}

test.describe('files for search engines and feed readers', { tag: ONCE }, () => {
  test('robots.txt allows the site, not previews, and names the sitemap', async ({ request, stack }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/plain/);
    const lines = (await response.text()).split('\n');
    expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Disallow: /preview', `Sitemap: ${stack.webUrl}/sitemap.xml`]));
  });

  test('the sitemap lists the published pages, and follows a publish and an unpublish at once', async ({ request, stack }) => {
    const headers = await editor(request, stack);
    const before = await sitemapPaths(request, stack);
    expect(before).toEqual(
      expect.arrayContaining(['/', '/articles', '/articles/what-is-ketamine-treatment', '/treatments', '/faq', '/team', '/team/sample-medical-reviewer', '/consult', '/about', '/privacy-policy']),
    );
    expect(before.some((path) => path.startsWith('/preview'))).toBe(false);

    const clinicians = await request.get(`${stack.cmsUrl}/content-manager/collection-types/api::clinician.clinician`, { headers });
    const reviewer = ((await clinicians.json()) as { results: { documentId: string }[] }).results[0]?.documentId ?? '';
    const slug = `sitemap-check-${Date.now()}`;
    const created = await request.post(`${stack.cmsUrl}${CM}`, {
      headers,
      data: {
        title: 'An article for the sitemap check',
        slug,
        excerpt: 'Checks that the sitemap follows publishing.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text.' }] }],
        medicalReviewer: { connect: [{ documentId: reviewer }] },
        lastReviewedAt: '2026-11-30',
      },
    });
    expect(created.status()).toBe(201);
    const { documentId } = ((await created.json()) as { data: { documentId: string } }).data;
    try {
      expect(await sitemapPaths(request, stack)).not.toContain(`/articles/${slug}`);
      expect((await request.post(`${stack.cmsUrl}${CM}/${documentId}/actions/publish`, { headers, data: {} })).status()).toBe(200);
      expect(await sitemapPaths(request, stack)).toContain(`/articles/${slug}`);
      const { parsed } = await xml(request, '/feed.xml');
      const items = (parsed.rss?.channel as { item: { link: string }[] }).item;
      expect(items.map((item) => item.link)).toContain(`${stack.webUrl}/articles/${slug}`);

      expect((await request.post(`${stack.cmsUrl}${CM}/${documentId}/actions/unpublish`, { headers, data: {} })).status()).toBe(200);
      expect(await sitemapPaths(request, stack)).not.toContain(`/articles/${slug}`);
    } finally {
      await request.delete(`${stack.cmsUrl}${CM}/${documentId}`, { headers });
    }
  });

  test('the feed is RSS 2.0 of the articles, and every page links to it', async ({ page, request }) => {
    const { type, parsed } = await xml(request, '/feed.xml');
    expect(type).toMatch(/^application\/rss\+xml/);
    expect(parsed.rss?.['@version']).toBe('2.0');
    const [item] = (parsed.rss?.channel as { item: Record<string, string>[] }).item;
    expect(item).toMatchObject({ title: expect.any(String), link: expect.stringContaining('/articles/'), pubDate: expect.any(String) });

    await page.goto('/treatments');
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/feed.xml');
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/treatments$/);
  });
});
