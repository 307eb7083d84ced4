import * as React from 'react';
import { Box, Button, Divider, EmptyStateLayout, Tabs } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Layouts, Page, Pagination, useAPIErrorHandler, useNotification, useQueryParams } from '@strapi/strapi/admin';
import { CONSULT_STATUSES, useGetConsultRequestsQuery, type ConsultListQuery } from '../api';
import { STATUS_LABELS } from '../components/labels';
import { RequestsTable } from '../components/requests-table';

const PAGE_SIZES = ['10', '20', '50', '100'];
const DEFAULT_PAGE_SIZE = 20;

interface UrlQuery {
  status?: string;
  page?: string;
  pageSize?: string;
}

/** The tab, page and page size live in the URL (a reload or the back button keeps them); anything odd there falls back to the defaults. */
function readParams(query: UrlQuery): ConsultListQuery {
  const status = CONSULT_STATUSES.find((value) => value === query.status) ?? 'new';
  const page = Number.parseInt(query.page ?? '', 10);
  const pageSize = Number.parseInt(query.pageSize ?? '', 10);
  return {
    status,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(String(pageSize)) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export const RequestsPage = () => {
  const [{ query }, setQuery] = useQueryParams<UrlQuery>();
  const params = readParams(query);

  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();
  // Several people work the front desk: coming back to the list always asks again.
  const { data, error, isError, isLoading, isFetching, refetch } = useGetConsultRequestsQuery(params, {
    refetchOnMountOrArgChange: true,
  });

  React.useEffect(() => {
    if (error) {
      toggleNotification({ type: 'danger', message: formatAPIError(error) });
    }
  }, [error, formatAPIError, toggleNotification]);

  const changeTab = (value: string) => setQuery({ status: value, page: '1' });

  // A request handled elsewhere can empty the last page: step back to the page that now is last.
  const pageCount = data?.meta.pagination.pageCount ?? 0;
  React.useEffect(() => {
    if (pageCount > 0 && params.page > pageCount) {
      setQuery({ page: String(pageCount) }, 'push', true);
    }
  }, [pageCount, params.page, setQuery]);

  const counts = data?.meta.counts;

  return (
    <Page.Main aria-busy={isFetching}>
      <Page.Title>Front desk</Page.Title>
      <Layouts.Header
        title="Consultation requests"
        subtitle="Visitors who asked to be contacted about a consultation, newest first. Open one to read it and mark it contacted or closed."
      />
      <Layouts.Content>
        <Tabs.Root variant="simple" value={params.status} onValueChange={changeTab}>
          <Box paddingBottom={6}>
            <Tabs.List aria-label="Consultation requests by status">
              {CONSULT_STATUSES.map((status) => (
                <Tabs.Trigger key={status} value={status}>
                  {counts ? `${STATUS_LABELS[status]} (${counts[status]})` : STATUS_LABELS[status]}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            <Divider />
          </Box>
          {CONSULT_STATUSES.map((status) => (
            <Tabs.Content key={status} value={status}>
              {status !== params.status ? null : isError ? (
                <EmptyStateLayout
                  content="The consultation requests could not be loaded."
                  icon={<EmptyDocuments width="16rem" />}
                  action={
                    <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => refetch()}>
                      Try again
                    </Button>
                  }
                />
              ) : (
                <Box role="region" aria-label={`${STATUS_LABELS[status]} requests`} aria-busy={isLoading}>
                  <RequestsTable status={status} items={data?.data ?? []} isLoading={isLoading} />
                </Box>
              )}
            </Tabs.Content>
          ))}
        </Tabs.Root>
        {data && data.meta.pagination.total > 0 ? (
          <Box paddingTop={4}>
            <Pagination.Root
              pageCount={data.meta.pagination.pageCount}
              total={data.meta.pagination.total}
              defaultPageSize={params.pageSize}
            >
              <Pagination.PageSize options={PAGE_SIZES} />
              <Pagination.Links />
            </Pagination.Root>
          </Box>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
};
