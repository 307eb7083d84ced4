import type { Core } from '@strapi/strapi';
import { ACTIONS, requireAction } from './permissions';

/** Decrypted personal data: no browser or proxy keeps a copy of any answer. */
const noStore: Core.MiddlewareHandler = async (ctx, next) => {
  ctx.set('Cache-Control', 'no-store');
  await next();
};

const route = (method: 'GET' | 'PUT', path: string, handler: string, action: (typeof ACTIONS)[keyof typeof ACTIONS]) => ({
  method,
  path,
  handler,
  config: { policies: requireAction(action), middlewares: [noStore] },
});

/**
 * Admin routes, served under /front-desk (Strapi prefixes a plugin's admin routes with its name)
 * and reached with an admin JWT. Every route names the one action it needs. `/requests/count`
 * comes before `/requests/:documentId`, which would otherwise take "count" for an id.
 */
export default {
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/requests', 'requests.find', ACTIONS.read),
      route('GET', '/requests/count', 'requests.count', ACTIONS.read),
      route('GET', '/requests/:documentId', 'requests.findOne', ACTIONS.read),
      route('PUT', '/requests/:documentId', 'requests.update', ACTIONS.handle),
    ],
  },
};
