import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router';
import { RouteError } from '@/components/errors/route-error';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { articleQueries } from '@/features/articles/api/articles';
import { ArticleCard } from '@/features/articles/components/article-card';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { notFound } from '@/lib/route-errors';

const PAGE_SIZE = 12;

/** The page number in `?page=`: 1 when absent, null when it is not a whole number from 1. */
function pageOf(search: URLSearchParams): number | null {
  const raw = search.get('page');
  if (raw === null) return 1;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

const articlesQuery = (page: number) => articleQueries.list({ page, pageSize: PAGE_SIZE });

export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    // A page number that is not a page is a 404, as an unknown article is.
    const page = pageOf(new URL(request.url).searchParams) ?? notFound();
    const [, list] = await Promise.all([
      queryClient.ensureQueryData(siteSettingsQueries.detail()),
      queryClient.ensureQueryData(articlesQuery(page)),
    ]);
    if (page > 1 && page > list.pagination.pageCount) notFound();
    return null;
  };

export default function ArticlesRoute() {
  const [search] = useSearchParams();
  const page = pageOf(search) ?? 1;
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const {
    data: { articles, pagination },
  } = useSuspenseQuery(articlesQuery(page));
  const pageLabel = pagination.pageCount > 1 ? ` (page ${page} of ${pagination.pageCount})` : '';
  return (
    <div className="container page">
      <Seo
        title={`Articles${pageLabel} | ${settings.clinicName}`}
        description="Medically reviewed articles about ketamine treatment, other pain treatments and self-care."
        path={paths.articles.getHref(page)}
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
      {pagination.pageCount > 1 ? (
        <nav className="pagination" aria-label="Article pages">
          {page > 1 ? (
            <Link to={paths.articles.getHref(page - 1)} rel="prev">
              Newer articles
            </Link>
          ) : null}
          <span className="pagination__status">
            Page {page} of {pagination.pageCount}
          </span>
          {page < pagination.pageCount ? (
            <Link to={paths.articles.getHref(page + 1)} rel="next">
              Older articles
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
