import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { RouteError } from '@/components/errors/route-error';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(siteSettingsQueries.detail());
  return null;
};

export default function HomeRoute() {
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  return (
    <div className="container page">
      <title>{settings.clinicName}</title>
      <h1>{settings.clinicName}</h1>
      {settings.openingHours || settings.address ? (
        <dl className="contact-details">
          {settings.openingHours ? (
            <>
              <dt>Opening hours</dt>
              <dd>{settings.openingHours}</dd>
            </>
          ) : null}
          {settings.address ? (
            <>
              <dt>Address</dt>
              <dd>{settings.address}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
