import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * The public REST API serves published content only. Strapi 5 would return
 * drafts for `?status=draft` to anyone allowed to `find`; this route
 * middleware refuses any status but "published" with a 400 that says why.
 * Requests with an API token (the page renderer's preview token, src/preview) may read drafts:
 * that is what such a token is given for.
 */
const publishedOnly: Core.MiddlewareFactory = () => async (ctx, next) => {
  const { status } = ctx.query as { status?: unknown };
  const byApiToken = (ctx.state.auth as { strategy?: { name?: string } } | undefined)?.strategy?.name === 'content-api-token';
  if (status !== undefined && status !== 'published' && !byApiToken) {
    throw new errors.ValidationError('Only published content is available: leave out "status" or use status=published.', {
      errors: [{ path: ['status'], message: 'Must be "published" or absent', name: 'ValidationError' }],
    });
  }
  await next();
};

export default publishedOnly;
