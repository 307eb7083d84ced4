/**
 * The state of a list page with a tab per status (the moderation queue, the front desk's
 * requests): the tab, page and page size live in the URL, so a reload, the back button or a
 * shared link keeps them. Kept in the admin app's own folder (src/admin) because both local
 * plugins use it and neither may import the other's files.
 */
import * as React from 'react';
import { useQueryParams } from '@strapi/strapi/admin';

export const PAGE_SIZES = ['10', '20', '50', '100'];
const DEFAULT_PAGE_SIZE = 20;

interface UrlQuery {
  status?: string;
  page?: string;
  pageSize?: string;
}

export interface StatusListParams<S extends string> {
  status: S;
  page: number;
  pageSize: number;
}

/** Anything odd in the URL falls back to the defaults: the first page of `fallback`, 20 a page. */
function readParams<S extends string>(query: UrlQuery, statuses: readonly S[], fallback: S): StatusListParams<S> {
  const status = statuses.find((value) => value === query.status) ?? fallback;
  const page = Number.parseInt(query.page ?? '', 10);
  const pageSize = Number.parseInt(query.pageSize ?? '', 10);
  return {
    status,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(String(pageSize)) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The list's tab, page and page size, and the change of tab (which starts at its first page). */
export function useStatusListParams<S extends string>(statuses: readonly S[], fallback: S) {
  const [{ query }, setQuery] = useQueryParams<UrlQuery>();
  const params = readParams(query, statuses, fallback);
  const changeTab = (value: string) => setQuery({ status: value, page: '1' });
  return { params, changeTab };
}

/**
 * A page past the last one (emptied by an action here or by a colleague elsewhere) steps back
 * to the page that now is last.
 */
export function useStayOnLastPage(page: number, pageCount: number) {
  const [, setQuery] = useQueryParams<UrlQuery>();
  React.useEffect(() => {
    if (pageCount > 0 && page > pageCount) {
      setQuery({ page: String(pageCount) }, 'push', true);
    }
  }, [pageCount, page, setQuery]);
}
