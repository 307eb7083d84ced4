import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { adminLogin, CM, request } from './support/http';

const ARTICLE = 'api::article.article';
const FAQ = 'api::faq-entry.faq-entry';

let cms: Cms;
let editorToken: string;
let adminToken: string;

const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

beforeAll(async () => {
  cms = await startCms();
  editorToken = await adminLogin(cms.url, USERS.editor);
  adminToken = await adminLogin(cms.url, USERS.admin);
});

afterAll(async () => {
  await cms?.destroy();
});

describe('drafts are invisible to the public', () => {
  let draftId: string;

  beforeAll(async () => {
    const created = await request(cms.url, `${CM}/${ARTICLE}`, {
      method: 'POST',
      token: editorToken,
      body: { title: 'Unreviewed draft', slug: 'unreviewed-draft', excerpt: 'Not ready', body: blocks('Draft text') },
    });
    expect(created.status).toBe(201);
    draftId = created.body.data.documentId;
  });

  it('is absent from the article list', async () => {
    const reply = await request(cms.url, '/api/articles?fields[0]=slug');
    expect(reply.status).toBe(200);
    expect(reply.body.data.map((a: { slug: string }) => a.slug)).not.toContain('unreviewed-draft');
  });

  it('answers 404 by documentId', async () => {
    const reply = await request(cms.url, `/api/articles/${draftId}`);
    expect(reply.status).toBe(404);
    expect(reply.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
  });

  it('is not found by slug, by a filter on its title, or through $or', async () => {
    for (const query of [
      'filters[slug][$eq]=unreviewed-draft',
      'filters[title][$containsi]=unreviewed',
      'filters[$or][0][slug][$eq]=unreviewed-draft&filters[$or][1][publishedAt][$null]=true',
      'filters[publishedAt][$null]=true',
    ]) {
      const reply = await request(cms.url, `/api/articles?${query}`);
      expect(reply.status, query).toBe(200);
      expect(reply.body.data, query).toEqual([]);
    }
  });

  it('refuses ?status=draft with a 400 that says why', async () => {
    for (const path of ['/api/articles?status=draft', `/api/articles/${draftId}?status=draft`, '/api/faq-entries?status=draft']) {
      const reply = await request(cms.url, path);
      expect(reply.status, path).toBe(400);
      expect(reply.body.error.message, path).toMatch(/published/);
    }
  });

  it('keeps unpublished edits of a published entry out of the public view', async () => {
    const list = await request(cms.url, `${CM}/${FAQ}?page=1&pageSize=10`, { token: editorToken });
    const entry = list.body.results.find((r: { question: string }) => r.question === 'Will I fall asleep?');
    const edited = await request(cms.url, `${CM}/${FAQ}/${entry.documentId}`, {
      method: 'PUT',
      token: editorToken,
      body: { question: 'Draft wording not yet published' },
    });
    expect(edited.status).toBe(200);

    const reply = await request(cms.url, `/api/faq-entries/${entry.documentId}`);
    expect(reply.status).toBe(200);
    expect(reply.body.data.question).toBe('Will I fall asleep?');
  });
});

describe('the public cannot write or reach private routes', () => {
  it('gets 403 on every write to the content types', async () => {
    const list = await request(cms.url, '/api/articles?fields[0]=title');
    const id = list.body.data[0].documentId;
    const attempts: [string, string][] = [
      ['POST', '/api/articles'],
      ['PUT', `/api/articles/${id}`],
      ['DELETE', `/api/articles/${id}`],
      ['POST', '/api/faq-entries'],
      ['POST', '/api/treatment-options'],
      ['POST', '/api/clinicians'],
      ['PUT', '/api/site-setting'],
      ['DELETE', '/api/site-setting'],
    ];
    for (const [method, path] of attempts) {
      const reply = await request(cms.url, path, { method, body: { data: { title: 'x' } } });
      expect(reply.status, `${method} ${path}`).toBe(403);
      expect(reply.body.error.name, `${method} ${path}`).toBe('ForbiddenError');
    }
    const after = await request(cms.url, '/api/articles?fields[0]=title');
    expect(after.body.data).toEqual(list.body.data);
  });

  it('reads and posts comments, but gets 403 on changing or deleting them', async () => {
    const list = await request(cms.url, '/api/comments');
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    expect((await request(cms.url, '/api/comments/form-token')).status).toBe(200);
    // A post is let through to the comment rules, which refuse this one for its content.
    const post = await request(cms.url, '/api/comments', { method: 'POST', body: { data: { body: 'x' } } });
    expect(post.status).toBe(400);
    expect(post.body.error.name).toBe('ValidationError');

    const id = list.body.data[0].documentId;
    for (const method of ['PUT', 'DELETE']) {
      const body = method === 'PUT' ? { data: { body: 'x' } } : undefined;
      const reply = await request(cms.url, `/api/comments/${id}`, { method, body });
      expect(reply.status, method).toBe(403);
      expect(reply.body.error.name, method).toBe('ForbiddenError');
    }
    expect((await request(cms.url, `/api/comments/${id}`)).body.data).toEqual(list.body.data[0]);
  });

  it('gets 403 on users, sign-up and login', async () => {
    for (const [method, path, body] of [
      ['GET', '/api/users', undefined],
      ['GET', '/api/users/1', undefined],
      ['GET', '/api/users-permissions/roles', undefined],
      ['POST', '/api/auth/local/register', { username: 'visitor', email: 'v@example.com', password: 'Passw0rd!x' }],
      ['POST', '/api/auth/local', { identifier: 'v@example.com', password: 'Passw0rd!x' }],
    ] as const) {
      const reply = await request(cms.url, path, { method, body });
      expect(reply.status, `${method} ${path}`).toBe(403);
    }
  });

  it('is refused by the admin API without a token (401) and with a bad one (401)', async () => {
    for (const path of ['/admin/users', `${CM}/${ARTICLE}`, '/admin/roles', '/upload/files']) {
      expect((await request(cms.url, path)).status, path).toBe(401);
      expect((await request(cms.url, path, { token: 'not-a-token' })).status, path).toBe(401);
    }
  });

  it('cannot populate the admin users who created an entry', async () => {
    const reply = await request(cms.url, '/api/articles?populate[createdBy]=true&populate[updatedBy]=true');
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).not.toMatch(/@example\.com/);
  });
});

