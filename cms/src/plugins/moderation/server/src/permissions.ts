import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, type ModerationAction } from '../../shared/actions';

export { ACTIONS, PLUGIN_ID } from '../../shared/actions';

/**
 * Registered in Settings → Roles under Plugins → Comment moderation. Roles get
 * them there or in code (src/seed/admin-roles.ts gives the Moderator read and
 * moderate); the Super Admin role receives every registered action on each start.
 */
const ACTION_DEFINITIONS = [
  { uid: 'read', displayName: 'Read the moderation queue' },
  { uid: 'moderate', displayName: 'Approve, spam, trash and restore comments' },
  { uid: 'privacy', displayName: "Export and erase a person's comments and consultation requests" },
].map((action) => ({ ...action, pluginName: PLUGIN_ID, section: 'plugins' as const }));

export async function registerActions(strapi: Core.Strapi) {
  await strapi.service('admin::permission').actionProvider.registerMany(ACTION_DEFINITIONS);
}

/** Route policies: an authenticated admin user whose role has `action`. */
export function requireAction(action: ModerationAction) {
  return ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }];
}
