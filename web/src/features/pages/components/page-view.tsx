import type { ReactNode } from 'react';
import { BlocksRenderer } from '@/components/blocks/blocks-renderer';
import type { PageDetail } from '@/features/pages/api/pages';

type PageViewProps = {
  page: PageDetail;
  /** The clinic's contact details, for a page that shows them (from the site settings, never copied into the page). */
  contactDetails?: ReactNode;
};

/** One of the site's own pages: its title and summary, the contact details if it shows them, then its text. */
export function PageView({ page, contactDetails }: PageViewProps) {
  return (
    <article className="site-page">
      <header className="page-header">
        <h1>{page.title}</h1>
        <p className="lead">{page.summary}</p>
      </header>
      {contactDetails ? (
        <section className="site-page__contact" aria-labelledby="page-contact-heading">
          <h2 id="page-contact-heading">Contact details</h2>
          {contactDetails}
        </section>
      ) : null}
      <div className="prose">
        <BlocksRenderer content={page.body} />
      </div>
    </article>
  );
}