describe('comments always belong to an article', () => {
  const COMMENT = 'api::comment.comment';
  const comment = { body: 'A question about the consult.', authorName: 'Sample Visitor', authorEmail: 'visitor@example.com' };

  it('refuses a comment without an article, with a message on the field', async () => {
    const reply = await request(cms.url, `${CM}/${COMMENT}`, { method: 'POST', token: adminToken, body: comment });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(/must belong to an article/);
    expect(reply.body.error.details.errors[0].path).toEqual(['article']);
  });

  it('creates one on an article, held as pending by default', async () => {
    const articles = await request(cms.url, `${CM}/${ARTICLE}`, { token: adminToken });
    const article = articles.body.results.find((a: { slug: string }) => a.slug === 'what-is-ketamine-treatment');
    const reply = await request(cms.url, `${CM}/${COMMENT}`, {
      method: 'POST',
      token: adminToken,
      body: { ...comment, article: { connect: [{ documentId: article.documentId }] } },
    });
    expect(reply.status).toBe(201);
    expect(reply.body.data.moderationStatus).toBe('pending');
  });
});

describe('the Editor writes content and never sees visitors’ personal data', () => {
  it('gets 403 on comments in the Content Manager: no list, no entry, no change', async () => {
    const all = await request(cms.url, `${CM}/api::comment.comment?page=1&pageSize=10`, { token: adminToken });
    expect(all.status).toBe(200);
    const existing = all.body.results[0] as { documentId: string; authorEmail: string };
    expect(existing.authorEmail).toMatch(/@example\.com$/);

    const attempts: [string, string][] = [
      ['GET', `${CM}/api::comment.comment?page=1&pageSize=10`],
      ['GET', `${CM}/api::comment.comment/${existing.documentId}`],
      ['PUT', `${CM}/api::comment.comment/${existing.documentId}`],
      ['DELETE', `${CM}/api::comment.comment/${existing.documentId}`],
      ['POST', `${CM}/api::comment.comment`],
    ];
    for (const [method, path] of attempts) {
      const reply = await request(cms.url, path, { method, token: editorToken, body: method === 'GET' || method === 'DELETE' ? undefined : { body: 'x' } });
      expect(reply.status, `${method} ${path}`).toBe(403);
      expect(JSON.stringify(reply.body), `${method} ${path}`).not.toContain(existing.authorEmail);
    }
  });

  it('still writes articles, longer ones than the 64 KB a visitor may send', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, index) => `Paragraph ${index + 1}: ${'a long article body '.repeat(30)}`);
    const body = paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
    const data = { title: 'A long article', slug: 'a-long-article', excerpt: 'Long', body };
    expect(JSON.stringify(data).length).toBeGreaterThan(150 * 1024);

    const created = await request(cms.url, `${CM}/${ARTICLE}`, { method: 'POST', token: editorToken, body: data });
    expect(created.status).toBe(201);
    expect(created.body.data.body).toHaveLength(300);
  });
});

describe('private data stays private', () => {
  it('cannot filter or sort articles by the admin users behind them', async () => {
    for (const query of ['filters[createdBy][email][$eq]=admin@example.com', 'sort[0]=createdBy.email:asc']) {
      const reply = await request(cms.url, `/api/articles?${query}`);
      expect(reply.status, query).toBe(400);
    }
  });

  it('gets 403 on the media library API', async () => {
    expect((await request(cms.url, '/api/upload/files')).status).toBe(403);
  });
});
