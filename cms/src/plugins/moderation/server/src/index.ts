import type { Core } from '@strapi/strapi';
import { registerActions } from './permissions';
import privacyController from './privacy-controller';
import privacyService from './privacy-service';
import queueController from './queue-controller';
import queueService from './queue-service';
import routes from './routes';

/**
 * The moderation plugin's server: the comment queue, bulk status changes and
 * personal-data export/erasure, as admin routes guarded by the plugin's own
 * RBAC actions.
 */
export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Plugins bootstrap before the admin resets the Super Admin's permissions and before the
    // app's own bootstrap (src/seed) assigns roles, so both see these actions.
    await registerActions(strapi);
  },
  routes,
  controllers: { queue: queueController, privacy: privacyController },
  services: { queue: queueService, privacy: privacyService },
};
