import type { Permission } from '@strapi/strapi/admin';
import { ACTIONS, PLUGIN_ID } from '../../shared/actions';

export { PLUGIN_ID };

const plugin = (action: string): Permission[] => [{ action, subject: null }];

/**
 * What the menu link, the pages and the buttons check (the server checks the same actions).
 * Each list is checked on its own: Strapi's useRBAC names a result after the action's last
 * word (`canRead`, `canHandle`).
 */
export const PERMISSIONS = {
  read: plugin(ACTIONS.read),
  handle: plugin(ACTIONS.handle),
} satisfies Record<string, Permission[]>;

export const LIST_PATH = `/plugins/${PLUGIN_ID}`;

/** Fixed: the notification email links here (api::consult-request's front-desk-email.ts). */
export const requestPath = (documentId: string) => `${LIST_PATH}/requests/${encodeURIComponent(documentId)}`;
