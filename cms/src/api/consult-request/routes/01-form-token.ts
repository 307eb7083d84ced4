/**
 * GET /api/consult-requests/form-token, registered before the core routes (this file's name
 * sorts first), as the comments' form token is.
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/consult-requests/form-token',
      handler: 'api::consult-request.consult-request.formToken',
      config: {},
    },
  ],
};
