import type { Core } from '@strapi/strapi';
import { MODERATOR_ROLE_CODE } from '../../../../seed/admin-roles';
import { characterCount } from './submission';

export interface HeldComment {
  documentId: string;
  authorName: string;
  body: string;
}

const EXCERPT_LENGTH = 280;

/** Whether outgoing mail is configured: config/plugins.ts sets up nodemailer only when SMTP_HOST is set. */
export function emailConfigured(strapi: Core.Strapi): boolean {
  return strapi.config.get<{ provider?: string }>('plugin::email')?.provider === 'nodemailer';
}

export function adminCommentUrl(strapi: Core.Strapi, documentId: string): string {
  const admin = strapi.config.get<string>('admin.absoluteUrl').replace(/\/+$/, '');
  return `${admin}/content-manager/collection-types/api::comment.comment/${documentId}`;
}

function excerpt(text: string): string {
  if (characterCount(text) <= EXCERPT_LENGTH) return text;
  return `${Array.from(text).slice(0, EXCERPT_LENGTH).join('').trimEnd()}…`;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The message moderators get about a held comment: which article, who, an
 * excerpt and the link to the comment in the admin. Nothing else about the
 * author (no email, no IP). The visitor's text is sent as text and escaped in
 * the HTML part, never interpreted.
 */
export function composeMessage(strapi: Core.Strapi, comment: HeldComment, articleTitle: string) {
  const title = oneLine(articleTitle);
  const link = adminCommentUrl(strapi, comment.documentId);
  const quote = excerpt(comment.body);
  const text = [
    `A comment on "${title}" is waiting for moderation.`,
    '',
    `From: ${comment.authorName}`,
    '',
    quote,
    '',
    `Review it: ${link}`,
  ].join('\n');
  const html = [
    `<p>A comment on “${escapeHtml(title)}” is waiting for moderation.</p>`,
    `<p>From: ${escapeHtml(comment.authorName)}</p>`,
    `<blockquote style="white-space: pre-wrap">${escapeHtml(quote)}</blockquote>`,
    `<p><a href="${escapeHtml(link)}">Review it in the admin</a></p>`,
  ].join('\n');
  return { subject: `Comment held for moderation: ${title}`, text, html };
}

/** Emails every active Moderator about a held comment. Failures are logged, never thrown. */
export async function notifyModerators(strapi: Core.Strapi, comment: HeldComment, articleTitle: string): Promise<void> {
  try {
    if (!emailConfigured(strapi)) return;
    const moderators = (await strapi.db.query('admin::user').findMany({
      where: { isActive: true, blocked: false, roles: { code: MODERATOR_ROLE_CODE } },
      select: ['email'],
    })) as { email: string }[];
    if (moderators.length === 0) return;

    const message = composeMessage(strapi, comment, articleTitle);
    const email = strapi.plugin('email').service('email');
    const results = await Promise.allSettled(moderators.map(({ email: to }) => email.send({ to, ...message })));
    const failed = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    for (const failure of failed) {
      const reason = failure.reason instanceof Error ? failure.reason.message : String(failure.reason);
      strapi.log.error(`Could not email a moderator about comment ${comment.documentId}: ${reason}`);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    strapi.log.error(`Could not notify moderators about comment ${comment.documentId}: ${reason}`);
  }
}
