/**
 * The message the Front desk gets about a new consultation request: that there is one, and the
 * link to it in the admin. Never the name, the contact details or the message: mail leaves the
 * clinic's systems, and the admin page is where staff read requests.
 */
import type { Core } from '@strapi/strapi';
import { FRONT_DESK_ROLE_CODE } from '#src/auth/admin-role-codes';
import { adminUrl, escapeHtml, mailRole, type StaffMessage } from '#src/server/staff-mail';

/** Where a request opens in the admin (the front-desk plugin's page). */
export const adminRequestUrl = (strapi: Core.Strapi, documentId: string) => adminUrl(strapi, `plugins/front-desk/requests/${documentId}`);

export function composeMessage(strapi: Core.Strapi, documentId: string): StaffMessage {
  const link = adminRequestUrl(strapi, documentId);
  return {
    subject: 'New consultation request',
    text: ['A new consultation request is waiting for the front desk.', '', `Read it in the admin: ${link}`].join('\n'),
    html: [
      '<p>A new consultation request is waiting for the front desk.</p>',
      `<p><a href="${escapeHtml(link)}">Read it in the admin</a></p>`,
    ].join('\n'),
  };
}

/** Emails every active Front desk user. Failures are logged, never thrown. */
export async function notifyFrontDesk(strapi: Core.Strapi, documentId: string): Promise<void> {
  await mailRole(
    strapi,
    { roleCode: FRONT_DESK_ROLE_CODE, whom: 'the front desk' },
    composeMessage(strapi, documentId),
    `consultation request ${documentId}`,
  );
}
