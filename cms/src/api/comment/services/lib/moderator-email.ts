import { commentExcerpt } from '@clinic/rules';
import type { Core } from '@strapi/strapi';
import { MODERATOR_ROLE_CODE } from '#src/auth/admin-role-codes';
import { adminUrl, escapeHtml, mailRole } from '#src/server/staff-mail';

export interface HeldComment {
  documentId: string;
  authorName: string;
  body: string;
}

const EXCERPT_LENGTH = 280;

export function adminCommentUrl(strapi: Core.Strapi, documentId: string): string {
  return adminUrl(strapi, `content-manager/collection-types/api::comment.comment/${documentId}`);
}


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
  const quote = commentExcerpt(comment.body, EXCERPT_LENGTH);
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
  const message = composeMessage(strapi, comment, articleTitle);
  await mailRole(strapi, { roleCode: MODERATOR_ROLE_CODE, whom: 'a moderator' }, message, `comment ${comment.documentId}`);
}
