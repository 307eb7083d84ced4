import { env } from '@/config/env';

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const SCHEME = /^([a-z][a-z\d+.-]*):/i;

/**
 * The href for a URL written by an editor, or null when it must not become a link:
 * only http(s), mailto, tel and relative URLs pass (never `javascript:`, `data:` …).
 */
export function safeHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // Browsers drop tabs and newlines inside URLs ("java\nscript:"), so judge the URL they would see.
  const url = raw.trim().replace(/[\t\n\r]/g, '');
  if (url === '' || /[\s\p{Cc}]/u.test(url)) return null;
  const scheme = SCHEME.exec(url)?.[1];
  if (scheme !== undefined) return ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`) ? url : null;
  // No scheme: a path, a query or a fragment. "\" is read as "/" by browsers, so "/\evil.com" is external.
  if (url.includes('\\')) return null;
  return url;
}

/** True for links that leave the site: absolute http(s) and protocol-relative URLs. */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href);
}

/** True for a path inside this app that the router can navigate to. */
export function isAppPath(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/**
 * The absolute URL of a path on this site (canonical links, structured data): on the
 * configured public origin when there is one (always on the server), else this page's.
 */
export function absoluteUrl(path: string): string {
  return new URL(path, env.siteUrl ?? window.location.origin).href;
}
