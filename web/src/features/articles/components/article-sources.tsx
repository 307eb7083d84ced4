import type { ArticleSource } from '@/features/articles/api/articles';
import { isExternalHref, safeHref } from '@/utils/url';

/** The references the article relies on, numbered. */
export function ArticleSources({ sources }: { sources: readonly ArticleSource[] }) {
  if (sources.length === 0) return null;
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.map((source) => {
          const href = safeHref(source.url);
          return (
            <li key={source.id}>
              {href ? (
                <a href={href} rel={isExternalHref(href) ? 'noopener noreferrer' : undefined}>
                  {source.title}
                </a>
              ) : (
                source.title
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
