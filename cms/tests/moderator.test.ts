import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { adminLogin, CM, request } from './support/http';

const COMMENT = 'api::comment.comment';

let cms: Cms;
let token: string;

beforeAll(async () => {
  cms = await startCms();
  token = await adminLogin(cms.url, USERS.moderator);
});

afterAll(async () => {
  await cms?.destroy();
});

async function firstComment(status: string) {
  const list = await request(cms.url, `${CM}/${COMMENT}?filters[moderationStatus][$eq]=${status}`, { token });
  expect(list.status).toBe(200);
  expect(list.body.results.length).toBeGreaterThan(0);
  return list.body.results[0] as { documentId: string; body: string; authorEmail: string };
}

describe('the Moderator role', () => {
  it('lists comments in the Content Manager, with the author email', async () => {
    const comment = await firstComment('pending');
    expect(comment.authorEmail).toMatch(/@example\.com$/);
  });

  it('approves a comment: the status changes and nothing else does', async () => {
    const comment = await firstComment('pending');
    const reply = await request(cms.url, `${CM}/${COMMENT}/${comment.documentId}`, {
      method: 'PUT',
      token,
      body: { moderationStatus: 'approved', body: 'Rewritten by a moderator' },
    });
    expect(reply.status).toBe(200);

    const after = await request(cms.url, `${CM}/${COMMENT}/${comment.documentId}`, { token });
    expect(after.body.data.moderationStatus).toBe('approved');
    expect(after.body.data.body).toBe(comment.body);
  });

  it('cannot create or delete comments', async () => {
    const comment = await firstComment('spam');
    const create = await request(cms.url, `${CM}/${COMMENT}`, { method: 'POST', token, body: { body: 'x', authorName: 'x' } });
    expect(create.status).toBe(403);
    const remove = await request(cms.url, `${CM}/${COMMENT}/${comment.documentId}`, { method: 'DELETE', token });
    expect(remove.status).toBe(403);
    expect((await request(cms.url, `${CM}/${COMMENT}/${comment.documentId}`, { token })).status).toBe(200);
  });

  it('gets 403 on articles, other content, media, users and settings', async () => {
    const attempts: [string, string][] = [
      ['GET', `${CM}/api::article.article`],
      ['POST', `${CM}/api::article.article`],
      ['GET', `${CM}/api::faq-entry.faq-entry`],
      ['GET', `${CM}/api::treatment-option.treatment-option`],
      ['GET', `${CM}/api::clinician.clinician`],
      ['GET', '/content-manager/single-types/api::site-setting.site-setting'],
      ['GET', '/upload/files'],
      ['GET', '/admin/users'],
      ['GET', '/admin/roles'],
      ['GET', '/users-permissions/roles'],
      ['GET', '/admin/api-tokens'],
      ['GET', '/admin/webhooks'],
    ];
    for (const [method, path] of attempts) {
      const reply = await request(cms.url, path, { method, token, body: method === 'POST' ? { title: 'x' } : undefined });
      expect(reply.status, `${method} ${path}`).toBe(403);
    }
  });
});
