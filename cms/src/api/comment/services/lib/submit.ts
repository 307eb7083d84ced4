/**
 * Posting a comment: the form token, the checks, and the insert, with the
 * duplicate and flood checks and the insert in one locked transaction (see
 * comment-lock.ts), then the read-back that makes a 201 a promise.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CommentsConfig } from '../../../../../config/comments';
import type { ClientInfo } from '../../../../public-forms/client';
import { storedUserAgent } from '../../../../public-forms/client';
import { assertCommitted } from '../../../../public-forms/committed';
import { tokenError, withoutValues } from '../../../../public-forms/errors';
import { checkToken, hashClientIp } from '../../../../public-forms/form-token';
import { createSubmissionLock } from '../../../../public-forms/submission-lock';
import { createChecks } from './checks';
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

export function createSubmit(strapi: Core.Strapi, keys: () => SubmitKeys) {
  const checks = createChecks(strapi);
  const withCommentLock = createSubmissionLock(strapi);

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
    if (!token.ok) throw tokenError(token, 'comment');

    const article = await checks.openArticle(input.article, closeAfterDays);
    if (input.parent) {
      await checks.assertCanReply(input.parent, article.documentId);
    }

    const clientIpHash = hashClientIp(keys().clientIp, client.ip);
    const userAgent = storedUserAgent(client.userAgent);
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

    await assertCommitted(strapi, COMMENT, comment.documentId);

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
