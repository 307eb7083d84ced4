import { factories } from '@strapi/strapi';

/**
 * The public may list and read approved comments and post new ones (see
 * src/seed/public-permissions.ts); update and delete exist for the
 * permission system to refuse.
 */
export default factories.createCoreRouter('api::comment.comment', {
  config: {
    create: { middlewares: [{ name: 'global::require-json', config: { what: 'the comment' } }] },
  },
});
