import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { articleFixture, siteSettingsFixture, treatmentOptionsFixture } from '@/testing/fixtures';
import { cmsApi } from '@/testing/handlers';
import { server } from '@/testing/server';
import { renderApp } from '@/testing/test-utils';

const meta = (key: string) => document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

describe('link previews and feed discovery', () => {
  it.each([
    ['/', 'website'],
    ['/articles', 'website'],
    [`/articles/${articleFixture.slug}`, 'article'],
    ['/treatments', 'website'],
    [`/treatments/${treatmentOptionsFixture[0]?.slug ?? ''}`, 'website'],
    ['/faq', 'website'],
    ['/team', 'website'],
    ['/team/sample-author', 'profile'],
    ['/about', 'website'],
    ['/consult', 'website'],
  ])('%s has Open Graph and Twitter card tags that agree with its canonical URL', async (path, type) => {
    renderApp(path);
    await waitFor(() => expect(document.head.querySelector('link[rel="canonical"]')).not.toBeNull());
    const canonical = document.head.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toBe(`${window.location.origin}${path}`);
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:title')).toBe(document.title);
    expect(meta('og:type')).toBe(type);
    expect(meta('og:site_name')).toBe(siteSettingsFixture.clinicName);
    expect(meta('twitter:title')).toBe(document.title);
    expect(meta('twitter:card')).toBe('summary');
    expect(document.head.querySelector('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', '/feed.xml');
  });

  it("uses the article's cover as the preview image, on the CMS's origin, with its size and text", async () => {
    server.use(
      http.get(cmsApi('/articles'), () =>
        HttpResponse.json({
          data: [{ ...articleFixture, cover: { url: '/uploads/cover.jpg', width: 1200, height: 630, alternativeText: 'A quiet treatment room' } }],
          meta: {},
        }),
      ),
    );
    renderApp(`/articles/${articleFixture.slug}`);
    await waitFor(() => expect(meta('og:image')).toBe('http://localhost:1337/uploads/cover.jpg'));
    expect(meta('og:image:width')).toBe('1200');
    expect(meta('og:image:alt')).toBe('A quiet treatment room');
    expect(meta('twitter:card')).toBe('summary_large_image');
  });
});

describe('the default link-preview image', () => {
  it("is the site settings' image on pages without one of their own", async () => {
    server.use(
      http.get(cmsApi('/site-setting'), () =>
        HttpResponse.json({
          data: { ...siteSettingsFixture, shareImage: { url: '/uploads/share.png', width: 1200, height: 630, alternativeText: 'The clinic', formats: null } },
          meta: {},
        }),
      ),
    );
    renderApp('/faq');
    await waitFor(() => expect(meta('og:image')).toBe('http://localhost:1337/uploads/share.png'));
    expect(meta('twitter:card')).toBe('summary_large_image');
  });
});
