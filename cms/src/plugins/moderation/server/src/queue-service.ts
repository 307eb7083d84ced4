import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type {
  ArticleRef,
  ModerationStatus,
  QueueFilter,
  QueueItem,
  QueueListResponse,
  SetStatusResponse,
} from '../../shared/contracts';
import { countLinks, plainExcerpt } from './comment-text';
import type { ListQuery, SetStatusInput } from './validation';

export const COMMENT = 'api::comment.comment' as const;

const QUEUE_FIELDS = ['body', 'authorName', 'authorEmail', 'authorUrl', 'moderationStatus', 'createdAt'] as const;

/** The relations every view of a comment shows: its article and the comment it answers. */
export const COMMENT_RELATIONS = {
  article: { fields: ['title', 'slug'] },
  parent: { fields: ['documentId'] },
} satisfies Modules.Documents.Params.Populate.Any<typeof COMMENT>;

type StatusFilter = ModerationStatus | { $ne: ModerationStatus };
type Order = 'asc' | 'desc';

interface Segment {
  moderationStatus: StatusFilter;
  order: Order;
}

/**
 * How a tab is ordered. Pending comments come oldest first: the queue is
 * worked through in the order visitors wrote, so nobody waits behind a stream
 * of newer comments and a page of pending comments is the next batch to
 * decide. Decided comments (approved, spam, trash) come newest first: a
 * moderator looks there for what was just decided, to undo a mistake. "All"
 * is the pending queue followed by everything else, newest first.
 */
function segmentsOf(filter: QueueFilter): Segment[] {
  if (filter === 'all') {
    return [
      { moderationStatus: 'pending', order: 'asc' },
      { moderationStatus: { $ne: 'pending' }, order: 'desc' },
    ];
  }
  return [{ moderationStatus: filter, order: filter === 'pending' ? 'asc' : 'desc' }];
}

export interface RelatedDocument {
  documentId: string;
  title?: string | null;
  slug?: string | null;
}

export function articleRef(article: RelatedDocument | null | undefined): ArticleRef | null {
  if (!article) return null;
  return { documentId: article.documentId, title: article.title ?? '', slug: article.slug ?? '' };
}

interface StoredComment {
  documentId: string;
  body?: string | null;
  authorName?: string | null;
  authorEmail?: string | null;
  authorUrl?: string | null;
  moderationStatus?: string | null;
  createdAt?: string | Date | null;
  article?: RelatedDocument | null;
  parent?: RelatedDocument | null;
}

function toQueueItem(comment: StoredComment): QueueItem {
  const body = comment.body ?? '';
  return {
    documentId: comment.documentId,
    article: articleRef(comment.article),
    authorName: comment.authorName ?? '',
    authorEmail: comment.authorEmail ?? '',
    authorUrl: comment.authorUrl ?? null,
    createdAt: new Date(comment.createdAt ?? 0).toISOString(),
    moderationStatus: (comment.moderationStatus ?? 'pending') as ModerationStatus,
    excerpt: plainExcerpt(body),
    linkCount: countLinks(body),
    parent: comment.parent?.documentId ?? null,
  };
}

/** One page of a tab: a window over its segments laid end to end, with the tab's total. */
async function listQueue(strapi: Core.Strapi, { status, page, pageSize }: ListQuery): Promise<QueueListResponse> {
  const comments = strapi.documents(COMMENT);
  const segments = segmentsOf(status);
  const counts = await Promise.all(
    segments.map((segment) => comments.count({ filters: { moderationStatus: segment.moderationStatus } })),
  );
  const total = counts.reduce((sum, count) => sum + count, 0);

  // The page is a window over the segments laid end to end.
  const rows: StoredComment[] = [];
  let skip = (page - 1) * pageSize;
  for (const [index, segment] of segments.entries()) {
    const wanted = pageSize - rows.length;
    if (wanted === 0) break;
    if (skip >= counts[index]) {
      skip -= counts[index];
      continue;
    }
    const found = await comments.findMany({
      filters: { moderationStatus: segment.moderationStatus },
      // The row id (insertion order) breaks ties between comments written in the same
      // millisecond, so pages never overlap; it is only a sort key and never leaves the server.
      sort: [{ createdAt: segment.order }, { id: segment.order }],
      start: skip,
      limit: wanted,
      fields: [...QUEUE_FIELDS],
      populate: COMMENT_RELATIONS,
    });
    rows.push(...(found as StoredComment[]));
    skip = 0;
  }

  return {
    data: rows.map(toQueueItem),
    meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
  };
}

/**
 * Sets the status of every listed comment, or of none: unknown documentIds
 * are refused before anything changes, and the updates share a transaction.
 * Restoring from spam or trash is setting `pending` again.
 */
async function setQueueStatus(strapi: Core.Strapi, { documentIds, status }: SetStatusInput): Promise<SetStatusResponse['data']> {
  const comments = strapi.documents(COMMENT);
  const existing = await comments.findMany({
    filters: { documentId: { $in: documentIds } },
    fields: ['moderationStatus'],
    limit: documentIds.length,
  });
  const known = new Set(existing.map((comment) => comment.documentId));
  const unknown = documentIds
    .map((documentId, index) => ({ documentId, index }))
    .filter(({ documentId }) => !known.has(documentId));
  if (unknown.length > 0) {
    throw new errors.ValidationError(`No comment has the documentId ${unknown.map((u) => u.documentId).join(', ')}`, {
      errors: unknown.map(({ index }) => ({
        path: ['documentIds', String(index)],
        message: 'No comment has this documentId',
        name: 'ValidationError',
      })),
    });
  }

  await strapi.db.transaction(async () => {
    for (const documentId of documentIds) {
      await comments.update({ documentId, data: { moderationStatus: status } });
    }
  });
  return { status, documentIds, updated: documentIds.length };
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  list: (query: ListQuery): Promise<QueueListResponse> => listQueue(strapi, query),

  async countPending(): Promise<number> {
    return strapi.documents(COMMENT).count({ filters: { moderationStatus: 'pending' } });
  },

  setStatus: (input: SetStatusInput): Promise<SetStatusResponse['data']> => setQueueStatus(strapi, input),
});
