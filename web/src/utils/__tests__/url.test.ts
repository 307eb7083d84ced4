import { describe, expect, it } from 'vitest';
import { isExternalHref, safeHref } from '@/utils/url';

describe('safeHref', () => {
  it.each(['https://example.org/a', 'http://example.org', 'mailto:a@example.org', 'tel:+15550100', '/faq', '#comments', 'faq'])(
    'keeps %s',
    (url) => {
      expect(safeHref(url)).toBe(url);
    },
  );

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '/\\evil.example', '', null])(
    'refuses %s',
    (url) => {
      expect(safeHref(url)).toBeNull();
    },
  );
});

describe('isExternalHref', () => {
  it('treats absolute and protocol-relative http(s) URLs as external, site paths as internal', () => {
    expect(isExternalHref('https://example.org')).toBe(true);
    expect(isExternalHref('//example.org')).toBe(true);
    expect(isExternalHref('/faq')).toBe(false);
    expect(isExternalHref('mailto:a@example.org')).toBe(false);
  });
});
