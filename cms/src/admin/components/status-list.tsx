/**
 * A list with a tab per status (the moderation queue, the front desk's requests): the tabs,
 * the message when the list could not be loaded, the table body's loading and empty states,
 * and the pagination. Kept in the admin app's own folder (src/admin) because both local
 * plugins use it and neither may import the other's files.
 */
import type { ReactNode } from 'react';
import { Box, Button, Divider, EmptyStateLayout, Flex, Loader, Tabs, Tbody, Td, Tr } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { Pagination } from '@strapi/strapi/admin';
import { PAGE_SIZES, type StatusListParams } from '../hooks/use-status-list';

interface StatusTabsProps<S extends string> {
  statuses: readonly S[];
  value: S;
  onValueChange: (value: string) => void;
  /** The tab list's accessible name. */
  label: string;
  tabLabel: (status: S) => string;
  /** The open tab's panel; the others stay empty. */
  children: (status: S) => ReactNode;
}

const StatusTabs = <S extends string>({ statuses, value, onValueChange, label, tabLabel, children }: StatusTabsProps<S>) => (
  <Tabs.Root variant="simple" value={value} onValueChange={onValueChange}>
    <Box paddingBottom={6}>
      <Tabs.List aria-label={label}>
        {statuses.map((status) => (
          <Tabs.Trigger key={status} value={status}>
            {tabLabel(status)}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <Divider />
    </Box>
    {statuses.map((status) => (
      <Tabs.Content key={status} value={status}>
        {status !== value ? null : children(status)}
      </Tabs.Content>
    ))}
  </Tabs.Root>
);

/** Said in place of the list when it could not be loaded, with a button that asks again. */
const LoadFailed = ({ content, onRetry }: { content: string; onRetry: () => void }) => (
  <EmptyStateLayout
    content={content}
    icon={<EmptyDocuments width="16rem" />}
    action={
      <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={onRetry}>
        Try again
      </Button>
    }
  />
);

export interface ListTableBodyProps {
  colCount: number;
  isLoading: boolean;
  /** The loader's text, for screen readers. */
  loading: string;
  isEmpty: boolean;
  /** What an empty list says. */
  empty: string;
  /** The rows, shown once the list has loaded and has any. */
  children: ReactNode;
}

export const ListTableBody = ({ colCount, isLoading, loading, isEmpty, empty, children }: ListTableBodyProps) => (
  <Tbody>
    {isLoading ? (
      <Tr>
        <Td colSpan={colCount}>
          <Flex justifyContent="center" padding={11}>
            <Loader>{loading}</Loader>
          </Flex>
        </Td>
      </Tr>
    ) : isEmpty ? (
      <Tr>
        <Td colSpan={colCount}>
          <EmptyStateLayout content={empty} icon={<EmptyDocuments width="16rem" />} />
        </Td>
      </Tr>
    ) : (
      children
    )}
  </Tbody>
);

interface ListPaginationProps {
  /** The list's pagination, once loaded. */
  pagination: { pageCount: number; total: number } | undefined;
  pageSize: number;
}

/** The page size and page links, under a list that has anything in it. */
const ListPagination = ({ pagination, pageSize }: ListPaginationProps) =>
  pagination && pagination.total > 0 ? (
    <Box paddingTop={4}>
      <Pagination.Root pageCount={pagination.pageCount} total={pagination.total} defaultPageSize={pageSize}>
        <Pagination.PageSize options={PAGE_SIZES} />
        <Pagination.Links />
      </Pagination.Root>
    </Box>
  ) : null;

export interface StatusListProps<S extends string> extends Omit<StatusTabsProps<S>, 'value' | 'onValueChange'> {
  params: StatusListParams<S>;
  onTabChange: (value: string) => void;
  /** Whether the list could not be loaded, what the open tab then says, and how to ask again. */
  isError: boolean;
  failed: string;
  onRetry: () => void;
  pagination: ListPaginationProps['pagination'];
}

/** The tabs with the open one's list (or why it is missing), and the pages under them. */
export const StatusList = <S extends string>(props: StatusListProps<S>) => {
  const { params, onTabChange, isError, failed, onRetry, pagination, children, ...tabs } = props;
  return (
    <>
      <StatusTabs {...tabs} value={params.status} onValueChange={onTabChange}>
        {(status) => (isError ? <LoadFailed content={failed} onRetry={onRetry} /> : children(status))}
      </StatusTabs>
      <ListPagination pagination={pagination} pageSize={params.pageSize} />
    </>
  );
};
