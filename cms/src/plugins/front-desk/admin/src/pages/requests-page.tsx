import { Box } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { StatusList } from '#admin/components/status-list';
import { useNotifyLoadError } from '#admin/hooks/use-notify';
import { useStatusListParams, useStayOnLastPage } from '#admin/hooks/use-status-list';
import { CONSULT_STATUSES, useGetConsultRequestsQuery, type ConsultStatus } from '../api';
import { STATUS_LABELS } from '../components/labels';
import { RequestsTable } from '../components/requests-table';

/** The requests: a tab per status with its count, a page of requests, the pages. */
export const RequestsPage = () => {
  const { params, changeTab } = useStatusListParams(CONSULT_STATUSES, 'new');
  // Several people work the front desk: coming back to the list always asks again.
  const { data, error, isError, isLoading, isFetching, refetch } = useGetConsultRequestsQuery(params, {
    refetchOnMountOrArgChange: true,
  });

  useNotifyLoadError(error);
  // A request handled elsewhere can empty the last page.
  useStayOnLastPage(params.page, data?.meta.pagination.pageCount ?? 0);

  const counts = data?.meta.counts;
  const tabLabel = (status: ConsultStatus) =>
    counts ? `${STATUS_LABELS[status]} (${counts[status]})` : STATUS_LABELS[status];

  return (
    <Page.Main aria-busy={isFetching}>
      <Page.Title>Front desk</Page.Title>
      <Layouts.Header
        title="Consultation requests"
        subtitle="Visitors who asked to be contacted about a consultation, newest first. Open one to read it and mark it contacted or closed."
      />
      <Layouts.Content>
        <StatusList
          statuses={CONSULT_STATUSES}
          params={params}
          onTabChange={changeTab}
          label="Consultation requests by status"
          tabLabel={tabLabel}
          isError={isError}
          failed="The consultation requests could not be loaded."
          onRetry={() => refetch()}
          pagination={data?.meta.pagination}
        >
          {(status) => (
            <Box role="region" aria-label={`${STATUS_LABELS[status]} requests`} aria-busy={isLoading}>
              <RequestsTable status={status} items={data?.data ?? []} isLoading={isLoading} />
            </Box>
          )}
        </StatusList>
      </Layouts.Content>
    </Page.Main>
  );
};
