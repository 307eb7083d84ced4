import { factories } from '@strapi/strapi';

/**
 * The public may send a request and nothing else (src/seed/public-permissions.ts): the read,
 * update and delete routes exist for the permission system to refuse (403), and their actions
 * answer 404 to anyone it lets through (an API token). Staff handle requests in the Front
 * desk's admin page (src/plugins/front-desk).
 */
export default factories.createCoreRouter('api::consult-request.consult-request', {
  config: {
    create: { middlewares: [{ name: 'global::require-json', config: { what: 'the request' } }] },
  },
});
