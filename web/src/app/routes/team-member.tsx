import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { RouteError } from '@/components/errors/route-error';
import { JsonLd } from '@/components/seo/json-ld';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { ArticleCard } from '@/features/articles/components/article-card';
import { clinicianQueries, type ClinicianArticle } from '@/features/clinicians/api/clinicians';
import { ClinicianPhoto } from '@/features/clinicians/components/clinician-photo';
import { clinicianJsonLd } from '@/features/clinicians/utils/clinician-json-ld';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { rethrowAsNotFound } from '@/lib/route-errors';
import { absoluteUrl } from '@/utils/url';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await Promise.all([
      queryClient.ensureQueryData(siteSettingsQueries.detail()),
      queryClient.ensureQueryData(clinicianQueries.detail(params.slug ?? '')).catch(rethrowAsNotFound),
    ]);
    return null;
  };

function ArticleList({ id, heading, articles }: { id: string; heading: string; articles: ClinicianArticle[] }) {
  if (articles.length === 0) return null;
  return (
    <section className="related" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="card-grid">
        {articles.map((article) => (
          <li key={article.documentId}>
            <ArticleCard article={{ ...article, author: null }} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function TeamMemberRoute() {
  const { slug = '' } = useParams();
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const { data: clinician } = useSuspenseQuery(clinicianQueries.detail(slug));
  const path = paths.teamMember.getHref(clinician.slug);
  const title = clinician.credentials ? `${clinician.name}, ${clinician.credentials}` : clinician.name;
  return (
    <div className="container page">
      <Seo title={`${title} | ${settings.clinicName}`} description={clinician.shortBio} path={path} type="profile" />
      <JsonLd data={clinicianJsonLd(clinician, { url: absoluteUrl(path), clinicName: settings.clinicName })} />
      <article className="clinician">
        <header className="page-header clinician__header">
          <ClinicianPhoto photo={clinician.photo} name={clinician.name} width={240} loading="eager" />
          <div>
            <h1>{clinician.name}</h1>
            {clinician.credentials ? <p className="lead">{clinician.credentials}</p> : null}
            {clinician.role ? <p>{clinician.role}</p> : null}
          </div>
        </header>
        {clinician.shortBio ? <p className="prose">{clinician.shortBio}</p> : null}
        {clinician.specialties.length > 0 ? (
          <section aria-labelledby="specialties-heading">
            <h2 id="specialties-heading">Specialties</h2>
            <ul>
              {clinician.specialties.map((specialty) => (
                <li key={specialty.id}>{specialty.name}</li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      <ArticleList id="written-heading" heading={`Articles by ${clinician.name}`} articles={clinician.articlesWritten} />
      <ArticleList id="reviewed-heading" heading={`Articles medically reviewed by ${clinician.name}`} articles={clinician.articlesReviewed} />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
