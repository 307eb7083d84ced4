import { describe, expect, it } from 'vitest';
import { RESERVED_SLUGS, isReservedSlug, reservedSlugMessage } from '../index.js';

describe('reserved page slugs', () => {
  it.each(['articles', 'treatments', 'faq', 'team', 'consult', 'preview', 'sitemap.xml', 'robots.txt', 'feed.xml'])(
    'keeps the site route "%s" from pages',
    (slug) => {
      expect(isReservedSlug(slug)).toBe(true);
    },
  );

  it.each(['api', 'admin', 'uploads', 'assets', 'config.js', 'healthz', 'favicon.svg'])(
    'keeps "%s", which nginx or the renderer answer themselves, from pages',
    (slug) => {
      expect(isReservedSlug(slug)).toBe(true);
    },
  );

  it('refuses a reserved slug whatever its case, as the router matches paths without case', () => {
    expect(isReservedSlug('Articles')).toBe(true);
    expect(isReservedSlug('FAQ')).toBe(true);
  });

  it("lets the clinic's pages have their slugs, including ones that merely contain a reserved word", () => {
    for (const slug of ['about', 'visit-us', 'privacy-policy', 'accessibility', 'faq-for-parents', 'api-docs', 'teams']) {
      expect(isReservedSlug(slug)).toBe(false);
    }
  });

  it('lists every slug once, in lower case', () => {
    expect(new Set(RESERVED_SLUGS).size).toBe(RESERVED_SLUGS.length);
    for (const slug of RESERVED_SLUGS) expect(slug).toBe(slug.toLowerCase());
  });

  it('names the slug and says what to do', () => {
    expect(reservedSlugMessage('faq')).toMatch(/"faq".*choose another slug/i);
  });
});
