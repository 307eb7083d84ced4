export const PLUGIN_ID = 'front-desk';

/**
 * The plugin's admin RBAC actions, checked by its routes (server) and by its menu link and
 * pages (admin). The Front desk role has both; the Super Admin receives every action.
 */
export const ACTIONS = {
  /** List and read consultation requests, decrypted. */
  read: `plugin::${PLUGIN_ID}.read`,
  /** Mark a request new, contacted or closed, and write the staff note. */
  handle: `plugin::${PLUGIN_ID}.handle`,
} as const;

export type FrontDeskAction = (typeof ACTIONS)[keyof typeof ACTIONS];
