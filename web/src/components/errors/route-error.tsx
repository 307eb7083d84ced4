import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';

function describe(error: unknown): { title: string; message: string } {
  if ((isRouteErrorResponse(error) || error instanceof ApiError) && error.status === 404) {
    return { title: 'Page not found', message: 'We could not find what you were looking for.' };
  }
  if (error instanceof ApiError && error.status === 0) {
    return {
      title: 'We could not reach the server',
      message: 'Please check your connection and try again.',
    };
  }
  return { title: 'Something went wrong', message: 'This page could not be loaded. Please try again.' };
}

/** The error view every route's ErrorBoundary renders; "Try again" re-runs the loaders. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const { title, message } = describe(error);
  const retrying = revalidator.state === 'loading';

  return (
    <div className="container page error-view" role="alert">
      <h1>{title}</h1>
      <p>{message}</p>
      <p className="error-view__actions">
        <button type="button" className="button" disabled={retrying} onClick={() => void revalidator.revalidate()}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
        <Link to={paths.home.getHref()}>Go to the home page</Link>
      </p>
    </div>
  );
}
