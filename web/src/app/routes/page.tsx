import { isReservedSlug } from '@clinic/rules';
import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useLoaderData, useParams, type LoaderFunctionArgs } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { RouteError } from '@/components/errors/route-error';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { pageQueries } from '@/features/pages/api/pages';
import { PageView } from '@/features/pages/components/page-view';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { ContactDetails } from '@/features/site-settings/components/contact-details';
import { answerNotFound, notFoundData } from '@/lib/route-errors';

/**
 * `/:slug` answers every top-level address the site has no route for, so an unknown one is
 * this route's own 404 page (rendered like the catch-all's, by the browser and the page
 * renderer alike), not an error: see `answerNotFound`.
 */
export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = params.slug ?? '';
    // The site's own addresses are never pages (the CMS refuses those slugs): no need to ask.
    if (isReservedSlug(slug)) return notFoundData();
    const [, page] = await Promise.all([
      queryClient.ensureQueryData(siteSettingsQueries.detail()),
      queryClient.ensureQueryData(pageQueries.detail(slug)).then(() => null, answerNotFound),
    ]);
    return page;
  };

export default function PageRoute() {
  // What the loader returned: null for a page, the not-found data (unwrapped by the router) otherwise.
  const loaded = useLoaderData<{ notFound: true } | null>();
  return loaded?.notFound ? <NotFound /> : <SitePage />;
}

function SitePage() {
  const { slug = '' } = useParams();
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const { data: page } = useSuspenseQuery(pageQueries.detail(slug));
  const path = paths.page.getHref(page.slug);
  return (
    <div className="container page">
      <Seo
        title={`${page.seo?.metaTitle || page.title} | ${settings.clinicName}`}
        description={page.seo?.metaDescription || page.summary}
        path={path}
      />
      <PageView page={page} contactDetails={page.showContactDetails ? <ContactDetails settings={settings} /> : undefined} />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
