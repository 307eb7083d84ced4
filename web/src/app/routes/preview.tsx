import { Link } from 'react-router';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';

/**
 * /preview without a valid link. A valid one never shows this route: the page renderer
 * answers it with the previewed page itself (src/server/preview.ts), here it answers 401.
 */
export default function PreviewUnavailableRoute() {
  return (
    <div className="container page">
      <Seo title="Preview unavailable" noIndex />
      <h1>This preview link cannot be opened</h1>
      <p>
        The link has expired or is not valid. Preview links work for a limited time (30 minutes at most) and only as the
        admin made them: open the preview again from the editor in the admin panel.
      </p>
      <p>
        <Link to={paths.home.getHref()}>Go to the home page</Link>
      </p>
    </div>
  );
}
