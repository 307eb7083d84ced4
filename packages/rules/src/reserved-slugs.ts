/**
 * Page slugs the site cannot give to an editor's page: a page is served at `/<slug>`, so a
 * slug that is already one of the site's own top-level paths would be hidden by it (or hide
 * it). One list, read by the CMS (which refuses such a slug when a page is saved) and by the
 * web app (whose route tree is tested against it).
 */

/** The top-level paths of the site's own routes (web/src/config/paths.ts), and the ones it has planned. */
const SITE_ROUTE_SLUGS = ['articles', 'treatments', 'faq', 'team', 'consult', 'preview'] as const;

/** What the page renderer answers itself. */
const RENDERER_SLUGS = ['sitemap.xml', 'robots.txt', 'feed.xml', 'healthz'] as const;

/** What nginx answers itself: the CMS on the site's origin, the build output, the static files. */
const NGINX_SLUGS = ['api', 'admin', 'uploads', 'assets', 'config.js', 'index.html', 'favicon.svg', 'favicon.ico'] as const;

export const RESERVED_SLUGS: readonly string[] = [...SITE_ROUTE_SLUGS, ...RENDERER_SLUGS, ...NGINX_SLUGS];

const reserved = new Set(RESERVED_SLUGS);

/**
 * Whether a page may not have this slug. Compared without case: the site's router matches
 * paths case-insensitively, so `/Articles` is the articles page too.
 */
export function isReservedSlug(slug: string): boolean {
  return reserved.has(slug.trim().toLowerCase());
}

/** What the editor is told when a page's slug is reserved. */
export function reservedSlugMessage(slug: string): string {
  return `The address "/${slug}" is used by the site itself, so a page cannot have the slug "${slug}". Choose another slug.`;
}
