import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { answerSubmissionError } from '#src/public-forms/errors';
import { runAfterResponse } from '#src/server/after-response';
import { DuplicateRequestError } from '../services/consult-request';
import type consultService from '../services/consult-request';
import { notifyFrontDesk } from '../services/lib/front-desk-email';

const CONSULT = 'api::consult-request.consult-request';

type ConsultService = ReturnType<typeof consultService>;
type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * The public side of consultation requests: a form token, and sending a request. Nothing of a
 * request is ever answered back, not even what the visitor sent: only its documentId and when.
 */
export default factories.createCoreController(CONSULT, ({ strapi }) => {
  const requests = () => strapi.service(CONSULT) as unknown as ConsultService;

  const nothingHere = async () => {
    throw new errors.NotFoundError('Not Found');
  };

  return {
    find: nothingHere,
    findOne: nothingHere,
    update: nothingHere,
    delete: nothingHere,

    async create(ctx: Context) {
      let result;
      try {
        result = await requests().submit(ctx.request.body, { ip: ctx.request.ip, userAgent: ctx.get('user-agent') });
      } catch (error) {
        if (error instanceof DuplicateRequestError) {
          return ctx.conflict(error.message, error.details);
        }
        if (answerSubmissionError(ctx, error)) return undefined;
        throw error;
      }
      if (result.stored) {
        const { documentId } = result;
        runAfterResponse(strapi, ctx.res, () => notifyFrontDesk(strapi, documentId));
      }
      ctx.status = 201;
      ctx.set('Cache-Control', 'no-store');
      return { data: { documentId: result.documentId, createdAt: result.createdAt }, meta: {} };
    },

    /** A signed, expiring token for the form: GET /api/consult-requests/form-token. */
    async formToken(ctx: Context) {
      ctx.set('Cache-Control', 'no-store');
      return { data: requests().issueFormToken() };
    },
  };
});
