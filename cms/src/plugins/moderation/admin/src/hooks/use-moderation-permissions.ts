import { useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../constants';

/** What the current admin user may do on the queue page, all false until known. */
export function useModerationPermissions() {
  const moderate = useRBAC(PERMISSIONS.moderate).allowedActions.canModerate;
  const privacy = useRBAC(PERMISSIONS.privacy).allowedActions.canPrivacy;
  const readArticles = useRBAC(PERMISSIONS.readArticles).allowedActions.canRead;
  const readComments = useRBAC(PERMISSIONS.readComments).allowedActions.canRead;
  return {
    canModerate: moderate === true,
    canPrivacy: privacy === true,
    canReadArticles: readArticles === true,
    canReadComments: readComments === true,
  };
}
