import { factories } from '@strapi/strapi';

/**
 * The public may send a request and nothing else (src/seed/public-permissions.ts). No read,
 * update or delete route exists on the REST API: staff handle requests in the Front desk's
 * admin page (src/plugins/front-desk).
 */
export default factories.createCoreRouter('api::consult-request.consult-request', {
  only: ['create'],
  config: {
    create: { middlewares: [{ name: 'global::require-json', config: { what: 'the request' } }] },
  },
});
