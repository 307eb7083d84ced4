/**
 * The cache of public reads: what it keeps, what it never keeps, and that every kind of
 * write is visible at the very next request. Runs on SQLite and PostgreSQL, with the cache
 * in the CMS process (the Redis-shared case is covered by the scaled-stack tests).
 */
import { get as httpGet } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { ARTICLE, articleId, commentFields, createArticle, postComment, unique, updateSettings } from './support/comments';
import { adminLogin, CM, request } from './support/http';

const CLINICIAN = 'api::clinician.clinician';
const SLUG = 'what-is-ketamine-treatment';
const articleBySlug = (slug: string, extra = '') => `/api/articles?filters[slug][$eq]=${slug}&fields[0]=title${extra}`;

let cms: Cms;
let editor: string;
let moderator: string;
let article: string;

const get = (path: string, headers: Record<string, string> = {}) => request(cms.url, path, { headers });
const cacheState = async (path: string, headers: Record<string, string> = {}) => (await get(path, headers)).headers.get('x-cache');

/** Reads until the answer is in the cache, so that the next read would be a hit if nothing changed. */
async function warm(path: string) {
  await get(path);
  expect(await cacheState(path)).toBe('HIT');
}

async function publishEdit(type: string, documentId: string, data: Record<string, unknown>) {
  const saved = await request(cms.url, `${CM}/${type}/${documentId}`, { method: 'PUT', token: editor, body: data });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const published = await request(cms.url, `${CM}/${type}/${documentId}/actions/publish`, { method: 'POST', token: editor, body: {} });
  expect(published.status, JSON.stringify(published.body)).toBe(200);
}

beforeAll(async () => {
  cms = await startCms({ env: { COMMENT_MIN_FILL_SECONDS: '0', COMMENT_FLOOD_SECONDS: '0' } });
  [editor, moderator] = await Promise.all([adminLogin(cms.url, USERS.editor), adminLogin(cms.url, USERS.moderator)]);
  article = await articleId(cms);
});

afterAll(async () => {
  await cms?.destroy();
});

