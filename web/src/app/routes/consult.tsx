import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { RouteError } from '@/components/errors/route-error';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { ConsultRequest } from '@/features/consult-requests/components/consult-request';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';

const intro =
  'Tell us how to reach you and someone from the clinic will get in touch. You do not need to know which treatment you want, and you do not need to tell us anything about your health here.';

/**
 * Only the site settings: the form's token is fetched by the form in the browser, so the page
 * the renderer caches holds nothing of any one visitor.
 */
export const loader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(siteSettingsQueries.detail());
  return null;
};

export default function ConsultRoute() {
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  return (
    <div className="container page">
      <Seo
        title={`Request a consultation | ${settings.clinicName}`}
        description="Ask the clinic to contact you about a consultation, by phone or by email, at a time that suits you."
        path={paths.consult.getHref()}
      />
      <header className="page-header">
        <h1>Request a consultation</h1>
        <p className="lead">{intro}</p>
      </header>
      <ConsultRequest
        phone={settings.phone}
        crisisText={settings.medicalDisclaimer}
        confirmation={settings.consultConfirmation}
        privacyHref={paths.page.getHref('privacy-policy')}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
