/**
 * Posting a comment: the form token, the checks, and the insert, with the
 * duplicate and flood checks and the insert in one locked transaction (see
 * comment-lock.ts), then the read-back that makes a 201 a promise.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CommentsConfig } from '#config/comments';
import type { ClientInfo } from '#src/public-forms/client';
import { storedUserAgent } from '#src/public-forms/client';
import { assertCommitted } from '#src/public-forms/committed';
import { tokenError, withoutValues } from '#src/public-forms/errors';
import { checkToken, hashClientIp } from '#src/public-forms/form-token';
import { createSubmissionLock } from '#src/public-forms/submission-lock';
import { assertCanReply, assertNotDuplicate, assertNotFlooding, decideStatus, openArticle } from './checks';
import type { InitialStatus } from './moderation';
import { notifyModerators } from './moderator-email';
import type { Submission } from './submission';
import { PUBLIC_FIELDS, PUBLIC_POPULATE, type StoredComment } from './visibility';

const COMMENT = 'api::comment.comment';
export interface SubmitResult {
  comment: StoredComment;
  /** What the visitor is told: a spam comment is "pending" like any held one. */
  publicStatus: 'approved' | 'pending';
  /** Work to do once the visitor has the answer (the moderators' email). */
  afterResponse: (() => Promise<void>) | null;
}

export interface SubmitKeys {
  formToken: Buffer;
  clientIp: Buffer;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** What the submission's checks and insert lock: the same comment, and (with a flood limit) the same IP or email. */
function lockKeys(input: Submission, articleId: string, clientIpHash: string, floodSeconds: number): string[] {
  const email = input.authorEmail.toLowerCase();
  const keys = [`duplicate:${sha256(JSON.stringify([articleId, input.parent, input.authorName, email, input.body]))}`];
  return floodSeconds > 0 ? [...keys, `ip:${clientIpHash}`, `email:${email}`] : keys;
}

/** What posting a comment works with: the CMS, the form-token and IP keys, the lock. */
interface SubmitContext {
  strapi: Core.Strapi;
  keys: () => SubmitKeys;
  withCommentLock: ReturnType<typeof createSubmissionLock>;
}

const config = (strapi: Core.Strapi) => strapi.config.get<CommentsConfig>('comments');

function checkFormToken({ strapi, keys }: SubmitContext, formToken: string) {
  const { minFillSeconds, formTokenTtlSeconds } = config(strapi);
  const token = checkToken(formToken, keys().formToken, Date.now(), { ttlSeconds: formTokenTtlSeconds, minFillSeconds });
  if (!token.ok) throw tokenError(token, 'comment');
}

/** The article is open and the reply allowed: 404 or 403 otherwise. */
async function checkPlace(strapi: Core.Strapi, input: Submission) {
  const article = await openArticle(strapi, input.article, config(strapi).closeAfterDays);
  if (input.parent) await assertCanReply(strapi, input.parent, article.documentId);
  return article;
}

/**
 * Stores the comment. A ValidationError here comes from Strapi's relation check (every
 * field was checked before), which reports any failure, a lost database connection
 * included, as "Invalid relations": check the article and parent again with queries that
 * let database errors through (a 503), then try once more.
 */
async function store(strapi: Core.Strapi, input: Submission, data: Record<string, unknown>): Promise<StoredComment> {
  const create = () =>
    strapi.documents(COMMENT).create({ data, fields: [...PUBLIC_FIELDS], populate: PUBLIC_POPULATE } as never) as unknown as Promise<StoredComment>;
  try {
    return await create();
  } catch (error) {
    if (!(error instanceof errors.ValidationError)) throw error;
    await checkPlace(strapi, input);
    try {
      return await create();
    } catch (again) {
      throw again instanceof errors.ValidationError ? withoutValues(again) : again;
    }
  }
}

/**
 * Applies every rule to a visitor's comment and stores it. Throws Strapi
 * errors: ValidationError (400), NotFoundError (404), ForbiddenError (403),
 * DuplicateCommentError (409), RateLimitError (429, details.retryAfter).
 */
async function submit(context: SubmitContext, input: Submission, client: ClientInfo): Promise<SubmitResult> {
  const { strapi, keys, withCommentLock } = context;
  const { floodSeconds } = config(strapi);
  checkFormToken(context, input.formToken);
  const article = await checkPlace(strapi, input);
  const clientIpHash = hashClientIp(keys().clientIp, client.ip);

  const { comment, moderationStatus } = await withCommentLock(lockKeys(input, article.documentId, clientIpHash, floodSeconds), async () => {
    await assertNotDuplicate(strapi, input, article.documentId);
    if (floodSeconds > 0) await assertNotFlooding(strapi, input, clientIpHash, floodSeconds);
    const status: InitialStatus = await decideStatus(strapi, input, client);
    const data = {
      article: article.documentId,
      parent: input.parent ?? undefined,
      authorName: input.authorName,
      authorEmail: input.authorEmail,
      authorUrl: input.authorUrl ?? undefined,
      body: input.body,
      moderationStatus: status,
      clientIpHash,
      userAgent: storedUserAgent(client.userAgent),
    };
    return { comment: await store(strapi, input, data), moderationStatus: status };
  });
  await assertCommitted(strapi, COMMENT, comment.documentId);

  const held = { documentId: comment.documentId, authorName: input.authorName, body: input.body };
  return {
    comment,
    publicStatus: moderationStatus === 'approved' ? 'approved' : 'pending',
    afterResponse: moderationStatus === 'pending' ? () => notifyModerators(strapi, held, article.title ?? '') : null,
  };
}

export function createSubmit(strapi: Core.Strapi, keys: () => SubmitKeys) {
  const context: SubmitContext = { strapi, keys, withCommentLock: createSubmissionLock(strapi) };
  return (input: Submission, client: ClientInfo): Promise<SubmitResult> => submit(context, input, client);
}
