import { Link } from 'react-router';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';

/** The 404 page: for unknown URLs and for slugs the CMS does not know. */
export function NotFound() {
  return (
    <div className="container page">
      <Seo title="Page not found" noIndex />
      <h1>Page not found</h1>
      <p>The page you asked for does not exist or has moved.</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home.getHref()}>Go to the home page</Link>
        </li>
        <li>
          <Link to={paths.treatments.getHref()}>See the treatment options</Link>
        </li>
        <li>
          <Link to={paths.faq.getHref()}>Read the frequently asked questions</Link>
        </li>
      </ul>
    </div>
  );
}
