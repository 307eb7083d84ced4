import { DateTime } from '@/components/ui/date-time';
import type { ArticleDetail } from '@/features/articles/api/articles';
import { personLabel } from '@/features/articles/utils/person-label';

type ArticleBylineProps = { article: Pick<ArticleDetail, 'author' | 'medicalReviewer' | 'lastReviewedAt'> };

/** Who wrote the article, who medically reviewed it, and when. */
export function ArticleByline({ article }: ArticleBylineProps) {
  const { author, medicalReviewer, lastReviewedAt } = article;
  return (
    <ul className="byline">
      {author ? <li>Written by {personLabel(author)}</li> : null}
      {medicalReviewer ? <li>Medically reviewed by {personLabel(medicalReviewer)}</li> : null}
      {lastReviewedAt ? (
        <li>
          Last reviewed <DateTime value={lastReviewedAt} />
        </li>
      ) : null}
    </ul>
  );
}
