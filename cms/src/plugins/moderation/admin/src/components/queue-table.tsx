import * as React from 'react';
import { Box, Table } from '@strapi/design-system';
import { ListTableBody } from '#admin/components/status-list';
import type { ModerationStatus, QueueFilter, QueueItem } from '../api';
import { useSelection } from '../hooks/use-selection';
import { BulkActions } from './bulk-actions';
import { QueueHead, columnCount, queueColumns } from './queue-head';
import { QueueRow } from './queue-row';

const EMPTY: Record<QueueFilter, string> = {
  pending: 'No comment is waiting for moderation.',
  approved: 'No approved comments.',
  spam: 'No comments marked as spam.',
  trash: 'The trash is empty.',
  all: 'No comments yet.',
};

export interface QueueTableProps {
  filter: QueueFilter;
  items: QueueItem[];
  isLoading: boolean;
  canModerate: boolean;
  canReadArticles: boolean;
  canReadComments: boolean;
  /** Applies a status; resolves true when it was saved (the caller reports errors). */
  onSetStatus: (documentIds: string[], to: ModerationStatus) => Promise<boolean>;
  isSaving: boolean;
}

/**
 * One page of the queue: a row per comment, a checkbox per row for bulk actions and buttons
 * per row. Text from visitors is rendered as text only.
 */
export const QueueTable = ({
  filter,
  items,
  isLoading,
  canModerate,
  canReadArticles,
  canReadComments,
  onSetStatus,
  isSaving,
}: QueueTableProps) => {
  const regionRef = React.useRef<HTMLDivElement>(null);
  const { selection, allSelected, toggle, toggleAll, drop } = useSelection(items.map((item) => item.documentId));

  const apply = async (documentIds: string[], to: ModerationStatus) => {
    if (await onSetStatus(documentIds, to)) {
      drop(documentIds);
      // The row (and the button just pressed) leaves this tab: keep keyboard focus on the list.
      regionRef.current?.focus();
    }
  };

  const columns = queueColumns(filter, canModerate, canReadComments);
  const colCount = columnCount(columns);
  const rowProps = { columns, canModerate, canReadArticles, canReadComments, isSaving };

  return (
    <Box ref={regionRef} tabIndex={-1} role="region" aria-label="Comments" aria-busy={isLoading}>
      {canModerate && selection.length > 0 ? (
        <BulkActions filter={filter} count={selection.length} isSaving={isSaving} onApply={(to) => apply(selection, to)} />
      ) : null}
      <Table colCount={colCount} rowCount={items.length + 1}>
        <QueueHead
          columns={columns}
          hasRows={items.length > 0}
          checked={allSelected ? true : selection.length > 0 ? 'indeterminate' : false}
          onToggleAll={toggleAll}
        />
        <ListTableBody
          colCount={colCount}
          isLoading={isLoading}
          loading="Loading comments"
          isEmpty={items.length === 0}
          empty={EMPTY[filter]}
        >
          {items.map((item) => (
            <QueueRow
              key={item.documentId}
              item={item}
              {...rowProps}
              selected={selection.includes(item.documentId)}
              onToggle={() => toggle(item.documentId)}
              onApply={(to) => apply([item.documentId], to)}
            />
          ))}
        </ListTableBody>
      </Table>
    </Box>
  );
};
