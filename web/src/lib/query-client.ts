import { QueryCache, QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';

const MAX_RETRIES = 2;

type QueryClientOptions = {
  /** Overrides of the query defaults (tests turn retries off). */
  queries?: DefaultOptions['queries'];
  /**
   * The one place a failed background refetch lands: the query still has data on
   * screen, so no error boundary runs. A toast or an error reporter plugs in here.
   */
  onBackgroundError?: (error: Error) => void;
};

export function createQueryClient({ queries, onBackgroundError }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data !== undefined) onBackgroundError?.(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) => {
          if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
          return failureCount < MAX_RETRIES;
        },
        ...queries,
      },
    },
  });
}
