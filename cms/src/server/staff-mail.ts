/**
 * Mail to the clinic's staff (moderators about held comments, the front desk about new
 * consultation requests), through the email plugin that config/plugins.ts sets up when
 * SMTP_HOST is set.
 */
import type { Core } from '@strapi/strapi';

export interface StaffMessage {
  subject: string;
  text: string;
  html: string;
}

/** Whether outgoing mail is configured: config/plugins.ts sets up nodemailer only when SMTP_HOST is set. */
export function emailConfigured(strapi: Core.Strapi): boolean {
  return strapi.config.get<{ provider?: string }>('plugin::email')?.provider === 'nodemailer';
}

/** An absolute link into the admin panel. */
export function adminUrl(strapi: Core.Strapi, path: string): string {
  const admin = strapi.config.get<string>('admin.absoluteUrl').replace(/\/+$/, '');
  return `${admin}/${path.replace(/^\/+/, '')}`;
}

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/**
 * Emails every active admin user with the role `roleCode`. Failures are logged as "Could not
 * email <whom> about <about>", never thrown: a notification must not fail what caused it.
 */
export async function mailRole(
  strapi: Core.Strapi,
  { roleCode, whom }: { roleCode: string; whom: string },
  message: StaffMessage,
  about: string,
): Promise<void> {
  try {
    if (!emailConfigured(strapi)) return;
    const users = (await strapi.db.query('admin::user').findMany({
      where: { isActive: true, blocked: false, roles: { code: roleCode } },
      select: ['email'],
    })) as { email: string }[];
    if (users.length === 0) return;

    const email = strapi.plugin('email').service('email');
    const results = await Promise.allSettled(users.map(({ email: to }) => email.send({ to, ...message })));
    for (const failure of results.filter((result): result is PromiseRejectedResult => result.status === 'rejected')) {
      const reason = failure.reason instanceof Error ? failure.reason.message : String(failure.reason);
      strapi.log.error(`Could not email ${whom} about ${about}: ${reason}`);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    strapi.log.error(`Could not notify ${whom} about ${about}: ${reason}`);
  }
}
