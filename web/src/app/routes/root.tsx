import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Outlet } from 'react-router';
import { RouteError } from '@/components/errors/route-error';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { SiteFooter } from '@/features/site-settings/components/site-footer';
import { SiteHeader } from '@/features/site-settings/components/site-header';

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(siteSettingsQueries.detail());
  return null;
};

export default function RootLayout() {
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <SiteHeader settings={settings} />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <SiteFooter settings={settings} />
    </>
  );
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
  return (
    <p className="container page" role="status">
      Loading…
    </p>
  );
}
