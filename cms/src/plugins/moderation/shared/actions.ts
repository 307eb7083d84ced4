export const PLUGIN_ID = 'moderation';

/**
 * The plugin's admin RBAC actions, checked by its routes (server) and by its
 * menu link and pages (admin).
 */
export const ACTIONS = {
  /** See the moderation queue (with the authors' email addresses) and the pending count. */
  read: `plugin::${PLUGIN_ID}.read`,
  /** Approve, mark as spam, trash and restore comments. */
  moderate: `plugin::${PLUGIN_ID}.moderate`,
  /** Export and erase every comment by an email address (personal-data requests). */
  privacy: `plugin::${PLUGIN_ID}.privacy`,
} as const;

export type ModerationAction = (typeof ACTIONS)[keyof typeof ACTIONS];
