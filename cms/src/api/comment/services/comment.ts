/**
 * The comment rules. Strapi loads every file directly in this folder as a
 * service; the pure parts (form token, submission checks, moderation) live in
 * ./lib and are imported from here.
 */
import { createHash } from 'node:crypto';
import { factories, type Core, type Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CommentsConfig } from '../../../../config/comments';
import { DatabaseUnavailableError } from '../../../database/unavailable';
import { checkToken, deriveKey, hashClientIp, issueToken, type TokenCheck } from './lib/form-token';
import { KeyedLock } from './lib/keyed-lock';
import { initialStatus, moderationSettings, type InitialStatus } from './lib/moderation';
import { notifyModerators } from './lib/moderator-email';
import type { Submission } from './lib/submission';

const COMMENT = 'api::comment.comment';
const ARTICLE = 'api::article.article';
const SITE_SETTING = 'api::site-setting.site-setting';

/** Replies nest this deep at most: a top-level comment is level 1. */
export const MAX_DEPTH = 3;
const USER_AGENT_LENGTH = 255;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The fields the public sees, besides documentId and the parent's documentId. */
export const PUBLIC_FIELDS = ['authorName', 'authorUrl', 'body', 'createdAt'] as const;
type CommentFilters = Modules.Documents.Params.Filters.Any<typeof COMMENT>;
const PUBLIC_POPULATE: Modules.Documents.Params.Populate.Any<typeof COMMENT> = { parent: { fields: ['documentId'] } };

const TOP_LEVEL: CommentFilters = { parent: { id: { $null: true } } };
/** No row on the other side of a (left-joined) relation. */
const NONE = { id: { $null: true } };

/**
 * What the public may see: approved comments on published articles whose
 * whole thread above them is approved too (a reply never shows under a
 * comment that is held, spam or trash). Three levels: see MAX_DEPTH.
 *
 * Each `$or` sits inside its relation so that Strapi joins each level once
 * (article, parent, grandparent): one join chain per branch would make this
 * an eleven-table query that PostgreSQL takes seconds to plan and compile.
 */
export const VISIBLE: CommentFilters = {
  moderationStatus: { $eq: 'approved' },
  article: { publishedAt: { $notNull: true } },
  parent: {
    $or: [NONE, { moderationStatus: { $eq: 'approved' }, parent: { $or: [NONE, { moderationStatus: { $eq: 'approved' } }] } }],
  },
};

const DEFAULT_SORT = ['createdAt:asc', 'id:asc'];

/** The query a client may shape, after Strapi's validateQuery and sanitizeQuery. */
export interface PublicQuery {
  filters?: Record<string, unknown>;
  sort?: unknown;
  pagination?: Record<string, unknown>;
}

export interface ClientInfo {
  ip: string;
  userAgent: string;
}

export interface StoredComment {
  documentId: string;
  authorName: string;
  authorUrl?: string | null;
  body: string;
  createdAt?: string | Date;
  parent?: { documentId: string } | null;
}

export interface SubmitResult {
  comment: StoredComment;
  /** What the visitor is told: a spam comment is "pending" like any held one. */
  publicStatus: 'approved' | 'pending';
  /** Work to do once the visitor has the answer (the moderators' email). */
  afterResponse: (() => Promise<void>) | null;
}

/** An identical comment (same article, parent, author and text) exists: answered with 409. */
export class DuplicateCommentError extends errors.ApplicationError<'ConflictError'> {
  constructor() {
    super('You have already posted this comment.', {
      errors: [{ path: ['body'], message: 'The same comment is already posted', name: 'ConflictError' }],
    });
    this.name = 'ConflictError';
  }
}

const TOKEN_MESSAGES: Record<Exclude<TokenCheck, { ok: true }>['problem'], string> = {
  invalid: 'The form is not valid. Reload the page and send the comment again.',
  expired: 'The form has expired. Reload the page and send the comment again.',
  'too-fast': 'The form was sent too quickly. Wait a few seconds and send it again.',
};

