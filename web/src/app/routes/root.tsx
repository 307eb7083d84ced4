import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Outlet, useNavigation } from 'react-router';
import { RouteError } from '@/components/errors/route-error';
import { NavigationProgress } from '@/components/layouts/navigation-progress';
import { PageSkeleton } from '@/components/layouts/page-skeleton';
import { JsonLd } from '@/components/seo/json-ld';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { SiteFooter } from '@/features/site-settings/components/site-footer';
import { SiteHeader } from '@/features/site-settings/components/site-header';
import { clinicJsonLd } from '@/features/site-settings/utils/clinic-json-ld';

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(siteSettingsQueries.detail());
  return null;
};

export default function RootLayout() {
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const navigation = useNavigation();
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <NavigationProgress />
      <SiteHeader settings={settings} />
      <main id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Outlet />
      </main>
      <SiteFooter settings={settings} />
      <JsonLd data={clinicJsonLd(settings)} />
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
  return <PageSkeleton />;
}
