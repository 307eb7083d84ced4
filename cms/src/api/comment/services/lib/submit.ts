/**
 * Posting a comment: the form token, the checks, and the insert, with the
 * duplicate and flood checks and the insert in one locked transaction (see
 * comment-lock.ts), then the read-back that makes a 201 a promise.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CommentsConfig } from '../../../../../config/comments';
import { DatabaseUnavailableError } from '../../../../database/unavailable';
import { createChecks, type ClientInfo } from './checks';
import { createCommentLock } from './comment-lock';
import { tokenError, withoutValues } from './errors';
import { checkToken, hashClientIp } from './form-token';
import type { InitialStatus } from './moderation';
import { notifyModerators } from './moderator-email';
import type { Submission } from './submission';
import { PUBLIC_FIELDS, PUBLIC_POPULATE, type StoredComment } from './visibility';

const COMMENT = 'api::comment.comment';
const USER_AGENT_LENGTH = 255;

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

/** At most `max` UTF-16 units (what Strapi's validator counts), never splitting a character. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function createSubmit(strapi: Core.Strapi, keys: () => SubmitKeys) {
  const checks = createChecks(strapi);
  const withCommentLock = createCommentLock(strapi);

  /**
   * Applies every rule to a visitor's comment and stores it. Throws Strapi
   * errors: ValidationError (400), NotFoundError (404), ForbiddenError (403),
   * DuplicateCommentError (409), RateLimitError (429, details.retryAfter).
   */
  return async function submit(input: Submission, client: ClientInfo): Promise<SubmitResult> {
    const { minFillSeconds, floodSeconds, closeAfterDays, formTokenTtlSeconds } = strapi.config.get<CommentsConfig>('comments');

    const token = checkToken(input.formToken, keys().formToken, Date.now(), {
      ttlSeconds: formTokenTtlSeconds,
      minFillSeconds,
    });
    if (!token.ok) throw tokenError(token);

    const article = await checks.openArticle(input.article, closeAfterDays);
    if (input.parent) {
      await checks.assertCanReply(input.parent, article.documentId);
    }

    const clientIpHash = hashClientIp(keys().clientIp, client.ip);
    const userAgent = truncate(client.userAgent, USER_AGENT_LENGTH);
    const lockKeys = [
      `duplicate:${sha256(JSON.stringify([article.documentId, input.parent, input.authorName, input.authorEmail.toLowerCase(), input.body]))}`,
    ];
    if (floodSeconds > 0) {
      lockKeys.push(`ip:${clientIpHash}`, `email:${input.authorEmail.toLowerCase()}`);
    }

    const create = (moderationStatus: InitialStatus) =>
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

    const { comment, moderationStatus } = await withCommentLock(lockKeys, async () => {
      await checks.assertNotDuplicate(input, article.documentId);
      if (floodSeconds > 0) {
        await checks.assertNotFlooding(input, clientIpHash, floodSeconds);
      }
      const status = await checks.decideStatus(input, client);
      try {
        return { comment: await create(status), moderationStatus: status };
      } catch (error) {
        if (!(error instanceof errors.ValidationError)) throw error;
        // Every field was checked above, so this is Strapi's relation check, which
        // reports any failure (a lost database connection included) as "Invalid
        // relations". Check the article and parent again with queries that let
        // database errors through (a 503), then try once more.
        await checks.openArticle(article.documentId, closeAfterDays);
        if (input.parent) await checks.assertCanReply(input.parent, article.documentId);
        try {
          return { comment: await create(status), moderationStatus: status };
        } catch (again) {
          throw again instanceof errors.ValidationError ? withoutValues(again) : again;
        }
      }
    });

    // knex resolves a transaction's commit even when COMMIT fails (the failure goes to a
    // promise Strapi does not await), and Strapi skips the commit of a transaction that a
    // lost connection already rolled back: the create can "succeed" with nothing stored.
    // A 201 promises the comment is kept, so read it back now that the transaction is over.
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
  };
}
