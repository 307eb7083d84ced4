import type { StrapiApp } from '@strapi/strapi/admin';
import { PendingCountIcon } from './components/pending-count-icon';
import { PERMISSIONS, PLUGIN_ID } from './constants';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PendingCountIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Comment moderation' },
      // Shown only to roles that may read the queue (the Moderator and the Super Admin).
      permissions: PERMISSIONS.read,
      Component: () => import('./pages/app').then((mod) => ({ default: mod.App })),
      position: 2,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Comment moderation' });
  },
};
