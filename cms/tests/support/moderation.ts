/** Helpers for the moderation plugin's tests: its routes, and comments written through the Content Manager. */
import { expect } from 'vitest';
import { CM, request } from './http';

export const QUEUE = '/moderation/comments';
export const COUNT = '/moderation/comments/count';
export const SET_STATUS = '/moderation/comments/actions/set-status';
export const EXPORT = '/moderation/privacy/export';
export const ERASE = '/moderation/privacy/erase';

export const SEED_ARTICLE = { slug: 'what-is-ketamine-treatment', title: 'What is ketamine treatment?' };

/** The documentId of the seeded article, read through the public API. */
export async function seededArticleId(base: string): Promise<string> {
  const reply = await request(base, `/api/articles?filters[slug][$eq]=${SEED_ARTICLE.slug}&fields[0]=title`);
  expect(reply.status).toBe(200);
  return reply.body.data[0].documentId as string;
}

export interface NewComment {
  body: string;
  authorName: string;
  authorEmail: string;
  authorUrl?: string;
  moderationStatus?: 'pending' | 'approved' | 'spam' | 'trash';
  clientIpHash?: string;
  userAgent?: string;
  parent?: string;
}

/**
 * Writes a comment as the super admin in the Content Manager (the public
 * comments API is not what these tests are about). Returns its documentId.
 */
export async function createComment(base: string, adminToken: string, article: string, comment: NewComment) {
  const { parent, ...fields } = comment;
  const reply = await request(base, `${CM}/api::comment.comment`, {
    method: 'POST',
    token: adminToken,
    body: {
      moderationStatus: 'pending',
      ...fields,
      article: { connect: [{ documentId: article }] },
      ...(parent ? { parent: { connect: [{ documentId: parent }] } } : {}),
    },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.data.documentId as string;
}

/** SQL string literal for ids and addresses the tests made up themselves. */
export const sql = (value: string) => `'${value.replace(/'/g, "''")}'`;
