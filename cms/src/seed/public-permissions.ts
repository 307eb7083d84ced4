import type { Core } from '@strapi/strapi';

/**
 * What an unauthenticated visitor may do through the REST API: read the
 * published content, read approved comments, fetch a comment form token and
 * post a comment (the comment API's rules decide what is shown and stored),
 * fetch a consultation form token and send a request,
 * nothing else. The list is the whole truth: any other
 * permission on the Public role (including the users-permissions plugin's
 * sign-up and login routes: the site has no visitor accounts) is removed.
 */
export const PUBLIC_ACTIONS: readonly string[] = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::faq-entry.faq-entry.find',
  'api::faq-entry.faq-entry.findOne',
  'api::treatment-option.treatment-option.find',
  'api::treatment-option.treatment-option.findOne',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::clinician.clinician.find',
  'api::clinician.clinician.findOne',
  'api::site-setting.site-setting.find',
  'api::comment.comment.find',
  'api::comment.comment.findOne',
  'api::comment.comment.create',
  'api::comment.comment.formToken',
  // Send a consultation request; nothing of one is ever read back.
  'api::consult-request.consult-request.create',
  'api::consult-request.consult-request.formToken',
];

const PERMISSION = 'plugin::users-permissions.permission';
const ROLE = 'plugin::users-permissions.role';

export async function syncPublicPermissions(strapi: Core.Strapi, actions: readonly string[] = PUBLIC_ACTIONS) {
  const role = await strapi.documents(ROLE).findFirst({ filters: { type: 'public' } });
  if (!role) {
    throw new Error('The users-permissions Public role is missing');
  }

  const existing = await strapi.documents(PERMISSION).findMany({
    filters: { role: { documentId: role.documentId } },
    fields: ['action'],
    limit: -1,
  });

  const wanted = new Set(actions);
  const have = new Set(existing.map((permission) => permission.action));

  for (const permission of existing) {
    if (!permission.action || !wanted.has(permission.action)) {
      await strapi.documents(PERMISSION).delete({ documentId: permission.documentId });
    }
  }
  for (const action of wanted) {
    if (!have.has(action)) {
      await strapi.documents(PERMISSION).create({ data: { action, role: role.documentId } });
    }
  }

  // Visitors never sign up.
  const pluginStore = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = (await pluginStore.get({ key: 'advanced' })) as Record<string, unknown> | null;
  if (advanced && advanced.allow_register !== false) {
    await pluginStore.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  }
}
