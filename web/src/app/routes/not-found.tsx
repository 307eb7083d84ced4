import { Link } from 'react-router';
import { paths } from '@/config/paths';

export default function NotFoundRoute() {
  return (
    <div className="container page">
      <title>Page not found</title>
      <h1>Page not found</h1>
      <p>The page you asked for does not exist or has moved.</p>
      <p>
        <Link to={paths.home.getHref()}>Go to the home page</Link>
      </p>
    </div>
  );
}
