import type { Core } from '@strapi/strapi';
import { ACTIONS as FRONT_DESK } from '../plugins/front-desk/shared/actions';
import { ACTIONS as MODERATION } from '../plugins/moderation/shared/actions';

import { FRONT_DESK_ROLE_CODE, MODERATOR_ROLE_CODE } from '../auth/admin-role-codes';

export { FRONT_DESK_ROLE_CODE, MODERATOR_ROLE_CODE };

const COMMENT = 'api::comment.comment';

/** Every comment field a moderator reads in the Content Manager. */
const COMMENT_READ_FIELDS = [
  'body',
  'authorName',
  'authorEmail',
  'authorUrl',
  'article',
  'parent',
  'moderationStatus',
  'clientIpHash',
  'userAgent',
];

/**
 * The Moderator reads comments and changes their moderation status, in the
 * moderation queue (the moderation plugin's read and moderate actions) and in
 * the standard Content Manager, and can do nothing else: no other content
 * type, no media library, no settings, and not the personal-data export and
 * erasure (the plugin's privacy action, which only the Super Admin has). The
 * permission list is the whole truth and is re-applied on every start.
 */
export const MODERATOR_PERMISSIONS = [
  {
    action: 'plugin::content-manager.explorer.read',
    subject: COMMENT,
    properties: { fields: COMMENT_READ_FIELDS },
    conditions: [],
  },
  {
    action: 'plugin::content-manager.explorer.update',
    subject: COMMENT,
    properties: { fields: ['moderationStatus'] },
    conditions: [],
  },
  { action: MODERATION.read, subject: null, properties: {}, conditions: [] },
  { action: MODERATION.moderate, subject: null, properties: {}, conditions: [] },
];

/**
 * The Front desk reads and handles consultation requests in its own admin page (the
 * front-desk plugin), decrypted there, and can do nothing else: not the Content Manager
 * (which would show ciphertext), no other content, no media library, no settings.
 */
export const FRONT_DESK_PERMISSIONS = [
  { action: FRONT_DESK.read, subject: null, properties: {}, conditions: [] },
  { action: FRONT_DESK.handle, subject: null, properties: {}, conditions: [] },
];

/**
 * Strapi's own content roles. It gives them every content type when it creates them,
 * comments and consultation requests included, with the visitors' personal data;
 * moderation is the Moderator's job and requests the front desk's, so they lose both
 * (re-applied on every start).
 */
const CONTENT_ROLE_CODES = ['strapi-editor', 'strapi-author'];
const PRIVATE_SUBJECTS = [COMMENT, 'api::consult-request.consult-request'];

async function removePrivatePermissions(strapi: Core.Strapi) {
  const roles = await strapi.db.query('admin::role').findMany({ where: { code: { $in: CONTENT_ROLE_CODES } }, select: ['id'] });
  const permissions = await strapi.db.query('admin::permission').findMany({
    where: { subject: { $in: PRIVATE_SUBJECTS }, role: { id: { $in: roles.map((role: { id: number }) => role.id) } } },
    select: ['id'],
  });
  if (permissions.length === 0) return;
  await strapi.db.query('admin::permission').deleteMany({ where: { id: { $in: permissions.map((p: { id: number }) => p.id) } } });
}

export interface AdminRoles {
  superAdminId: number;
  editorId: number;
  moderatorId: number;
  frontDeskId: number;
}

export async function syncAdminRoles(strapi: Core.Strapi): Promise<AdminRoles> {
  const roleService = strapi.service('admin::role');

  // Strapi creates Super Admin, Editor and Author on a fresh database.
  await roleService.createRolesIfNoneExist();
  const superAdmin = await roleService.getSuperAdmin();
  const editor = await roleService.findOne({ code: 'strapi-editor' });
  if (!superAdmin || !editor) {
    throw new Error('Strapi did not create its Super Admin and Editor roles');
  }

  let moderator = await roleService.findOne({ code: MODERATOR_ROLE_CODE });
  if (!moderator) {
    moderator = await roleService.create({
      name: 'Moderator',
      code: MODERATOR_ROLE_CODE,
      description: 'Moderators review visitor comments (approve, spam, trash) and can do nothing else.',
    });
  }
  await roleService.assignPermissions(moderator.id, MODERATOR_PERMISSIONS);

  let frontDesk = await roleService.findOne({ code: FRONT_DESK_ROLE_CODE });
  if (!frontDesk) {
    frontDesk = await roleService.create({
      name: 'Front desk',
      code: FRONT_DESK_ROLE_CODE,
      description: 'The front desk reads consultation requests and marks them contacted or closed, and can do nothing else.',
    });
  }
  await roleService.assignPermissions(frontDesk.id, FRONT_DESK_PERMISSIONS);
  await removePrivatePermissions(strapi);

  return { superAdminId: superAdmin.id, editorId: editor.id, moderatorId: moderator.id, frontDeskId: frontDesk.id };
}
