import * as React from 'react';
import {
  Badge,
  Box,
  Button,
  Checkbox,
  EmptyStateLayout,
  Flex,
  IconButton,
  Link,
  Loader,
  Status,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Tr,
  Typography,
  VisuallyHidden,
} from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import { EmptyDocuments } from '@strapi/icons/symbols';
import { NavLink } from 'react-router-dom';
import type { ModerationStatus, QueueFilter, QueueItem } from '../api';
import { contentManagerPath } from '../constants';
import { STATUS_LABELS, STATUS_VARIANTS, actionsFor } from './status-actions';

const EMPTY: Record<QueueFilter, string> = {
  pending: 'No comment is waiting for moderation.',
  approved: 'No approved comments.',
  spam: 'No comments marked as spam.',
  trash: 'The trash is empty.',
  all: 'No comments yet.',
};

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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
 * One page of the queue: a row per comment with its author (email included:
 * this page is behind the moderation permission), a plain-text excerpt, the
 * article, the link count and the date; a checkbox per row for bulk actions
 * and buttons per row. Text from visitors is rendered as text only.
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
  const [selected, setSelected] = React.useState<string[]>([]);
  const regionRef = React.useRef<HTMLDivElement>(null);

  // Selection is kept by documentId; rows that left the page (after an action) drop out of it.
  const onPage = new Set(items.map((item) => item.documentId));
  const selection = selected.filter((documentId) => onPage.has(documentId));
  const allSelected = items.length > 0 && selection.length === items.length;

  const toggle = (documentId: string) =>
    setSelected((previous) =>
      previous.includes(documentId) ? previous.filter((id) => id !== documentId) : [...previous, documentId],
    );
  const toggleAll = () => setSelected(allSelected ? [] : items.map((item) => item.documentId));

  const apply = async (documentIds: string[], to: ModerationStatus) => {
    if (await onSetStatus(documentIds, to)) {
      setSelected((previous) => previous.filter((id) => !documentIds.includes(id)));
      // The row (and the button just pressed) leaves this tab: keep keyboard focus on the list.
      regionRef.current?.focus();
    }
  };

  const showStatus = filter === 'all';
  const showActions = canModerate || canReadComments;
  const colCount = 5 + Number(canModerate) + Number(showStatus) + Number(showActions);

  return (
    <Box ref={regionRef} tabIndex={-1} role="region" aria-label="Comments" aria-busy={isLoading}>
      {canModerate && selection.length > 0 ? (
        <Flex gap={2} paddingBottom={4} wrap="wrap" role="group" aria-label="Bulk actions">
          <Typography variant="omega" textColor="neutral600">
            {selection.length === 1 ? 'One comment selected' : `${selection.length} comments selected`}
          </Typography>
          {actionsFor(filter).map((action) => (
            <Button
              key={action.label}
              variant={action.variant}
              size="S"
              startIcon={action.icon}
              disabled={isSaving}
              onClick={() => apply(selection, action.to)}
            >
              {action.label}
            </Button>
          ))}
        </Flex>
      ) : null}

      <Table colCount={colCount} rowCount={items.length + 1}>
        <Thead>
          <Tr>
            {canModerate ? (
              <Th>
                <Checkbox
                  aria-label="Select all comments on this page"
                  disabled={items.length === 0}
                  checked={allSelected ? true : selection.length > 0 ? 'indeterminate' : false}
                  onCheckedChange={toggleAll}
                />
              </Th>
            ) : null}
            <Th>
              <Typography variant="sigma">Author</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">Comment</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">Article</Typography>
            </Th>
            <Th>
              <Typography variant="sigma">Links</Typography>
            </Th>
            {showStatus ? (
              <Th>
                <Typography variant="sigma">Status</Typography>
              </Th>
            ) : null}
            <Th>
              <Typography variant="sigma">Submitted</Typography>
            </Th>
            {showActions ? (
              <Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Th>
            ) : null}
          </Tr>
        </Thead>
        <Tbody>
          {isLoading ? (
            <Tr>
              <Td colSpan={colCount}>
                <Flex justifyContent="center" padding={11}>
                  <Loader>Loading comments</Loader>
                </Flex>
              </Td>
            </Tr>
          ) : items.length === 0 ? (
            <Tr>
              <Td colSpan={colCount}>
                <EmptyStateLayout content={EMPTY[filter]} icon={<EmptyDocuments width="16rem" />} />
              </Td>
            </Tr>
          ) : (
            items.map((item) => (
              <Tr key={item.documentId}>
                {canModerate ? (
                  <Td>
                    <Checkbox
                      aria-label={`Select the comment by ${item.authorName}`}
                      checked={selection.includes(item.documentId)}
                      onCheckedChange={() => toggle(item.documentId)}
                    />
                  </Td>
                ) : null}
                <Td>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Typography fontWeight="bold" textColor="neutral800">
                      {item.authorName}
                    </Typography>
                    <Typography variant="pi" textColor="neutral600">
                      {item.authorEmail}
                    </Typography>
                    {item.authorUrl ? (
                      <Typography variant="pi" textColor="neutral500">
                        {item.authorUrl}
                      </Typography>
                    ) : null}
                  </Flex>
                </Td>
                <Td style={{ whiteSpace: 'normal', maxWidth: '40rem' }}>
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    {item.parent ? (
                      <Badge size="S" variant="secondary">
                        Reply
                      </Badge>
                    ) : null}
                    <Typography textColor="neutral800">{item.excerpt}</Typography>
                  </Flex>
                </Td>
                <Td>
                  {item.article && canReadArticles ? (
                    <Link tag={NavLink} to={contentManagerPath('api::article.article', item.article.documentId)}>
                      {item.article.title}
                    </Link>
                  ) : (
                    <Typography textColor="neutral800">{item.article?.title ?? '—'}</Typography>
                  )}
                </Td>
                <Td>
                  <Typography
                    textColor={item.linkCount > 0 ? 'danger600' : 'neutral800'}
                    fontWeight={item.linkCount > 0 ? 'bold' : undefined}
                  >
                    {item.linkCount}
                  </Typography>
                </Td>
                {showStatus ? (
                  <Td>
                    <Status variant={STATUS_VARIANTS[item.moderationStatus]} size="S">
                      <Typography tag="span" variant="omega" fontWeight="bold">
                        {STATUS_LABELS[item.moderationStatus]}
                      </Typography>
                    </Status>
                  </Td>
                ) : null}
                <Td>
                  <Typography textColor="neutral800">
                    <time dateTime={item.createdAt}>{dateFormat.format(new Date(item.createdAt))}</time>
                  </Typography>
                </Td>
                {showActions ? (
                  <Td>
                    <Flex justifyContent="end" gap={1}>
                      {canModerate
                        ? actionsFor(item.moderationStatus).map((action) => (
                            <IconButton
                              key={action.label}
                              label={action.describe(item.authorName)}
                              variant="ghost"
                              disabled={isSaving}
                              onClick={() => apply([item.documentId], action.to)}
                            >
                              {action.icon}
                            </IconButton>
                          ))
                        : null}
                      {canReadComments ? (
                        <IconButton
                          tag={NavLink}
                          to={contentManagerPath('api::comment.comment', item.documentId)}
                          label={`Open the comment by ${item.authorName} in the Content Manager`}
                          variant="ghost"
                        >
                          <Eye />
                        </IconButton>
                      ) : null}
                    </Flex>
                  </Td>
                ) : null}
              </Tr>
            ))
          )}
        </Tbody>
      </Table>
    </Box>
  );
};
