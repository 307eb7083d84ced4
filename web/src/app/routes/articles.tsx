import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { RouteError } from '@/components/errors/route-error';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { articleQueries } from '@/features/articles/api/articles';
import { ArticleCard } from '@/features/articles/components/article-card';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';

const articlesQuery = articleQueries.list({ pageSize: 50 });

export const clientLoader = (queryClient: QueryClient) => async () => {
  await Promise.all([
    queryClient.ensureQueryData(siteSettingsQueries.detail()),
    queryClient.ensureQueryData(articlesQuery),
  ]);
  return null;
};

export default function ArticlesRoute() {
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const { data: articles } = useSuspenseQuery(articlesQuery);
  return (
    <div className="container page">
      <Seo
        title={`Articles | ${settings.clinicName}`}
        description="Medically reviewed articles about ketamine treatment, other pain treatments and self-care."
        path={paths.articles.getHref()}
      />
      <header className="page-header">
        <h1>Articles</h1>
        <p className="lead">Medically reviewed articles about ketamine treatment, other pain treatments and self-care.</p>
      </header>
      {articles.length > 0 ? (
        <ul className="card-grid">
          {articles.map((article) => (
            <li key={article.documentId}>
              <ArticleCard article={article} headingLevel={2} />
            </li>
          ))}
        </ul>
      ) : (
        <p>There are no articles yet.</p>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
