import type { StrapiApp } from '@strapi/strapi/admin';
import { NewCountIcon } from './components/new-count-icon';
import { PERMISSIONS, PLUGIN_ID } from './constants';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: NewCountIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Front desk' },
      // Shown only to roles that may read requests (the Front desk and the Super Admin).
      permissions: PERMISSIONS.read,
      Component: () => import('./pages/app').then((mod) => ({ default: mod.App })),
      position: 3,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Front desk' });
  },
};
