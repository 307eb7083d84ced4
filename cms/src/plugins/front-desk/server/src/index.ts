import type { Core } from '@strapi/strapi';
import { registerActions } from './permissions';

/**
 * The front desk's server: consultation requests for the staff who handle them, as admin
 * routes guarded by the plugin's own RBAC actions.
 */
export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Before the app's bootstrap (src/seed) gives these actions to the Front desk role.
    await registerActions(strapi);
  },
  routes: { admin: { type: 'admin', routes: [] } },
  controllers: {},
  services: {},
};
