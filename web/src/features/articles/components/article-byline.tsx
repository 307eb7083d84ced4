import { Link } from 'react-router';
import { DateTime } from '@/components/ui/date-time';
import { paths } from '@/config/paths';
import type { ArticleDetail, ArticlePerson } from '@/features/articles/api/articles';
import { personLabel } from '@/features/articles/utils/person-label';

/** The person's name and credentials, linking to their page on the team when they have one. */
function Person({ person }: { person: ArticlePerson }) {
  return person.slug ? <Link to={paths.teamMember.getHref(person.slug)}>{personLabel(person)}</Link> : <>{personLabel(person)}</>;
}

type ArticleBylineProps = { article: Pick<ArticleDetail, 'author' | 'medicalReviewer' | 'lastReviewedAt'> };

/** Who wrote the article, who medically reviewed it, and when. */
export function ArticleByline({ article }: ArticleBylineProps) {
  const { author, medicalReviewer, lastReviewedAt } = article;
  return (
    <ul className="byline">
      {author ? (
        <li>
          Written by <Person person={author} />
        </li>
      ) : null}
      {medicalReviewer ? (
        <li>
          Medically reviewed by <Person person={medicalReviewer} />
        </li>
      ) : null}
      {lastReviewedAt ? (
        <li>
          Last reviewed <DateTime value={lastReviewedAt} />
        </li>
      ) : null}
    </ul>
  );
}
