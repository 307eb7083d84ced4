import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { RouteError } from '@/components/errors/route-error';
import { JsonLd } from '@/components/seo/json-ld';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { faqEntryQueries } from '@/features/faq-entries/api/faq-entries';
import { FaqTopics } from '@/features/faq-entries/components/faq-topics';
import { faqJsonLd } from '@/features/faq-entries/utils/faq-json-ld';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { absoluteUrl } from '@/utils/url';

const faqQuery = faqEntryQueries.list({ pageSize: 100 });
const intro = 'Answers to the questions people ask most about ketamine treatment, its side effects and its cost.';

export const loader = (queryClient: QueryClient) => async () => {
  await Promise.all([queryClient.ensureQueryData(siteSettingsQueries.detail()), queryClient.ensureQueryData(faqQuery)]);
  return null;
};

export default function FaqRoute() {
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const { data: entries } = useSuspenseQuery(faqQuery);
  const path = paths.faq.getHref();
  return (
    <div className="container page">
      <Seo title={`Frequently asked questions | ${settings.clinicName}`} description={intro} path={path} />
      {entries.length > 0 ? <JsonLd data={faqJsonLd(entries, absoluteUrl(path))} /> : null}
      <header className="page-header">
        <h1>Frequently asked questions</h1>
        <p className="lead">{intro}</p>
      </header>
      {entries.length > 0 ? <FaqTopics entries={entries} /> : <p>There are no questions to show yet.</p>}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
