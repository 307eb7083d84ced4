/**
 * GET /api/comments/form-token. This file's name sorts before comment.ts, so
 * the route is registered before the core `GET /comments/:id`, which would
 * otherwise take "form-token" for a documentId.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/comments/form-token',
      handler: 'api::comment.comment.formToken',
      config: {},
    },
  ],
};
