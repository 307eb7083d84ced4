/**
 * GET /api/comments and /api/comments/:documentId: the public sees approved
 * comments and their public fields, and no query reaches anything else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import {
  ARTICLE,
  approvedComment,
  articleId,
  commentFields,
  commentRows,
  moderate,
  postComment,
  PUBLIC_KEYS,
  SEEDED_SLUG,
  unique,
} from './support/comments';
import { adminLogin, CM, request } from './support/http';

let cms: Cms;
let article: string;
let editorToken: string;
let moderatorToken: string;

beforeAll(async () => {
  cms = await startCms({ env: { COMMENT_MIN_FILL_SECONDS: '0', COMMENT_FLOOD_SECONDS: '0' } });
  article = await articleId(cms);
  editorToken = await adminLogin(cms.url, USERS.editor);
  moderatorToken = await adminLogin(cms.url, USERS.moderator);
});

afterAll(async () => {
  await cms?.destroy();
});

const list = (query = '') => request(cms.url, `/api/comments${query ? `?${query}` : ''}`);
const ids = (reply: { body: any }) => reply.body.data.map((c: { documentId: string }) => c.documentId) as string[];

async function rowsByStatus() {
  const rows = await commentRows(cms, '1 = 1');
  const byStatus: Record<string, string[]> = {};
  for (const row of rows) (byStatus[row.moderation_status] ??= []).push(row.document_id);
  return byStatus;
}

describe('listing comments', () => {
  it('lists approved comments only, oldest first, with their public fields and the parent’s documentId', async () => {
    const reply = await list(`filters[article][documentId][$eq]=${article}`);
    expect(reply.status).toBe(200);
    const byStatus = await rowsByStatus();
    expect(new Set(ids(reply))).toEqual(new Set(byStatus.approved));
    for (const comment of reply.body.data) {
      expect(Object.keys(comment).sort()).toEqual(PUBLIC_KEYS);
      expect(comment.parent === null || typeof comment.parent.documentId === 'string').toBe(true);
    }
    const times = reply.body.data.map((c: { createdAt: string }) => new Date(c.createdAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // The seeded reply points at its parent, which is in the list too.
    const withParent = reply.body.data.filter((c: { parent: unknown }) => c.parent);
    expect(withParent.length).toBeGreaterThan(0);
    for (const reply_ of withParent) expect(ids(reply)).toContain(reply_.parent.documentId);
    expect(reply.body.meta.pagination).toMatchObject({ page: 1, total: byStatus.approved.length });
  });

  it('filters by the article’s slug, and finds nothing for an unknown one', async () => {
    const bySlug = await list(`filters[article][slug][$eq]=${SEEDED_SLUG}`);
    const byId = await list(`filters[article][documentId][$eq]=${article}`);
    expect(bySlug.status).toBe(200);
    expect(ids(bySlug)).toEqual(ids(byId));
    const none = await list('filters[article][slug][$eq]=no-such-article');
    expect(none.body.data).toEqual([]);
  });

  it('paginates', async () => {
    const first = await list(`filters[article][documentId][$eq]=${article}&pagination[pageSize]=1&pagination[page]=1`);
    const second = await list(`filters[article][documentId][$eq]=${article}&pagination[pageSize]=1&pagination[page]=2`);
    expect(first.body.data).toHaveLength(1);
    expect(second.body.data).toHaveLength(1);
    expect(first.body.data[0].documentId).not.toBe(second.body.data[0].documentId);
    expect(first.body.meta.pagination).toMatchObject({ page: 1, pageSize: 1 });
  });

  it('shows a newly approved comment, and hides it again when it goes to spam or trash', async () => {
    const fields = commentFields(article);
    const posted = await postComment(cms, fields);
    const { documentId } = posted.body.data;
    expect(ids(await list())).not.toContain(documentId);

    await moderate(cms, moderatorToken, documentId, 'approved');
    expect(ids(await list())).toContain(documentId);
    for (const status of ['spam', 'trash', 'pending']) {
      await moderate(cms, moderatorToken, documentId, status);
      expect(ids(await list()), status).not.toContain(documentId);
      expect((await request(cms.url, `/api/comments/${documentId}`)).status, status).toBe(404);
    }
  });

  it('hides a reply while a comment above it is not approved', async () => {
    const top = await approvedComment(cms, moderatorToken, commentFields(article));
    const middle = await approvedComment(cms, moderatorToken, commentFields(article, { parent: top }));
    const bottom = await approvedComment(cms, moderatorToken, commentFields(article, { parent: middle }));
    expect(ids(await list())).toEqual(expect.arrayContaining([top, middle, bottom]));

    await moderate(cms, moderatorToken, top, 'spam');
    const hidden = ids(await list());
    for (const id of [top, middle, bottom]) expect(hidden).not.toContain(id);
    expect((await request(cms.url, `/api/comments/${bottom}`)).status).toBe(404);

    await moderate(cms, moderatorToken, top, 'approved');
    expect(ids(await list())).toEqual(expect.arrayContaining([top, middle, bottom]));
  });
});

describe('no moderation state but approved, and no private field, whatever the query', () => {
  it('filters on moderationStatus only narrow the approved comments', async () => {
    const approved = ids(await list());
    for (const query of [
      'filters[moderationStatus][$eq]=pending',
      'filters[moderationStatus][$eq]=spam',
      'filters[moderationStatus][$in][0]=trash&filters[moderationStatus][$in][1]=spam',
      'filters[moderationStatus][$ne]=approved',
      'filters[$or][0][moderationStatus][$eq]=spam&filters[$or][1][moderationStatus][$null]=false',
      'filters[$not][moderationStatus][$eq]=approved',
      'filters[parent][moderationStatus][$eq]=pending',
      'filters[$or][0][parent][moderationStatus][$eq]=spam&filters[$or][1][id][$gt]=0',
      'status=draft',
    ]) {
      const reply = await list(query);
      expect(reply.status, query).toBe(200);
      for (const id of ids(reply)) expect(approved, query).toContain(id);
    }
  });

  it('refuses to filter or sort by email, IP hash or user agent, however nested (400)', async () => {
    const refused = [
      'filters[authorEmail][$eq]=sample.visitor.a@example.com',
      'filters[authorEmail][$containsi]=example',
      'filters[clientIpHash][$notNull]=true',
      'filters[userAgent][$startsWith]=Mozilla',
      'filters[$or][0][authorEmail][$eq]=x&filters[$or][1][body][$notNull]=true',
      'filters[$and][0][$or][0][$not][authorEmail][$eq]=x',
      'filters[$not][clientIpHash][$null]=true',
      'filters[parent][authorEmail][$eq]=sample.visitor.a@example.com',
      'filters[parent][parent][userAgent][$null]=false',
      'filters[$or][0][parent][clientIpHash][$null]=false',
      'filters[article][createdBy][email][$eq]=admin@example.com',
      'filters[article][updatedBy][id][$gt]=0',
      'sort=authorEmail:asc',
      'sort[0]=clientIpHash:desc',
      'sort[0]=parent.authorEmail:asc',
      'sort[parent][userAgent]=asc',
      'sort[0]=article.createdBy.email:asc',
      'fields[0]=authorEmail',
      'fields[0]=body&fields[1]=clientIpHash',
      'fields[0]=userAgent',
      'populate[parent][fields][0]=authorEmail',
      'populate[parent][populate][parent][fields][0]=clientIpHash',
      'populate[article][populate][createdBy]=true',
      'populate[article][populate][updatedBy][fields][0]=email',
      'populate[article][fields][0]=createdBy',
    ];
    for (const query of refused) {
      const reply = await list(query);
      expect(reply.status, query).toBe(400);
      expect(reply.body.error.name, query).toBe('ValidationError');
      expect(JSON.stringify(reply.body), query).not.toMatch(/@example\.com|[0-9a-f]{64}/);
    }
  });

  it('answers the same public fields whatever fields or populate ask for', async () => {
    for (const query of [
      'fields[0]=moderationStatus',
      'fields[0]=body',
      'populate=*',
      'populate[article]=true',
      'populate[parent][populate]=*',
      'populate[article][populate]=*',
    ]) {
      const reply = await list(query);
      expect(reply.status, query).toBe(200);
      expect(reply.body.data.length, query).toBeGreaterThan(0);
      for (const comment of reply.body.data) expect(Object.keys(comment).sort(), query).toEqual(PUBLIC_KEYS);
      expect(JSON.stringify(reply.body), query).not.toMatch(/@example\.com|moderationStatus|userAgent|clientIpHash/);
    }
  });

  it('articles have no relation to comments: populate from an article reaches none', async () => {
    const refused = await request(cms.url, '/api/articles?populate[comments]=true');
    expect(refused.status).toBe(400);
    const everything = await request(cms.url, '/api/articles?populate=*');
    expect(everything.status).toBe(200);
    expect(Object.keys(everything.body.data[0])).not.toContain('comments');
    expect(JSON.stringify(everything.body)).not.toMatch(/sample\.visitor|moderationStatus|authorEmail/);
    const filtered = await request(cms.url, '/api/articles?filters[comments][authorEmail][$eq]=x');
    expect(filtered.status).toBe(400);
  });
});

describe('one comment', () => {
  it('is served by documentId when approved', async () => {
    const [first] = (await list()).body.data;
    const reply = await request(cms.url, `/api/comments/${first.documentId}`);
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual(first);
  });

  it('is a 404, the same as an unknown id, when pending, spam or trash', async () => {
    const unknown = await request(cms.url, '/api/comments/nosuchcomment00000000000');
    expect(unknown.status).toBe(404);
    const byStatus = await rowsByStatus();
    for (const status of ['pending', 'spam', 'trash']) {
      expect(byStatus[status]?.length, status).toBeGreaterThan(0);
      for (const documentId of byStatus[status]) {
        const reply = await request(cms.url, `/api/comments/${documentId}`);
        expect(reply.status, `${status} ${documentId}`).toBe(404);
        expect(reply.body).toEqual(unknown.body);
      }
    }
  });

  it('cannot be read with private fields either', async () => {
    const [first] = (await list()).body.data;
    const reply = await request(cms.url, `/api/comments/${first.documentId}?fields[0]=authorEmail`);
    expect(reply.status).toBe(400);
  });

  it('GET /api/comments/form-token is the token route, not a comment id', async () => {
    const reply = await request(cms.url, '/api/comments/form-token');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toMatch(/no-store/);
    expect(Object.keys(reply.body.data).sort()).toEqual(['expiresAt', 'token']);
    const minutes = (new Date(reply.body.data.expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThanOrEqual(30);
  });
});

describe('the public cannot change comments', () => {
  it('gets 403 on update and delete, and the comment is unchanged', async () => {
    const [first] = (await list()).body.data;
    const update = await request(cms.url, `/api/comments/${first.documentId}`, {
      method: 'PUT',
      body: { data: { body: 'Changed by a visitor', moderationStatus: 'spam' } },
    });
    expect(update.status).toBe(403);
    const remove = await request(cms.url, `/api/comments/${first.documentId}`, { method: 'DELETE' });
    expect(remove.status).toBe(403);
    expect((await request(cms.url, `/api/comments/${first.documentId}`)).body.data).toEqual(first);
  });
});

describe('comments of an article that is unpublished', () => {
  it('disappear with it and come back when it is published again', async () => {
    const approved = await approvedComment(cms, moderatorToken, commentFields(article, { body: unique('unpublish') }));
    const before = ids(await list(`filters[article][documentId][$eq]=${article}`));
    expect(before).toContain(approved);

    const unpublished = await request(cms.url, `${CM}/${ARTICLE}/${article}/actions/unpublish`, {
      method: 'POST',
      token: editorToken,
      body: {},
    });
    expect(unpublished.status).toBe(200);
    try {
      expect((await list()).body.data).toEqual([]);
      expect((await request(cms.url, `/api/comments/${approved}`)).status).toBe(404);
      expect((await postComment(cms, commentFields(article))).status).toBe(404);
    } finally {
      const published = await request(cms.url, `${CM}/${ARTICLE}/${article}/actions/publish`, {
        method: 'POST',
        token: editorToken,
        body: {},
      });
      expect(published.status).toBe(200);
    }
    expect(ids(await list(`filters[article][documentId][$eq]=${article}`))).toEqual(before);
  });
});
