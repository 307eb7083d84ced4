import { Link } from 'react-router';
import { DateTime } from '@/components/ui/date-time';
import { paths } from '@/config/paths';
import type { ArticleSummary } from '@/features/articles/api/articles';

type ArticleCardProps = {
  article: ArticleSummary;
  headingLevel: 2 | 3;
  /** Off where the page already shows the excerpt (the home page's hero). */
  showExcerpt?: boolean;
};

export function ArticleCard({ article, headingLevel, showExcerpt = true }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card card--article">
      <Heading className="card__title">
        <Link to={paths.article.getHref(article.slug)}>{article.title}</Link>
      </Heading>
      {showExcerpt ? <p>{article.excerpt}</p> : null}
      {article.lastReviewedAt ? (
        <p className="card__meta">
          Medically reviewed · Last reviewed <DateTime value={article.lastReviewedAt} />
        </p>
      ) : null}
    </article>
  );
}
