import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { FooterPage } from '@/features/pages/api/pages';

/** The footer's links to the pages marked "show in footer", in their order: items of the footer's link list. */
export function FooterPageLinks({ pages }: { pages: FooterPage[] }) {
  return (
    <>
      {pages.map((page) => (
        <li key={page.documentId}>
          <Link to={paths.page.getHref(page.slug)}>{page.title}</Link>
        </li>
      ))}
    </>
  );
}
