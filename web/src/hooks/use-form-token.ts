import { useQuery, useQueryClient } from '@tanstack/react-query';
import { formTokenMessage, formTokenProblem, type FormTokenQueryOptions } from '@/lib/form-token';

/**
 * A public form's token, as the form needs it: fetched in the browser when the form is shown
 * (never by the page renderer), kept fresh while it stays open, and read when the form is sent.
 */
export function useFormToken(options: FormTokenQueryOptions) {
  const queryClient = useQueryClient();
  // Subscribes the form to the token: the first fetch, and the refresh before it runs out.
  useQuery(options);
  /** Drops the token the CMS refused (expired, invalid) or that was just used, and fetches the next. */
  const renew = () => queryClient.invalidateQueries({ queryKey: options.queryKey });
  return {
    /** The token to send: the one held, unless it is stale or missing (then a new one). Throws an ApiError when it cannot be had. */
    current: async () => (await queryClient.fetchQuery(options)).token,
    /**
     * What to tell the visitor when the CMS refused the send over the token, or null when the
     * error is about anything else. A token that is not merely too young is renewed first.
     */
    refusalMessage: (error: unknown): string | null => {
      const problem = formTokenProblem(error);
      if (!problem) return null;
      if (problem.reason !== 'too-fast') void renew();
      return formTokenMessage(problem);
    },
  };
}
