import { Badge, Checkbox, Flex, IconButton, Link, Td, Tr, Typography } from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import { NavLink } from 'react-router-dom';
import { StatusBadge } from '#admin/components/status-badge';
import type { ModerationStatus, QueueItem } from '../api';
import { contentManagerPath } from '../constants';
import type { QueueColumns } from './queue-head';
import { STATUS_LABELS, STATUS_VARIANTS, actionsFor } from './status-actions';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The author's name, email (this page is behind the moderation permission) and website. */
const AuthorCell = ({ item }: { item: QueueItem }) => (
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
);

const ExcerptCell = ({ item }: { item: QueueItem }) => (
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
);

/** The article's title, a link to it in the Content Manager for those who may read it there. */
const ArticleCell = ({ item, canReadArticles }: { item: QueueItem; canReadArticles: boolean }) => (
  <Td>
    {item.article && canReadArticles ? (
      <Link tag={NavLink} to={contentManagerPath('api::article.article', item.article.documentId)}>
        {item.article.title}
      </Link>
    ) : (
      <Typography textColor="neutral800">{item.article?.title ?? '—'}</Typography>
    )}
  </Td>
);

interface RowActionsProps {
  item: QueueItem;
  canModerate: boolean;
  canReadComments: boolean;
  isSaving: boolean;
  onApply: (to: ModerationStatus) => void;
}

const RowActions = ({ item, canModerate, canReadComments, isSaving, onApply }: RowActionsProps) => (
  <Td>
    <Flex justifyContent="end" gap={1}>
      {canModerate
        ? actionsFor(item.moderationStatus).map((action) => (
            <IconButton
              key={action.label}
              label={action.describe(item.authorName)}
              variant="ghost"
              disabled={isSaving}
              onClick={() => onApply(action.to)}
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
);

export interface QueueRowProps extends RowActionsProps {
  columns: QueueColumns;
  canReadArticles: boolean;
  selected: boolean;
  onToggle: () => void;
}

/** One comment: its author, a plain-text excerpt, the article, the link count and the date. */
export const QueueRow = ({ item, columns, canReadArticles, selected, onToggle, ...actions }: QueueRowProps) => (
  <Tr>
    {columns.select ? (
      <Td>
        <Checkbox aria-label={`Select the comment by ${item.authorName}`} checked={selected} onCheckedChange={onToggle} />
      </Td>
    ) : null}
    <AuthorCell item={item} />
    <ExcerptCell item={item} />
    <ArticleCell item={item} canReadArticles={canReadArticles} />
    <Td>
      <Typography
        textColor={item.linkCount > 0 ? 'danger600' : 'neutral800'}
        fontWeight={item.linkCount > 0 ? 'bold' : undefined}
      >
        {item.linkCount}
      </Typography>
    </Td>
    {columns.status ? (
      <Td>
        <StatusBadge variant={STATUS_VARIANTS[item.moderationStatus]} label={STATUS_LABELS[item.moderationStatus]} />
      </Td>
    ) : null}
    <Td>
      <Typography textColor="neutral800">
        <time dateTime={item.createdAt}>{dateFormat.format(new Date(item.createdAt))}</time>
      </Typography>
    </Td>
    {columns.actions ? <RowActions item={item} {...actions} /> : null}
  </Tr>
);
