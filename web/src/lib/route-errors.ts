import { data } from 'react-router';
import { ApiError } from '@/lib/api-client';

/** For a loader: the page does not exist, and the router shows the 404 page. */
export function notFound(): never {
  // react-router's documented way to answer 404 from a loader is to throw `data()`, not an Error.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  throw data(null, { status: 404 });
}

/**
 * For a loader's `.catch`: content the CMS does not have becomes the router's 404; any other
 * failure goes to the route's boundary as is.
 */
export function rethrowAsNotFound(error: unknown): never {
  if (error instanceof ApiError && error.status === 404) notFound();
  throw error;
}

/**
 * For a loader's `.catch` on a route that answers every address of its shape (`/:slug`):
 * content the CMS does not have becomes the route's own "not found" data, with a 404, so the
 * route renders the 404 page itself, as the catch-all route does (and the page renderer
 * renders it like that one). Any other failure goes to the route's boundary as is.
 */
export function answerNotFound(error: unknown): NotFoundData {
  if (error instanceof ApiError && error.status === 404) return notFoundData();
  throw error;
}

export type NotFoundData = ReturnType<typeof notFoundData>;

export function notFoundData() {
  return data({ notFound: true } as const, { status: 404 });
}
