import type { Core } from '@strapi/strapi';
import { registerActions } from './permissions';
import requestsController from './requests-controller';
import routes from './routes';

/**
 * The front desk's server: consultation requests for the staff who handle them, as admin
 * routes guarded by the plugin's own RBAC actions. The requests themselves are read and written
 * by the API's service (api::consult-request), which holds the keys.
 */
export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Before the app's bootstrap (src/seed) gives these actions to the Front desk role.
    await registerActions(strapi);
  },
  routes,
  controllers: { requests: requestsController },
  services: {},
};