describe('what the cache keeps', () => {
  it('answers a repeated read from the cache, with the same body', async () => {
    const path = articleBySlug(SLUG, '&fields[1]=slug');
    const first = await get(path);
    const second = await get(path);
    expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
    expect(second.body).toEqual(first.body);
    expect(second.body.data[0].title).toBe('What is ketamine treatment?');
  });

  it('serves the same entry for the same query written in another order or encoding', async () => {
    await get(`/api/faq-entries?sort[0]=order:asc&fields[0]=question&pagination[pageSize]=3`);
    expect(await cacheState(`/api/faq-entries?pagination[pageSize]=3&fields[0]=question&sort[0]=order:asc`)).toBe('HIT');
    expect(await cacheState(`/api/faq-entries?pagination%5BpageSize%5D=3&fields%5B0%5D=question&sort%5B0%5D=order%3Aasc`)).toBe('HIT');
    expect(await cacheState(`/api/faq-entries?pagination[pageSize]=2&fields[0]=question&sort[0]=order:asc`)).toBe('MISS');
  });

  it('sends a hit with the same security and CORS headers as Strapi sends, for each Origin', async () => {
    const path = '/api/clinicians?fields[0]=name';
    const site = { Origin: 'http://localhost:5173' };
    const other = { Origin: 'https://elsewhere.example' };
    const [first, hit] = [await get(path, site), await get(path, site)];
    expect(hit.headers.get('x-cache')).toBe('HIT');
    for (const name of ['access-control-allow-origin', 'content-security-policy', 'x-frame-options', 'strict-transport-security', 'x-powered-by']) {
      expect(hit.headers.get(name), name).toBe(first.headers.get(name));
    }
    expect(hit.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(hit.headers.get('vary')).toBe(first.headers.get('vary'));
    // Another origin never gets the site's CORS answer from the cache.
    const foreign = await get(path, other);
    const foreignHit = await get(path, other);
    expect(foreignHit.headers.get('x-cache')).toBe('HIT');
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('http://localhost:5173');
    expect(foreignHit.headers.get('access-control-allow-origin')).toBe(foreign.headers.get('access-control-allow-origin'));
  });

  it('carries a strong ETag, answers 304 to a matching If-None-Match, and lets browsers revalidate', async () => {
    const path = '/api/treatment-options?fields[0]=name&sort[0]=order:asc';
    const first = await get(path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await get(path, { 'If-None-Match': etag! });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect((await get(path, { 'If-None-Match': '"something-else"' })).status).toBe(200);
  });

  it('sends the body gzipped to a client that accepts it', async () => {
    // The whole article with its default populate: large enough to be worth compressing.
    const path = `/api/articles?filters[slug][$eq]=${SLUG}`;
    const response = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
      httpGet(`${cms.url}${path}`, { headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/Accept-Encoding/);
    expect(JSON.parse(gunzipSync(response.body).toString()).data[0].slug).toBe(SLUG);
  });

  it('keeps a 404, and forgets it when the document appears', async () => {
    const documentId = await createArticle(cms, editor, { publish: false });
    const path = `/api/articles/${documentId}?fields[0]=title`;
    expect((await get(path)).status).toBe(404);
    const second = await get(path);
    expect([second.status, second.headers.get('x-cache')]).toEqual([404, 'HIT']);
    expect(second.body.error.name).toBe('NotFoundError');

    const published = await request(cms.url, `${CM}/${ARTICLE}/${documentId}/actions/publish`, { method: 'POST', token: editor, body: {} });
    expect(published.status).toBe(200);
    expect((await get(path)).status).toBe(200);
  });

  it('computes one answer for 50 concurrent requests for the same missing entry', async () => {
    const path = `/api/articles?filters[slug][$eq]=${SLUG}&fields[0]=excerpt&populate[author][fields][0]=name`;
    const replies = await Promise.all(Array.from({ length: 50 }, () => get(path)));
    const states = replies.map((reply) => reply.headers.get('x-cache'));
    expect(states.filter((state) => state === 'MISS')).toHaveLength(1);
    expect(states.every((state) => state === 'MISS' || state === 'SHARED' || state === 'HIT')).toBe(true);
    expect(new Set(replies.map((reply) => JSON.stringify(reply.body))).size).toBe(1);
  });
});

describe('what the cache never keeps', () => {
  it('never answers a request with an Authorization header from the cache, nor keeps its answer', async () => {
    const created = await request(cms.url, '/admin/api-tokens', {
      method: 'POST',
      token: (await adminLogin(cms.url, USERS.admin)),
      body: { name: unique('reader'), type: 'read-only', lifespan: null, description: '' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const token = created.body.data.accessKey as string;
    const path = articleBySlug(SLUG, '&fields[1]=excerpt&fields[2]=slug');

    const withToken = await request(cms.url, path, { token });
    expect(withToken.status).toBe(200);
    expect(withToken.headers.get('x-cache')).toBeNull();
    // Not stored either: the first anonymous request computes its own answer.
    expect(await cacheState(path)).toBe('MISS');
    // And a cached entry is not what a token holder gets.
    expect((await request(cms.url, path, { token })).headers.get('x-cache')).toBeNull();
  });

  it('never uses the cache for a request with an admin cookie', async () => {
    const path = articleBySlug(SLUG, '&fields[1]=lastReviewedAt');
    expect(await cacheState(path, { Cookie: 'jwtToken=anything' })).toBeNull();
    expect(await cacheState(path)).toBe('MISS');
    expect(await cacheState(path, { Cookie: 'strapi_admin_refresh=anything' })).toBeNull();
  });

  it('never keeps the comment form token', async () => {
    const first = await get('/api/comments/form-token');
    const second = await get('/api/comments/form-token');
    expect(first.headers.get('x-cache')).toBeNull();
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(second.body.data.token).not.toBe(first.body.data.token);
  });

  it('never keeps an error other than 404', async () => {
    const path = '/api/articles?status=draft';
    const first = await get(path);
    const second = await get(path);
    expect([first.status, second.status]).toEqual([400, 400]);
    expect(second.headers.get('x-cache')).toBe('BYPASS');
  });
});

describe('every write is visible at the next request', () => {
  it('publishing an edited article', async () => {
    const path = articleBySlug(SLUG);
    await warm(path);
    const title = `What is ketamine treatment? ${unique('edit')}`;
    await publishEdit(ARTICLE, article, { title });
    expect((await get(path)).body.data[0].title).toBe(title);
  });

  it('unpublishing and deleting an article', async () => {
    const documentId = await createArticle(cms, editor);
    const path = `/api/articles/${documentId}?fields[0]=title`;
    await warm(path);
    const unpublished = await request(cms.url, `${CM}/${ARTICLE}/${documentId}/actions/unpublish`, { method: 'POST', token: editor, body: {} });
    expect(unpublished.status).toBe(200);
    expect((await get(path)).status).toBe(404);

    await request(cms.url, `${CM}/${ARTICLE}/${documentId}/actions/publish`, { method: 'POST', token: editor, body: {} });
    await warm(path);
    const deleted = await request(cms.url, `${CM}/${ARTICLE}/${documentId}`, { method: 'DELETE', token: editor });
    expect(deleted.status).toBe(200);
    expect((await get(path)).status).toBe(404);
  });

  it('changing the site settings', async () => {
    const path = '/api/site-setting?fields[0]=phone';
    await warm(path);
    const phone = `(555) 010-${String(Math.floor(Math.random() * 9000) + 1000)}`;
    await updateSettings(cms, editor, { phone });
    expect((await get(path)).body.data.phone).toBe(phone);
  });

  it('editing a clinician changes the articles that show them, and not what does not', async () => {
    const path = articleBySlug(SLUG, '&populate[medicalReviewer][fields][0]=credentials');
    await warm(path);
    const settings = '/api/site-setting?fields[0]=clinicName';
    await warm(settings);

    const current = await get(`/api/articles?filters[slug][$eq]=${SLUG}&populate[medicalReviewer][fields][0]=name`);
    const reviewer = current.body.data[0].medicalReviewer.documentId as string;
    const credentials = `MD, ${unique('cred')}`;
    const saved = await request(cms.url, `${CM}/${CLINICIAN}/${reviewer}`, { method: 'PUT', token: editor, body: { credentials } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    expect((await get(path)).body.data[0].medicalReviewer.credentials).toBe(credentials);
    expect(await cacheState(settings)).toBe('HIT');
  });

  it('approving a comment, and not holding one', async () => {
    const path = `/api/comments?filters[article][documentId][$eq]=${article}`;
    await warm(path);

    const held = await postComment(cms, commentFields(article, { body: unique('held comment') }));
    expect(held.status).toBe(201);
    expect(held.body.data.moderationStatus).toBe('pending');
    // A held comment changes nothing visitors see: the cached list stays.
    expect(await cacheState(path)).toBe('HIT');

    const approve = await request(cms.url, '/moderation/comments/actions/set-status', {
      method: 'POST',
      token: moderator,
      body: { documentIds: [held.body.data.documentId], status: 'approved' },
    });
    expect(approve.status, JSON.stringify(approve.body)).toBe(200);
    const after = await get(path);
    expect(after.body.data.map((comment: { documentId: string }) => comment.documentId)).toContain(held.body.data.documentId);
  });

  it('a comment approved on creation (known author)', async () => {
    await updateSettings(cms, editor, { commentAutoApproveKnownAuthors: true });
    const path = `/api/comments?filters[article][documentId][$eq]=${article}&pagination[pageSize]=100`;
    const author = { authorName: `Known ${unique('a')}`, authorEmail: `${unique('known')}@example.com` };
    const first = await postComment(cms, commentFields(article, { ...author, body: unique('first') }));
    await request(cms.url, '/moderation/comments/actions/set-status', {
      method: 'POST',
      token: moderator,
      body: { documentIds: [first.body.data.documentId], status: 'approved' },
    });
    await warm(path);

    const second = await postComment(cms, commentFields(article, { ...author, body: unique('second') }));
    expect(second.body.data.moderationStatus).toBe('approved');
    const ids = (await get(path)).body.data.map((comment: { documentId: string }) => comment.documentId);
    expect(ids).toContain(second.body.data.documentId);
    await updateSettings(cms, editor, { commentAutoApproveKnownAuthors: false });
  });
});
