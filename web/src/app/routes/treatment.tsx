import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteError } from '@/components/errors/route-error';
import { JsonLd } from '@/components/seo/json-ld';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { treatmentOptionQueries } from '@/features/treatment-options/api/treatment-options';
import { TreatmentDetailView } from '@/features/treatment-options/components/treatment-detail-view';
import { treatmentJsonLd } from '@/features/treatment-options/utils/treatment-json-ld';
import { rethrowAsNotFound } from '@/lib/route-errors';
import { absoluteUrl } from '@/utils/url';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await Promise.all([
      queryClient.ensureQueryData(siteSettingsQueries.detail()),
      queryClient.ensureQueryData(treatmentOptionQueries.detail(params.slug ?? '')).catch(rethrowAsNotFound),
    ]);
    return null;
  };

export default function TreatmentRoute() {
  const { slug = '' } = useParams();
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const { data: treatment } = useSuspenseQuery(treatmentOptionQueries.detail(slug));
  const path = paths.treatment.getHref(treatment.slug);
  return (
    <div className="container page">
      <Seo title={`${treatment.name} | ${settings.clinicName}`} description={treatment.summary} path={path} />
      <JsonLd data={treatmentJsonLd(treatment, absoluteUrl(path))} />
      <TreatmentDetailView treatment={treatment} />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
