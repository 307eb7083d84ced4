import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { NotFound } from '@/components/errors/not-found';
import { Seo } from '@/components/seo/seo';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';

function isNotFound(error: unknown): boolean {
  return (isRouteErrorResponse(error) || error instanceof ApiError) && error.status === 404;
}

function describe(error: unknown): { title: string; message: string } {
  if (error instanceof ApiError && error.status === 0) {
    return {
      title: 'We could not reach the server',
      message: 'Please check your connection and try again.',
    };
  }
  return { title: 'Something went wrong', message: 'This page could not be loaded. Please try again.' };
}

/**
 * The view every route's ErrorBoundary renders: the 404 page for content that does
 * not exist, otherwise an error with "Try again", which re-runs the route loaders.
 */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isNotFound(error)) return <NotFound />;

  const { title, message } = describe(error);
  const retrying = revalidator.state === 'loading';
  return (
    <div className="container page error-view" role="alert">
      <Seo title={title} noIndex />
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
