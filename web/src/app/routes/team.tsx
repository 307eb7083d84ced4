import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { RouteError } from '@/components/errors/route-error';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { clinicianQueries } from '@/features/clinicians/api/clinicians';
import { ClinicianCard } from '@/features/clinicians/components/clinician-card';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';

const intro = 'The people who care for you at the clinic, and who write and medically review the articles on this site.';

export const loader = (queryClient: QueryClient) => async () => {
  await Promise.all([queryClient.ensureQueryData(siteSettingsQueries.detail()), queryClient.ensureQueryData(clinicianQueries.list())]);
  return null;
};

export default function TeamRoute() {
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const { data: clinicians } = useSuspenseQuery(clinicianQueries.list());
  return (
    <div className="container page">
      <Seo title={`Our team | ${settings.clinicName}`} description={intro} path={paths.team.getHref()} />
      <header className="page-header">
        <h1>Our team</h1>
        <p className="lead">{intro}</p>
      </header>
      {clinicians.length > 0 ? (
        <ul className="card-grid">
          {clinicians.map((clinician) => (
            <li key={clinician.documentId}>
              <ClinicianCard clinician={clinician} />
            </li>
          ))}
        </ul>
      ) : (
        <p>The team will be introduced here soon.</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
