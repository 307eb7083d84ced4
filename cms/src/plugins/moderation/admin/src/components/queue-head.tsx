import { Checkbox, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import type { QueueFilter } from '../api';

/** The columns that show only to some users or on some tabs. */
export interface QueueColumns {
  /** A checkbox per row, for those who may moderate. */
  select: boolean;
  /** The status, on the All tab (every other tab holds one status). */
  status: boolean;
  /** The row's buttons: moderation, and opening the comment in the Content Manager. */
  actions: boolean;
}

export const queueColumns = (filter: QueueFilter, canModerate: boolean, canReadComments: boolean): QueueColumns => ({
  select: canModerate,
  status: filter === 'all',
  actions: canModerate || canReadComments,
});

export const columnCount = (columns: QueueColumns) =>
  5 + Number(columns.select) + Number(columns.status) + Number(columns.actions);

const Heading = ({ children }: { children: string }) => (
  <Th>
    <Typography variant="sigma">{children}</Typography>
  </Th>
);

export interface QueueHeadProps {
  columns: QueueColumns;
  /** Whether the page has rows, every one of them ticked, or some. */
  hasRows: boolean;
  checked: boolean | 'indeterminate';
  onToggleAll: () => void;
}

/** The header row, with the box that ticks every comment on the page. */
export const QueueHead = ({ columns, hasRows, checked, onToggleAll }: QueueHeadProps) => (
  <Thead>
    <Tr>
      {columns.select ? (
        <Th>
          <Checkbox
            aria-label="Select all comments on this page"
            disabled={!hasRows}
            checked={checked}
            onCheckedChange={onToggleAll}
          />
        </Th>
      ) : null}
      <Heading>Author</Heading>
      <Heading>Comment</Heading>
      <Heading>Article</Heading>
      <Heading>Links</Heading>
      {columns.status ? <Heading>Status</Heading> : null}
      <Heading>Submitted</Heading>
      {columns.actions ? (
        <Th>
          <VisuallyHidden>Actions</VisuallyHidden>
        </Th>
      ) : null}
    </Tr>
  </Thead>
);
