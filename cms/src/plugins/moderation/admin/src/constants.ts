import type { Permission } from '@strapi/strapi/admin';
import { ACTIONS, PLUGIN_ID } from '../../shared/actions';

export { PLUGIN_ID };

const plugin = (action: string): Permission[] => [{ action, subject: null }];

/**
 * What the menu link, the pages and the buttons check (the server checks the
 * same actions). Each list is checked on its own: Strapi's useRBAC names a
 * result after the action's last word (`canRead`), whatever its subject.
 */
export const PERMISSIONS = {
  read: plugin(ACTIONS.read),
  moderate: plugin(ACTIONS.moderate),
  privacy: plugin(ACTIONS.privacy),
  /** Title links open the article in the Content Manager only for those who may read it there. */
  readArticles: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' }],
  /** The full comment opens in the Content Manager (the queue shows an excerpt). */
  readComments: [{ action: 'plugin::content-manager.explorer.read', subject: 'api::comment.comment' }],
} satisfies Record<string, Permission[]>;

export const QUEUE_PATH = `/plugins/${PLUGIN_ID}`;
export const PERSONAL_DATA_PATH = `${QUEUE_PATH}/personal-data`;

export const contentManagerPath = (uid: string, documentId: string) =>
  `/content-manager/collection-types/${uid}/${documentId}`;
