import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';
import type { IsoDate } from '@/types/api';

/**
 * The signed token the CMS hands out for each of its public forms (`GET /api/<type>/form-token`)
 * and wants back with the form: it proves the form was loaded from the site, and when.
 */
export type FormToken = { token: string; expiresAt: IsoDate };

/** A token is valid for at least 30 minutes: an open form fetches a fresh one well before that. */
const REFRESH_MS = 15 * 60 * 1000;

/**
 * The query of a form's token, for a feature's query factory. It is only ever read by the form
 * itself (`useFormToken`), never by a loader: the page renderer does not fetch it, so no token is
 * written into a rendered (and cached) page.
 */
export function formTokenQueryOptions(queryKey: QueryKey, queryFn: (context: { signal: AbortSignal }) => Promise<FormToken>) {
  return queryOptions({
    queryKey,
    queryFn,
    staleTime: REFRESH_MS,
    refetchInterval: REFRESH_MS,
  });
}

export type FormTokenQueryOptions = ReturnType<typeof formTokenQueryOptions>;

/** Why the CMS refused a form's token (`details.reason` of its 400 on `formToken`). */
export type FormTokenProblem = {
  /** `too-fast`: sent sooner after the token was issued than a person fills a form in; send the same token again later. */
  reason: 'too-fast' | 'expired' | 'invalid';
  /** For `too-fast`: how many seconds to wait. */
  retryAfter: number | null;
};

type Details = { reason?: unknown; retryAfter?: unknown; errors?: unknown };

/** The token problem a failed send is about, or null when the error is about anything else. */
export function formTokenProblem(error: unknown): FormTokenProblem | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const details = (error.details ?? {}) as Details;
  const errors = Array.isArray(details.errors) ? (details.errors as { path?: unknown }[]) : [];
  const aboutToken = errors.some((item) => Array.isArray(item.path) && item.path[item.path.length - 1] === 'formToken');
  if (!aboutToken) return null;
  const reason = details.reason === 'too-fast' || details.reason === 'expired' ? details.reason : 'invalid';
  const retryAfter = typeof details.retryAfter === 'number' && details.retryAfter > 0 ? Math.ceil(details.retryAfter) : null;
  return { reason, retryAfter };
}

/** "30 seconds", "1 minute", "5 minutes": a wait as a person reads it, rounded up. */
export function formatWait(seconds: number): string {
  if (seconds <= 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** What the visitor is told about a token problem. The form has already fetched a new token for `expired` and `invalid`. */
export function formTokenMessage(problem: FormTokenProblem): string {
  switch (problem.reason) {
    case 'too-fast':
      return `That was sent a moment too soon. Please wait ${formatWait(problem.retryAfter ?? 3)} and send it again.`;
    case 'expired':
      return 'The form had been open for a long time and has been renewed. Please send it again.';
    case 'invalid':
      return 'The form could not be checked and has been renewed. Please send it again.';
  }
}
