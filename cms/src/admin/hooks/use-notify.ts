/**
 * The notifications the plugins' admin pages show for the CMS's answers: a failed load, a
 * failed save with the API's reason, a saved change. Kept in the admin app's own folder
 * (src/admin) because both local plugins use them and neither may import the other's files.
 */
import * as React from 'react';
import { useAPIErrorHandler, useNotification } from '@strapi/strapi/admin';

type APIError = Parameters<ReturnType<typeof useAPIErrorHandler>['_unstableFormatAPIError']>[0];

/** What an RTK Query mutation resolves to: the saved data, or the error. */
export type MutationResult<T> = { data: T } | { error: APIError };

/** Shows an API error in the admin's own words. */
export function useNotifyError() {
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  return React.useCallback(
    (error: APIError) => toggleNotification({ type: 'danger', message: formatAPIError(error) }),
    [formatAPIError, toggleNotification],
  );
}

/** Shows a query's error once each time it fails. */
export function useNotifyLoadError(error: APIError | undefined) {
  const notifyError = useNotifyError();
  React.useEffect(() => {
    if (error) {
      notifyError(error);
    }
  }, [error, notifyError]);
}

/**
 * Reports a save: the API's error, or the success message made from the saved data. Resolves
 * true when it was saved, so the caller can move on.
 */
export function useNotifySaved() {
  const { toggleNotification } = useNotification();
  const notifyError = useNotifyError();
  return <T>(result: MutationResult<T>, done: (data: T) => string): boolean => {
    if ('error' in result) {
      notifyError(result.error);
      return false;
    }
    toggleNotification({ type: 'success', message: done(result.data) });
    return true;
  };
}
