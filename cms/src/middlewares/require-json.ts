import type { Core } from '@strapi/strapi';

/**
 * Public forms (comments, consultation requests) are sent as JSON, and only as JSON: a form
 * post, multipart, plain text or a body without a Content-Type is answered 415. Routes name
 * what is sent: `{ name: 'global::require-json', config: { what: 'the comment' } }`.
 */
const requireJson: Core.MiddlewareFactory<{ what?: string }> = ({ what = 'the request' } = {}) => async (ctx, next) => {
  if (ctx.request.type !== 'application/json') {
    return ctx.unsupportedMediaType(`Send ${what} as JSON, with "Content-Type: application/json".`);
  }
  await next();
};

export default requireJson;
