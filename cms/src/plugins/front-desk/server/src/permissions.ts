import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, type FrontDeskAction } from '../../shared/actions';

export { ACTIONS, PLUGIN_ID } from '../../shared/actions';

/** Registered in Settings → Roles under Plugins → Front desk. */
const ACTION_DEFINITIONS = [
  { uid: 'read', displayName: 'Read consultation requests' },
  { uid: 'handle', displayName: 'Mark consultation requests contacted or closed, and write notes' },
].map((action) => ({ ...action, pluginName: PLUGIN_ID, section: 'plugins' as const }));

export async function registerActions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
}

/** Route policies: an authenticated admin user whose role has `action`. */
export function requireAction(action: FrontDeskAction) {
  return ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }];
}
