import type { Core } from '@strapi/strapi';

/**
 * Comments are sent as JSON, and only as JSON: a form post, multipart, plain
 * text or a body without a Content-Type is answered 415.
 */
const requireJson: Core.MiddlewareFactory = () => async (ctx, next) => {
  if (ctx.request.type !== 'application/json') {
    return ctx.unsupportedMediaType('Send the comment as JSON, with "Content-Type: application/json".');
  }
  await next();
};

export default requireJson;
