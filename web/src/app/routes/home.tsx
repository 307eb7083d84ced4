import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { RouteError } from '@/components/errors/route-error';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { articleQueries } from '@/features/articles/api/articles';
import { ArticleCard } from '@/features/articles/components/article-card';
import { faqEntryQueries } from '@/features/faq-entries/api/faq-entries';
import { FaqList } from '@/features/faq-entries/components/faq-list';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { ContactActions } from '@/features/site-settings/components/contact-actions';
import { treatmentOptionQueries } from '@/features/treatment-options/api/treatment-options';
import { TreatmentGroups } from '@/features/treatment-options/components/treatment-groups';

const leadArticleQuery = articleQueries.list({ pageSize: 1 });
const treatmentsQuery = treatmentOptionQueries.list();
const faqPreviewQuery = faqEntryQueries.list({ pageSize: 3 });

export const loader = (queryClient: QueryClient) => async () => {
  await Promise.all([
    queryClient.ensureQueryData(siteSettingsQueries.detail()),
    queryClient.ensureQueryData(leadArticleQuery),
    queryClient.ensureQueryData(treatmentsQuery),
    queryClient.ensureQueryData(faqPreviewQuery),
  ]);
  return null;
};

export default function HomeRoute() {
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const {
    data: { articles },
  } = useSuspenseQuery(leadArticleQuery);
  const { data: treatments } = useSuspenseQuery(treatmentsQuery);
  const { data: faqEntries } = useSuspenseQuery(faqPreviewQuery);
  const lead = articles[0];

  return (
    <div className="container page home">
      <Seo title={settings.clinicName} description={lead?.excerpt} path={paths.home.getHref()} />
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{settings.clinicName}</h1>
        {lead ? <p className="lead">{lead.excerpt}</p> : null}
      </section>

      {lead ? (
        <section className="home-section" aria-labelledby="lead-article-heading">
          <h2 id="lead-article-heading">Start here</h2>
          <ArticleCard article={lead} headingLevel={3} showExcerpt={false} />
        </section>
      ) : null}

      {treatments.length > 0 ? (
        <section className="home-section" aria-labelledby="treatments-heading">
          <h2 id="treatments-heading">Treatment options</h2>
          <TreatmentGroups treatments={treatments} headingLevel={3} />
          <p>
            <Link to={paths.treatments.getHref()}>Compare all treatment options</Link>
          </p>
        </section>
      ) : null}

      {faqEntries.length > 0 ? (
        <section className="home-section" aria-labelledby="faq-heading">
          <h2 id="faq-heading">Common questions</h2>
          <FaqList entries={faqEntries} />
          <p>
            <Link to={paths.faq.getHref()}>See all questions and answers</Link>
          </p>
        </section>
      ) : null}

      <section className="cta" aria-labelledby="cta-heading">
        <h2 id="cta-heading">Talk with the clinic</h2>
        <p>Ask whether ketamine treatment suits you, what it costs and what your insurance may cover.</p>
        {settings.openingHours ? <p className="cta__hours">{settings.openingHours}</p> : null}
        <p className="cta__actions">
          <ContactActions settings={settings} phoneClassName="cta__phone" />
        </p>
      </section>
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
