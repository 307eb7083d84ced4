import type { Core } from '@strapi/strapi';
import type { ClinicConfig } from '#config/clinic';
import { syncAdminRoles } from './admin-roles';
import { ensureAdminUsers } from './admin-users';
import { seedContent, seedPages, upgradeSiteSetting } from './seed-content';
import { syncPublicPermissions } from './public-permissions';

/**
 * Runs on every start. Access (public permissions, the Moderator role) is
 * code and is re-applied each time; users and content are created only when
 * missing, so a restart never overwrites anyone's work.
 */
export async function runSeed(strapi: Core.Strapi) {
  await syncPublicPermissions(strapi);
  const roles = await syncAdminRoles(strapi);

  const { enabled } = strapi.config.get<ClinicConfig['seed']>('clinic.seed');
  if (!enabled) {
    return;
  }
  await ensureAdminUsers(strapi, roles);
  await seedContent(strapi);
  await seedPages(strapi);
  await upgradeSiteSetting(strapi);
}
