import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DuplicateCommentError, type StoredComment } from '../services/comment';
import type commentService from '../services/comment';
import { parseSubmission } from '../services/lib/submission';
import { answerSubmissionError } from '#src/public-forms/errors';
import { runAfterResponse } from '#src/server/after-response';

const COMMENT = 'api::comment.comment';

type CommentService = ReturnType<typeof commentService>;
type Context = Parameters<Core.MiddlewareHandler>[0];
/** The core controller these actions extend (its validate and sanitize steps). */
type CoreController = Core.CoreAPI.Controller.CollectionType;

/**
 * What the public gets of a comment, and nothing more: no email, IP hash,
 * user agent, moderation state or numeric id. `parent` is `{ documentId }`
 * or null, enough for the web to build the thread.
 */
function toPublicComment(entity: StoredComment) {
  return {
    documentId: entity.documentId,
    authorName: entity.authorName,
    authorUrl: entity.authorUrl ?? null,
    body: entity.body,
    parent: entity.parent ? { documentId: entity.parent.documentId } : null,
    createdAt: entity.createdAt,
  };
}

/**
 * The submitted comment, parsed, with Strapi's own query and input checks run on it (the
 * input checks on the fields that become the entity).
 */
async function checkedSubmission(controller: CoreController, ctx: Context) {
  await controller.validateQuery(ctx);
  await controller.sanitizeQuery(ctx);
  const submission = parseSubmission(ctx.request.body);
  const { article, parent, authorName, authorEmail, authorUrl, body } = submission;
  const fields = { article, parent, authorName, authorEmail, authorUrl, body };
  await controller.validateInput(fields, ctx);
  const sanitized = (await controller.sanitizeInput(fields, ctx)) as typeof fields;
  return { ...submission, ...sanitized };
}

export default factories.createCoreController(COMMENT, ({ strapi }) => {
  const comments = () => strapi.service(COMMENT) as unknown as CommentService;

  return {
    async find(this: CoreController, ctx: Context) {
      await this.validateQuery(ctx);
      const query = await this.sanitizeQuery(ctx);
      const { results, pagination } = await comments().findVisible(query);
      const sanitized = (await this.sanitizeOutput(results, ctx)) as StoredComment[];
      return this.transformResponse(sanitized.map(toPublicComment), { pagination });
    },

    async findOne(this: CoreController, ctx: Context) {
      await this.validateQuery(ctx);
      await this.sanitizeQuery(ctx);
      const entity = await comments().findOneVisible(ctx.params.id);
      if (!entity) {
        throw new errors.NotFoundError('Comment not found');
      }
      const sanitized = (await this.sanitizeOutput(entity, ctx)) as StoredComment;
      return this.transformResponse(toPublicComment(sanitized));
    },

    async create(this: CoreController, ctx: Context) {
      const submission = await checkedSubmission(this, ctx);
      let result;
      try {
        result = await comments().submit(submission, { ip: ctx.request.ip, userAgent: ctx.get('user-agent') });
      } catch (error) {
        if (error instanceof DuplicateCommentError) {
          return ctx.conflict(error.message, error.details);
        }
        if (answerSubmissionError(ctx, error)) return undefined;
        throw error;
      }

      if (result.afterResponse) {
        runAfterResponse(strapi, ctx.res, result.afterResponse);
      }
      const output = (await this.sanitizeOutput(result.comment, ctx)) as StoredComment;
      ctx.status = 201;
      const { createdAt, ...shown } = toPublicComment(output);
      return this.transformResponse({ ...shown, moderationStatus: result.publicStatus, createdAt });
    },

    /** A signed, expiring token for the comment form: GET /api/comments/form-token. */
    async formToken(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      return { data: comments().issueFormToken() };
    },
  };
});