function tokenError(check: Exclude<TokenCheck, { ok: true }>) {
  const message = TOKEN_MESSAGES[check.problem];
  return new errors.ValidationError(message, {
    errors: [{ path: ['formToken'], message, name: 'ValidationError' }],
    reason: check.problem,
    ...(check.retryAfterSeconds ? { retryAfter: check.retryAfterSeconds } : {}),
  });
}

/** A 403 or 404 that names the field it is about, in the shape of a validation error. */
function fieldError(name: 'ForbiddenError' | 'NotFoundError', field: string, message: string) {
  const details = { errors: [{ path: [field], message, name }] };
  return name === 'NotFoundError' ? new errors.NotFoundError(message, details) : new errors.ForbiddenError(message, details);
}

/**
 * A validation error from the storage layer, without the submitted values
 * Strapi echoes in `details.errors[].value` (its relation check puts the
 * whole entity there, IP hash and email included).
 */
function withoutValues(error: errors.ValidationError) {
  const details = (error.details ?? {}) as { errors?: { path?: unknown; message?: unknown; name?: unknown }[] };
  return new errors.ValidationError(error.message, {
    errors: (details.errors ?? []).map(({ path, message, name }) => ({ path, message, name })),
  });
}

/** At most `max` UTF-16 units (what Strapi's validator counts), never splitting a character. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export default factories.createCoreService(COMMENT, ({ strapi }: { strapi: Core.Strapi }) => {
  const lock = new KeyedLock();
  const config = () => strapi.config.get<CommentsConfig>('comments');
  let keys: { formToken: Buffer; clientIp: Buffer } | undefined;
  const key = (purpose: 'formToken' | 'clientIp') => {
    keys ??= {
      formToken: deriveKey(config().secret, 'form-token'),
      clientIp: deriveKey(config().secret, 'client-ip'),
    };
    return keys[purpose];
  };

  /** The published article a comment goes on, open for comments; 404 or 403 otherwise. */
  async function openArticle(documentId: string, closeAfterDays: number) {
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

  async function assertCanReply(parentId: string, articleId: string) {
    const parent = await strapi.documents(COMMENT).findOne({
      documentId: parentId,
      fields: ['moderationStatus'],
      populate: {
        article: { fields: ['documentId'] },
        parent: { fields: ['documentId'], populate: { parent: { fields: ['documentId'] } } },
      },
    });
    // A comment that is not shown, does not exist or is on another article: the same answer.
    if (!parent || parent.moderationStatus !== 'approved' || parent.article?.documentId !== articleId) {
      throw fieldError('ForbiddenError', 'parent', 'You can only reply to a published comment on the same article.');
    }
    const grandparent = parent.parent as { parent?: unknown } | null | undefined;
    const depth = 1 + (grandparent ? 1 + (grandparent.parent ? 1 : 0) : 0);
    if (depth >= MAX_DEPTH) {
      throw fieldError('ForbiddenError', 'parent', `Replies can only be nested ${MAX_DEPTH} levels deep.`);
    }
  }

  async function assertNotDuplicate(input: Submission, articleId: string) {
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

  async function assertNotFlooding(input: Submission, clientIpHash: string, floodSeconds: number) {
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
      const retryAfter = Math.max(1, Math.ceil((new Date(latest.createdAt).getTime() + floodSeconds * 1000 - now) / 1000));
      throw new errors.RateLimitError('You are commenting too quickly. Wait a little and send the comment again.', {
        retryAfter,
      });
    }
  }

  async function decideStatus(input: Submission, client: ClientInfo): Promise<InitialStatus> {
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

  return {
    issueFormToken() {
      const issuedAt = Date.now();
      return {
        token: issueToken(key('formToken'), issuedAt),
        expiresAt: new Date(issuedAt + config().formTokenTtlSeconds * 1000).toISOString(),
      };
    },

    /** Approved comments only, whatever the query asks; the client's filters narrow them further. */
    async findVisible(this: Core.CoreAPI.Service.CollectionType, query: PublicQuery) {
      return this.find({
        filters: query.filters ? { $and: [query.filters, VISIBLE] } : VISIBLE,
        sort: query.sort ?? DEFAULT_SORT,
        pagination: query.pagination,
        fields: [...PUBLIC_FIELDS],
        populate: PUBLIC_POPULATE,
      }) as unknown as Promise<{ results: StoredComment[]; pagination: unknown }>;
    },

    async findOneVisible(documentId: string): Promise<StoredComment | null> {
      return strapi.documents(COMMENT).findFirst({
        filters: { $and: [{ documentId: { $eq: documentId } }, VISIBLE] },
        fields: [...PUBLIC_FIELDS],
        populate: PUBLIC_POPULATE,
      }) as Promise<StoredComment | null>;
    },

    /**
     * Applies every rule to a visitor's comment and stores it. Throws Strapi
     * errors: ValidationError (400), NotFoundError (404), ForbiddenError (403),
     * DuplicateCommentError (409), RateLimitError (429, details.retryAfter).
     */
    async submit(input: Submission, client: ClientInfo): Promise<SubmitResult> {
      const { minFillSeconds, floodSeconds, closeAfterDays, formTokenTtlSeconds } = config();

      const token = checkToken(input.formToken, key('formToken'), Date.now(), {
        ttlSeconds: formTokenTtlSeconds,
        minFillSeconds,
      });
      if (!token.ok) throw tokenError(token);

      const article = await openArticle(input.article, closeAfterDays);
      if (input.parent) {
        await assertCanReply(input.parent, article.documentId);
      }

      const clientIpHash = hashClientIp(key('clientIp'), client.ip);
      const userAgent = truncate(client.userAgent, USER_AGENT_LENGTH);
      const lockKeys = [
        `duplicate:${sha256(JSON.stringify([article.documentId, input.parent, input.authorName, input.authorEmail.toLowerCase(), input.body]))}`,
      ];
      if (floodSeconds > 0) {
        lockKeys.push(`ip:${clientIpHash}`, `email:${input.authorEmail.toLowerCase()}`);
      }

      return lock.run(lockKeys, async () => {
        await assertNotDuplicate(input, article.documentId);
        if (floodSeconds > 0) {
          await assertNotFlooding(input, clientIpHash, floodSeconds);
        }
        const moderationStatus = await decideStatus(input, client);

        const create = () =>
          strapi.documents(COMMENT).create({
            data: {
              article: article.documentId,
              parent: input.parent ?? undefined,
              authorName: input.authorName,
              authorEmail: input.authorEmail,
              authorUrl: input.authorUrl ?? undefined,
              body: input.body,
              moderationStatus,
              clientIpHash,
              userAgent,
            },
            fields: [...PUBLIC_FIELDS],
            populate: PUBLIC_POPULATE,
          }) as unknown as Promise<StoredComment>;

        let comment: StoredComment;
        try {
          comment = await create();
        } catch (error) {
          if (!(error instanceof errors.ValidationError)) throw error;
          // Every field was checked above, so this is Strapi's relation check, which
          // reports any failure (a lost database connection included) as "Invalid
          // relations". Check the article and parent again with queries that let
          // database errors through (a 503), then try once more.
          await openArticle(article.documentId, closeAfterDays);
          if (input.parent) await assertCanReply(input.parent, article.documentId);
          try {
            comment = await create();
          } catch (again) {
            throw again instanceof errors.ValidationError ? withoutValues(again) : again;
          }
        }

        // knex resolves a transaction's commit even when COMMIT fails (the failure goes to a
        // promise Strapi does not await), and Strapi skips the commit of a transaction that a
        // lost connection already rolled back: the create can "succeed" with nothing stored.
        // A 201 promises the comment is kept, so read it back from outside the transaction.
        const stored = await strapi.documents(COMMENT).findOne({ documentId: comment.documentId, fields: ['documentId'] });
        if (!stored) {
          throw new DatabaseUnavailableError(`Comment ${comment.documentId} was not committed`);
        }

        return {
          comment,
          publicStatus: moderationStatus === 'approved' ? 'approved' : 'pending',
          afterResponse:
            moderationStatus === 'pending'
              ? () =>
                  notifyModerators(
                    strapi,
                    { documentId: comment.documentId, authorName: input.authorName, body: input.body },
                    article.title ?? '',
                  )
              : null,
        };
      });
    },
  };
});
