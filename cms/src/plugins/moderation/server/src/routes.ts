import { ACTIONS, requireAction } from './permissions';

/**
 * Admin routes, served under /moderation (Strapi prefixes a plugin's admin
 * routes with its name) and reached with an admin JWT. Every route names the
 * one action it needs.
 */
export default {
  admin: {
    type: 'admin',
    routes: [
      {
        method: 'GET',
        path: '/comments',
        handler: 'queue.find',
        config: { policies: requireAction(ACTIONS.read) },
      },
      {
        method: 'GET',
        path: '/comments/count',
        handler: 'queue.count',
        config: { policies: requireAction(ACTIONS.read) },
      },
      {
        method: 'POST',
        path: '/comments/actions/set-status',
        handler: 'queue.setStatus',
        config: { policies: requireAction(ACTIONS.moderate) },
      },
      {
        method: 'GET',
        path: '/privacy/export',
        handler: 'privacy.export',
        config: { policies: requireAction(ACTIONS.privacy) },
      },
      {
        method: 'POST',
        path: '/privacy/erase',
        handler: 'privacy.erase',
        config: { policies: requireAction(ACTIONS.privacy) },
      },
    ],
  },
};
