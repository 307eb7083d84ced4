import * as React from 'react';
import { Box, Button, Divider, EmptyStateLayout, LinkButton, Tabs } from '@strapi/design-system';
import { ArrowClockwise, User } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import {
  Layouts,
  Page,
  Pagination,
  useAPIErrorHandler,
  useNotification,
  useQueryParams,
} from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import {
  QUEUE_FILTERS,
  useGetPendingCountQuery,
  useGetQueueQuery,
  useSetStatusMutation,
  type ModerationStatus,
  type QueueFilter,
  type QueueParams,
} from '../api';
import { QueueTable } from '../components/queue-table';
import { STATUS_LABELS, doneMessage } from '../components/status-actions';
import { useModerationPermissions } from '../hooks/use-moderation-permissions';

const TAB_LABELS: Record<QueueFilter, string> = { ...STATUS_LABELS, all: 'All' };
const PAGE_SIZES = ['10', '20', '50', '100'];
const DEFAULT_PAGE_SIZE = 20;

interface UrlQuery {
  status?: string;
  page?: string;
  pageSize?: string;
}

/** The tab, page and page size live in the URL (so a reload or a shared link keeps them); anything odd there falls back to the defaults. */
function readParams(query: UrlQuery): QueueParams {
  const status = QUEUE_FILTERS.find((filter) => filter === query.status) ?? 'pending';
  const page = Number.parseInt(query.page ?? '', 10);
  const pageSize = Number.parseInt(query.pageSize ?? '', 10);
  return {
    status,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(String(pageSize)) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

export const QueuePage = () => {
  const [{ query }, setQuery] = useQueryParams<UrlQuery>();
  const params = readParams(query);

  const { canModerate, canPrivacy, canReadArticles, canReadComments } = useModerationPermissions();
  const { toggleNotification } = useNotification();
  const { _unstableFormatAPIError: formatAPIError } = useAPIErrorHandler();

  const { data, error, isError, isLoading, isFetching, refetch } = useGetQueueQuery(params);
  const { data: pendingCount } = useGetPendingCountQuery();
  const [setStatus, { isLoading: isSaving }] = useSetStatusMutation();

  React.useEffect(() => {
    if (error) {
      toggleNotification({ type: 'danger', message: formatAPIError(error) });
    }
  }, [error, formatAPIError, toggleNotification]);

  const onSetStatus = async (documentIds: string[], to: ModerationStatus) => {
    const result = await setStatus({ documentIds, status: to });
    if ('error' in result) {
      toggleNotification({ type: 'danger', message: formatAPIError(result.error) });
      return false;
    }
    toggleNotification({ type: 'success', message: doneMessage(result.data.updated, to) });
    return true;
  };

  const changeTab = (value: string) => setQuery({ status: value, page: '1' });

  // Acting on the last comments of the last page empties it: step back to the page that now is last.
  const pageCount = data?.meta.pagination.pageCount ?? 0;
  React.useEffect(() => {
    if (pageCount > 0 && params.page > pageCount) {
      setQuery({ page: String(pageCount) }, 'push', true);
    }
  }, [pageCount, params.page, setQuery]);

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
        <Tabs.Root variant="simple" value={params.status} onValueChange={changeTab}>
          <Box paddingBottom={6}>
            <Tabs.List aria-label="Comments by status">
              {QUEUE_FILTERS.map((filter) => (
                <Tabs.Trigger key={filter} value={filter}>
                  {filter === 'pending' && pendingCount !== undefined
                    ? `${TAB_LABELS.pending} (${pendingCount})`
                    : TAB_LABELS[filter]}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            <Divider />
          </Box>
          {QUEUE_FILTERS.map((filter) => (
            <Tabs.Content key={filter} value={filter}>
              {filter !== params.status ? null : isError ? (
                <EmptyStateLayout
                  content="The comments could not be loaded."
                  icon={<EmptyDocuments width="16rem" />}
                  action={
                    <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={() => refetch()}>
                      Try again
                    </Button>
                  }
                />
              ) : (
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
