import { LinkButton } from '@strapi/design-system';
import { User } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { StatusList } from '#admin/components/status-list';
import { useNotifyLoadError } from '#admin/hooks/use-notify';
import { useStatusListParams, useStayOnLastPage } from '#admin/hooks/use-status-list';
import { QUEUE_FILTERS, useGetPendingCountQuery, useGetQueueQuery, type QueueFilter } from '../api';
import { QueueTable } from '../components/queue-table';
import { STATUS_LABELS } from '../components/status-actions';
import { useModerationPermissions } from '../hooks/use-moderation-permissions';
import { useSetStatus } from '../hooks/use-set-status';

const TAB_LABELS: Record<QueueFilter, string> = { ...STATUS_LABELS, all: 'All' };

/** The queue: a tab per status (pending first, with its count), a page of comments, the pages. */
export const QueuePage = () => {
  const { params, changeTab } = useStatusListParams(QUEUE_FILTERS, 'pending');
  const { canModerate, canPrivacy, canReadArticles, canReadComments } = useModerationPermissions();
  const { data, error, isError, isLoading, isFetching, refetch } = useGetQueueQuery(params);
  const { data: pendingCount } = useGetPendingCountQuery();
  const { onSetStatus, isSaving } = useSetStatus();

  useNotifyLoadError(error);
  // Acting on the last comments of the last page empties it.
  useStayOnLastPage(params.page, data?.meta.pagination.pageCount ?? 0);

  const tabLabel = (filter: QueueFilter) =>
    filter === 'pending' && pendingCount !== undefined ? `${TAB_LABELS.pending} (${pendingCount})` : TAB_LABELS[filter];

  return (
    <Page.Main aria-busy={isFetching}>
      <Page.Title>Comment moderation</Page.Title>
      <Layouts.Header
        title="Comments"
        subtitle="Visitors' comments wait here until a moderator approves them. Pending comments are listed oldest first."
        primaryAction={
          canPrivacy ? (
            <LinkButton tag={NavLink} to="personal-data" variant="tertiary" startIcon={<User />}>
              Personal data
            </LinkButton>
          ) : undefined
        }
      />
      <Layouts.Content>
        <StatusList
          statuses={QUEUE_FILTERS}
          params={params}
          onTabChange={changeTab}
          label="Comments by status"
          tabLabel={tabLabel}
          isError={isError}
          failed="The comments could not be loaded."
          onRetry={() => refetch()}
          pagination={data?.meta.pagination}
        >
          {(filter) => (
            <QueueTable
              // A new tab or page starts with nothing selected.
              key={`${params.status}:${params.page}:${params.pageSize}`}
              filter={filter}
              items={data?.data ?? []}
              isLoading={isLoading}
              canModerate={canModerate}
              canReadArticles={canReadArticles}
              canReadComments={canReadComments}
              onSetStatus={onSetStatus}
              isSaving={isSaving}
            />
          )}
        </StatusList>
      </Layouts.Content>
    </Page.Main>
  );
};
