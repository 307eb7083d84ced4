/**
 * The rules a comment must pass before it is stored: the article is open, the
 * reply is allowed, it is not a duplicate, its author is not flooding. Each
 * check reads through the Document Service, so inside `strapi.db.transaction`
 * it runs in that transaction.
 */
import { COMMENT_MAX_DEPTH } from '@clinic/rules';
import type { Core } from '@strapi/strapi';
import type { ClientInfo } from '#src/public-forms/client';
import { secondsUntilFree } from '#src/public-forms/errors';
import { commentFloodError, DuplicateCommentError, fieldError } from './errors';
import { initialStatus, moderationSettings, type InitialStatus } from './moderation';
import type { Submission } from './submission';
import type { CommentFilters } from './visibility';

const COMMENT = 'api::comment.comment';
const ARTICLE = 'api::article.article';
const SITE_SETTING = 'api::site-setting.site-setting';

/** Replies nest this deep at most (@clinic/rules): a top-level comment is level 1. */
export const MAX_DEPTH = COMMENT_MAX_DEPTH;
const DAY_MS = 24 * 60 * 60 * 1000;
const TOP_LEVEL: CommentFilters = { parent: { id: { $null: true } } };

interface Ancestor {
  parent?: Ancestor | null;
}

/** Populates `levels` comments up a thread, documentIds only: enough to know a reply's level. */
function ancestors(levels: number): object {
  return levels > 0 ? { fields: ['documentId'], populate: { parent: ancestors(levels - 1) } } : { fields: ['documentId'] };
}

export type { ClientInfo } from '#src/public-forms/client';

/** The published article a comment goes on, open for comments; 404 or 403 otherwise. */
export async function openArticle(strapi: Core.Strapi, documentId: string, closeAfterDays: number) {
  // A draft is not found, as a missing article is: the same answer for both.
  const article = await strapi.documents(ARTICLE).findOne({
    documentId,
    status: 'published',
    fields: ['title', 'commentsOpen', 'publishedAt'],
  });
  if (!article) {
    throw fieldError('NotFoundError', 'article', 'There is no published article with this documentId.');
  }
  const age = article.publishedAt ? Date.now() - new Date(article.publishedAt).getTime() : 0;
  if (!article.commentsOpen || (closeAfterDays > 0 && age > closeAfterDays * DAY_MS)) {
    throw fieldError('ForbiddenError', 'article', 'Comments are closed on this article.');
  }
  return article;
}

export async function assertCanReply(strapi: Core.Strapi, parentId: string, articleId: string) {
  const parent = (await strapi.documents(COMMENT).findOne({
    documentId: parentId,
    fields: ['moderationStatus'],
    // Nested to a depth that depends on MAX_DEPTH, which the generated types cannot follow.
    populate: { article: { fields: ['documentId'] }, parent: ancestors(MAX_DEPTH - 2) } as never,
  })) as { moderationStatus?: string | null; article?: { documentId: string } | null; parent?: Ancestor | null } | null;
  // A comment that is not shown, does not exist or is on another article: the same answer.
  if (!parent || parent.moderationStatus !== 'approved' || parent.article?.documentId !== articleId) {
    throw fieldError('ForbiddenError', 'parent', 'You can only reply to a published comment on the same article.');
  }
  // The parent's level: 1, plus one for each comment above it.
  let depth = 1;
  for (let above = parent.parent; above; above = above.parent) depth += 1;
  if (depth >= MAX_DEPTH) {
    throw fieldError('ForbiddenError', 'parent', `Replies can only be nested ${MAX_DEPTH} levels deep.`);
  }
}

export async function assertNotDuplicate(strapi: Core.Strapi, input: Submission, articleId: string) {
  const duplicate = await strapi.documents(COMMENT).findFirst({
    filters: {
      article: { documentId: { $eq: articleId } },
      ...(input.parent ? { parent: { documentId: { $eq: input.parent } } } : TOP_LEVEL),
      authorName: { $eq: input.authorName },
      authorEmail: { $eqi: input.authorEmail },
      body: { $eq: input.body },
      // A trashed comment may be sent again, as in WordPress.
      moderationStatus: { $ne: 'trash' },
    },
    fields: ['id'],
  });
  if (duplicate) throw new DuplicateCommentError();
}

export async function assertNotFlooding(strapi: Core.Strapi, input: Submission, clientIpHash: string, floodSeconds: number) {
  const now = Date.now();
  const latest = await strapi.documents(COMMENT).findFirst({
    filters: {
      $or: [{ clientIpHash: { $eq: clientIpHash } }, { authorEmail: { $eqi: input.authorEmail } }],
      createdAt: { $gt: new Date(now - floodSeconds * 1000).toISOString() },
    },
    sort: 'createdAt:desc',
    fields: ['createdAt'],
  });
  if (latest?.createdAt) {
    throw commentFloodError(secondsUntilFree(latest.createdAt, floodSeconds, now));
  }
}

/** Held for a moderator, approved, or spam: the site settings' rules. */
export async function decideStatus(strapi: Core.Strapi, input: Submission, client: ClientInfo): Promise<InitialStatus> {
  const stored = await strapi.documents(SITE_SETTING).findFirst({
    fields: ['commentAutoApproveKnownAuthors', 'commentHoldLinkCount', 'commentModerationKeys', 'commentDisallowedKeys'],
  });
  return initialStatus(
    { ...input, userAgent: client.userAgent, ip: client.ip },
    {
      honeypotFilled: input.honeypotFilled,
      settings: moderationSettings(stored),
      isKnownAuthor: async () =>
        (await strapi.documents(COMMENT).count({
          filters: {
            authorName: { $eqi: input.authorName },
            authorEmail: { $eqi: input.authorEmail },
            moderationStatus: { $eq: 'approved' },
          },
        })) > 0,
    },
  );
}
