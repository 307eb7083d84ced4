import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { RouteError } from '@/components/errors/route-error';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { treatmentOptionQueries } from '@/features/treatment-options/api/treatment-options';
import { TreatmentGroups } from '@/features/treatment-options/components/treatment-groups';

const treatmentsQuery = treatmentOptionQueries.list();
const intro =
  'Every treatment option the clinic describes: how it is given, what it is approved for, its common side effects and what insurance may cover.';

export const loader = (queryClient: QueryClient) => async () => {
  await Promise.all([
    queryClient.ensureQueryData(siteSettingsQueries.detail()),
    queryClient.ensureQueryData(treatmentsQuery),
  ]);
  return null;
};

export default function TreatmentsRoute() {
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const { data: treatments } = useSuspenseQuery(treatmentsQuery);
  return (
    <div className="container page">
      <Seo title={`Treatment options | ${settings.clinicName}`} description={intro} path={paths.treatments.getHref()} />
      <header className="page-header">
        <h1>Treatment options</h1>
        <p className="lead">{intro}</p>
      </header>
      {treatments.length > 0 ? (
        <TreatmentGroups treatments={treatments} headingLevel={2} showFacts />
      ) : (
        <p>There are no treatment options to show yet.</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
