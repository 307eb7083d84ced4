import { PREVIEW_PATH } from '@clinic/rules';
import { XMLBuilder } from 'fast-xml-parser';
import type { FeedItem, IndexedPage } from '@/features/site-index/api/site-index';

/** The most URLs one sitemap file may list (sitemaps.org); more go into several, under an index. */
export const SITEMAP_LIMIT = 50_000;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const xml = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true, suppressBooleanAttributes: false });
const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** The sitemap file `n` (1-based) lists these pages. */
export const sitemapPath = (n: number) => `/sitemap-${n}.xml`;
export const SITEMAP_FILE = /^\/sitemap-([1-9]\d{0,5})\.xml$/;

const url = (page: IndexedPage, siteUrl: string) => ({
  loc: new URL(page.path, siteUrl).href,
  ...(page.updatedAt ? { lastmod: new Date(page.updatedAt).toISOString() } : {}),
});

/**
 * /sitemap.xml: every public page with the time its content last changed. Up to 50,000 it is
 * one urlset; beyond, a sitemap index of /sitemap-1.xml, /sitemap-2.xml … (`part` picks one).
 * Null for a part that does not exist.
 */
export function sitemapXml(pages: IndexedPage[], siteUrl: string, part?: number): string | null {
  const parts = Math.max(1, Math.ceil(pages.length / SITEMAP_LIMIT));
  if (part === undefined && parts > 1) {
    const sitemap = Array.from({ length: parts }, (_, index) => ({ loc: new URL(sitemapPath(index + 1), siteUrl).href }));
    return declaration + xml.build({ sitemapindex: { '@xmlns': SITEMAP_NS, sitemap } });
  }
  const index = (part ?? 1) - 1;
  if (index >= parts || (part !== undefined && parts === 1)) return null;
  const slice = pages.slice(index * SITEMAP_LIMIT, (index + 1) * SITEMAP_LIMIT);
  return declaration + xml.build({ urlset: { '@xmlns': SITEMAP_NS, url: slice.map((page) => url(page, siteUrl)) } });
}

/** /robots.txt: the whole site may be crawled, but not preview links; where the sitemap is. */
export function robotsTxt(siteUrl: string): string {
  return ['User-agent: *', 'Allow: /', `Disallow: ${PREVIEW_PATH}`, '', `Sitemap: ${new URL('/sitemap.xml', siteUrl).href}`, ''].join('\n');
}

/** /feed.xml: RSS 2.0 of the latest articles. */
export function feedXml(items: FeedItem[], { siteUrl, title, description }: { siteUrl: string; title: string; description: string }): string {
  const self = new URL('/feed.xml', siteUrl).href;
  const newest = items[0]?.publishedAt;
  const channel = {
    title,
    link: new URL('/', siteUrl).href,
    description,
    language: 'en',
    ...(newest ? { lastBuildDate: new Date(newest).toUTCString() } : {}),
    'atom:link': { '@href': self, '@rel': 'self', '@type': 'application/rss+xml' },
    item: items.map((item) => {
      const link = new URL(item.path, siteUrl).href;
      return {
        title: item.title,
        link,
        guid: { '#text': link, '@isPermaLink': 'true' },
        description: item.summary,
        pubDate: new Date(item.publishedAt).toUTCString(),
        ...(item.author ? { 'dc:creator': item.author } : {}),
      };
    }),
  };
  return (
    declaration +
    xml.build({
      rss: { '@version': '2.0', '@xmlns:atom': 'http://www.w3.org/2005/Atom', '@xmlns:dc': 'http://purl.org/dc/elements/1.1/', channel },
    })
  );
}

export type SiteFile = { contentType: string; body: string };

/** The files the renderer answers besides pages, by path. */
export function isSiteFile(pathname: string): boolean {
  return pathname === '/sitemap.xml' || pathname === '/robots.txt' || pathname === '/feed.xml' || SITEMAP_FILE.test(pathname);
}

/**
 * The sitemap, robots.txt or the feed at `pathname`, from the CMS's published content; null
 * when there is no such file (a sitemap part beyond the last).
 */
export async function siteFile(pathname: string, siteUrl: string): Promise<SiteFile | null> {
  const { getFeedItems, getIndexedPages } = await import('@/features/site-index/api/site-index');
  if (pathname === '/robots.txt') return { contentType: 'text/plain; charset=utf-8', body: robotsTxt(siteUrl) };
  if (pathname === '/feed.xml') {
    const { getSiteSettings } = await import('@/features/site-settings/api/site-settings');
    const [items, settings] = await Promise.all([getFeedItems(), getSiteSettings()]);
    const body = feedXml(items, { siteUrl, title: `${settings.clinicName}: articles`, description: `The latest articles from ${settings.clinicName}.` });
    return { contentType: 'application/rss+xml; charset=utf-8', body };
  }
  const part = SITEMAP_FILE.exec(pathname)?.[1];
  const body = sitemapXml(await getIndexedPages(), siteUrl, part === undefined ? undefined : Number(part));
  return body === null ? null : { contentType: 'application/xml; charset=utf-8', body };
}
