import { useRBAC } from '@strapi/strapi/admin';
import { PERMISSIONS } from '../constants';

/** Whether the current admin user may change requests (false until known). */
export function useFrontDeskPermissions() {
  const handle = useRBAC(PERMISSIONS.handle).allowedActions.canHandle;
  return { canHandle: handle === true };
}
