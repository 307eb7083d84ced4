import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { RouteError } from '@/components/errors/route-error';
import { NavigationProgress } from '@/components/layouts/navigation-progress';
import { PageSkeleton } from '@/components/layouts/page-skeleton';
import { JsonLd } from '@/components/seo/json-ld';
import { DefaultShareImage } from '@/components/seo/seo';
import { pageQueries } from '@/features/pages/api/pages';
import { FooterPageLinks } from '@/features/pages/components/footer-page-links';
import { PreviewBanner } from '@/features/preview/components/preview-banner';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { BrandStyle } from '@/features/site-settings/components/brand-style';
import { SiteFooter } from '@/features/site-settings/components/site-footer';
import { SiteHeader } from '@/features/site-settings/components/site-header';
import { clinicJsonLd } from '@/features/site-settings/utils/clinic-json-ld';
import { shareImage } from '@/utils/share-image';

// The footer's pages load here, beside the settings, so every page (the renderer's too) has its footer links.
export const loader = (queryClient: QueryClient) => async () => {
  await Promise.all([queryClient.ensureQueryData(siteSettingsQueries.detail()), queryClient.ensureQueryData(pageQueries.footer())]);
  return null;
};

export default function RootLayout() {
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const { data: footerPages } = useSuspenseQuery(pageQueries.footer());
  const navigation = useNavigation();
  const main = useMoveFocusOnNavigation();
  return (
    <>
      <ScrollRestoration />
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <NavigationProgress />
      <PreviewBanner />
      <SiteHeader settings={settings} />
      <main id="main" ref={main} tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <DefaultShareImage value={shareImage(settings.shareImage)}>
          <Outlet />
        </DefaultShareImage>
      </main>
      <SiteFooter settings={settings} links={<FooterPageLinks pages={footerPages} />} />
      <JsonLd data={clinicJsonLd(settings)} />
      <meta property="og:site_name" content={settings.clinicName} />
      <BrandStyle colour={settings.brandColor} />
      <link rel="alternate" type="application/rss+xml" title={`${settings.clinicName}: articles`} href="/feed.xml" />
    </>
  );
}

/**
 * After a client-side navigation to another page, focus goes to the new page's content, as a
 * page load would put it at the top: keyboard and screen reader users start there, not on the
 * link they left. Not on the first page, and not for a #fragment on the same page.
 */
function useMoveFocusOnNavigation() {
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return main;
}

/** Root boundary: catches what no route boundary below does, including a failed layout loader. */
export function ErrorBoundary() {
  return (
    <main id="main">
      <RouteError />
    </main>
  );
}

export function HydrateFallback() {
  return <PageSkeleton />;
}
