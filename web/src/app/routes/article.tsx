import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useParams, type LoaderFunctionArgs } from 'react-router';
import { BlocksRenderer } from '@/components/blocks/blocks-renderer';
import { RouteError } from '@/components/errors/route-error';
import { JsonLd } from '@/components/seo/json-ld';
import { Seo } from '@/components/seo/seo';
import { ResponsiveImage } from '@/components/ui/responsive-image';
import { paths } from '@/config/paths';
import { articleQueries, type ArticleDetail } from '@/features/articles/api/articles';
import { ArticleByline } from '@/features/articles/components/article-byline';
import { ArticleSources } from '@/features/articles/components/article-sources';
import { articleJsonLd } from '@/features/articles/utils/article-json-ld';
import { commentQueries } from '@/features/comments/api/comments';
import { CommentsSection } from '@/features/comments/components/comments-section';
import { FaqList } from '@/features/faq-entries/components/faq-list';
import { siteSettingsQueries } from '@/features/site-settings/api/site-settings';
import { MedicalDisclaimer } from '@/features/site-settings/components/medical-disclaimer';
import { TreatmentCard } from '@/features/treatment-options/components/treatment-card';
import { rethrowAsNotFound } from '@/lib/route-errors';
import { shareImage } from '@/utils/share-image';
import { absoluteUrl } from '@/utils/url';

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    // The comments can come later: start them now, beside the article, without waiting.
    void queryClient.prefetchQuery(commentQueries.list(params.slug ?? ''));
    // One request for the article and all it shows; the site settings come from the root loader's cache.
    await Promise.all([
      queryClient.ensureQueryData(siteSettingsQueries.detail()),
      queryClient.ensureQueryData(articleQueries.detail(params.slug ?? '')).catch(rethrowAsNotFound),
    ]);
    return null;
  };

/** The treatments and the questions the article links to, each section only when it has any. */
function ArticleRelated({ article }: { article: Pick<ArticleDetail, 'relatedTreatments' | 'relatedFaqs'> }) {
  return (
    <>
      {article.relatedTreatments.length > 0 ? (
        <section className="related" aria-labelledby="related-treatments-heading">
          <h2 id="related-treatments-heading">Related treatments</h2>
          <ul className="card-grid">
            {article.relatedTreatments.map((treatment) => (
              <li key={treatment.documentId}>
                <TreatmentCard treatment={treatment} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {article.relatedFaqs.length > 0 ? (
        <section className="related" aria-labelledby="related-faqs-heading">
          <h2 id="related-faqs-heading">Related questions</h2>
          <FaqList entries={article.relatedFaqs} />
        </section>
      ) : null}
    </>
  );
}

export default function ArticleRoute() {
  const { slug = '' } = useParams();
  const { data: settings } = useSuspenseQuery(siteSettingsQueries.detail());
  const { data: article } = useSuspenseQuery(articleQueries.detail(slug));
  const path = paths.article.getHref(article.slug);
  const description = article.seo?.metaDescription || article.excerpt;

  return (
    <div className="container page">
      <Seo
        title={article.seo?.metaTitle || article.title}
        description={description}
        path={path}
        type="article"
        image={shareImage(article.cover)}
      />
      <JsonLd
        data={articleJsonLd(article, { url: absoluteUrl(path), description, publisherName: settings.clinicName })}
      />
      <article className="article">
        <header className="page-header">
          <h1>{article.title}</h1>
          <p className="lead">{article.excerpt}</p>
          <ArticleByline article={article} />
        </header>
        {article.cover ? (
          // Often the largest thing on screen when the page opens: fetched at once, not lazily.
          <ResponsiveImage className="article__cover" image={article.cover} sizes="(min-width: 48rem) 48rem, 100vw" loading="eager" />
        ) : null}
        <div className="prose">
          <BlocksRenderer content={article.body} />
        </div>
        <ArticleSources sources={article.sources} />
        <MedicalDisclaimer settings={settings} />
      </article>

      <ArticleRelated article={article} />

      <CommentsSection
        articleDocumentId={article.documentId}
        articleSlug={article.slug}
        commentsOpen={article.commentsOpen}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
