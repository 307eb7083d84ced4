/** What the public may see of comments, and the shape it sees them in. */
import { COMMENT_MAX_DEPTH } from '@clinic/rules';
import type { Modules } from '@strapi/strapi';

type Comment = 'api::comment.comment';

export type CommentFilters = Modules.Documents.Params.Filters.Any<Comment>;

/** The fields the public sees, besides documentId and the parent's documentId. */
export const PUBLIC_FIELDS = ['authorName', 'authorUrl', 'body', 'createdAt'] as const;
export const PUBLIC_POPULATE: Modules.Documents.Params.Populate.Any<Comment> = { parent: { fields: ['documentId'] } };
export const DEFAULT_SORT = ['createdAt:asc', 'id:asc'];

/** No row on the other side of a (left-joined) relation. */
const NONE = { id: { $null: true } };

/** Every comment up to `levels` levels above is approved (or there is none). */
function approvedAbove(levels: number): CommentFilters {
  const approved = { moderationStatus: { $eq: 'approved' } };
  return { $or: [NONE, levels > 1 ? { ...approved, parent: approvedAbove(levels - 1) } : approved] } as CommentFilters;
}

/**
 * What the public may see: approved comments on published articles whose
 * whole thread above them is approved too (a reply never shows under a
 * comment that is held, spam or trash), as deep as replies nest (MAX_DEPTH).
 *
 * Each `$or` sits inside its relation so that Strapi joins each level once
 * (article, parent, grandparent): one join chain per branch would make this
 * an eleven-table query that PostgreSQL takes seconds to plan and compile.
 */
export const VISIBLE: CommentFilters = {
  moderationStatus: { $eq: 'approved' },
  article: { publishedAt: { $notNull: true } },
  parent: approvedAbove(COMMENT_MAX_DEPTH - 1),
};

/** The query a client may shape, after Strapi's validateQuery and sanitizeQuery. */
export interface PublicQuery {
  filters?: Record<string, unknown>;
  sort?: unknown;
  pagination?: Record<string, unknown>;
}

export interface StoredComment {
  documentId: string;
  authorName: string;
  authorUrl?: string | null;
  body: string;
  createdAt?: string | Date;
  parent?: { documentId: string } | null;
}
