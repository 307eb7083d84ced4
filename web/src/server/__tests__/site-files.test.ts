import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { IndexedPage } from '@/features/site-index/api/site-index';
import { feedXml, robotsTxt, siteFile, SITEMAP_LIMIT, sitemapXml } from '@/server/site-files';
import { cmsApi } from '@/testing/handlers';
import { server } from '@/testing/server';

const site = 'https://clinic.example.org';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });

/** Parses XML after checking it is well-formed: a string search alone would pass broken XML. */
function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Record<string, Record<string, unknown>>;
}

const page = (n: number): IndexedPage => ({ path: `/articles/a-${n}`, updatedAt: '2026-11-30T09:15:00.000Z' });

describe('the sitemap', () => {
  it('lists every page with its absolute address and the time it last changed', () => {
    const xml = sitemapXml([{ path: '/', updatedAt: null }, page(1)], site) ?? '';
    const { urlset } = parse(xml);
    expect(urlset?.['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(urlset?.url).toEqual([{ loc: `${site}/` }, { loc: `${site}/articles/a-1`, lastmod: '2026-11-30T09:15:00.000Z' }]);
  });

  it('becomes an index of several files past 50,000 addresses, each file at most 50,000', () => {
    const pages = Array.from({ length: SITEMAP_LIMIT + 1 }, (_, n) => page(n));
    const index = parse(sitemapXml(pages, site) ?? '').sitemapindex;
    expect(index?.sitemap).toEqual([{ loc: `${site}/sitemap-1.xml` }, { loc: `${site}/sitemap-2.xml` }]);
    expect((parse(sitemapXml(pages, site, 1) ?? '').urlset?.url as unknown[]).length).toBe(SITEMAP_LIMIT);
    expect(parse(sitemapXml(pages, site, 2) ?? '').urlset?.url).toEqual([{ loc: `${site}/articles/a-${SITEMAP_LIMIT}`, lastmod: page(0).updatedAt }]);
    expect(sitemapXml(pages, site, 3)).toBeNull();
    expect(sitemapXml([page(1)], site, 1)).toBeNull();
  });

  it('lists what the public API publishes, list pages included, and nothing else', async () => {
    server.use(
      http.get(cmsApi('/articles'), () =>
        HttpResponse.json({ data: [{ slug: 'published-one', updatedAt: '2026-11-29T10:00:00.000Z' }], meta: { pagination: { page: 1, pageCount: 1 } } }),
      ),
    );
    const file = await siteFile('/sitemap.xml', site);
    expect(file?.contentType).toBe('application/xml; charset=utf-8');
    const locs = (parse(file?.body ?? '').urlset?.url as { loc: string }[]).map((entry) => entry.loc.replace(site, ''));
    expect(locs).toContain('/articles/published-one');
    expect(locs).toEqual(
      expect.arrayContaining(['/', '/articles', '/treatments', '/faq', '/team', '/team/sample-author', '/consult', '/privacy-policy']),
    );
    expect(locs.some((loc) => loc.startsWith('/preview'))).toBe(false);
  });

  it('reads every page of results the CMS returns', async () => {
    const requested: string[] = [];
    server.use(
      http.get(cmsApi('/articles'), ({ request }) => {
        const n = Number(new URL(request.url).searchParams.get('pagination[page]'));
        requested.push(String(n));
        return HttpResponse.json({ data: [{ slug: `page-${n}`, updatedAt: null }], meta: { pagination: { page: n, pageCount: 3 } } });
      }),
    );
    const locs = (parse((await siteFile('/sitemap.xml', site))?.body ?? '').urlset?.url as { loc: string }[]).map((entry) => entry.loc);
    expect(requested).toEqual(['1', '2', '3']);
    expect(locs).toEqual(expect.arrayContaining([`${site}/articles/page-1`, `${site}/articles/page-3`]));
  });
});

describe('robots.txt', () => {
  it('allows the site, keeps crawlers out of previews and names the sitemap', () => {
    const lines = robotsTxt(site).split('\n');
    expect(lines).toEqual(expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /preview', `Sitemap: ${site}/sitemap.xml`]));
  });
});

describe('the feed', () => {
  it('is RSS 2.0 with each article’s title, link, summary, date and author, text escaped', () => {
    const xml = feedXml(
      [{ title: 'Ketamine & mood <today>', path: '/articles/a', summary: 'What "it" is', publishedAt: '2026-11-30T09:15:00.000Z', author: 'Sample Author' }],
      { siteUrl: site, title: 'Clinic: articles', description: 'Latest' },
    );
    const { rss } = parse(xml);
    expect(rss?.['@version']).toBe('2.0');
    const channel = rss?.channel as { title: string; link: string; item: Record<string, unknown>[] };
    expect(channel.title).toBe('Clinic: articles');
    expect(channel.item).toEqual([
      {
        title: 'Ketamine & mood <today>',
        link: `${site}/articles/a`,
        guid: { '#text': `${site}/articles/a`, '@isPermaLink': 'true' },
        description: 'What "it" is',
        pubDate: 'Mon, 30 Nov 2026 09:15:00 GMT',
        'dc:creator': 'Sample Author',
      },
    ]);
  });

  it('lists the newest published articles from the CMS', async () => {
    const file = await siteFile('/feed.xml', site);
    expect(file?.contentType).toBe('application/rss+xml; charset=utf-8');
    const { rss } = parse(file?.body ?? '');
    expect((rss?.channel as { item: unknown[] }).item.length).toBeGreaterThan(0);
  });
});
