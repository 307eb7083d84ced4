import { checkPreviewUrl, PREVIEW_MAX_TTL_SECONDS, previewApiKey } from '@clinic/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_SECRET, startCms, USERS, type Cms } from './support/cms';
import { adminLogin, CM, request } from './support/http';

const SITE_URL = 'https://site.example.test';
const PREVIEW_URL = '/content-manager/preview/url';

let cms: Cms;
let editor: string;
let moderator: string;
let apiKey: string;

/** A seeded document's id, as the editor sees it in the Content Manager. */
async function firstDocument(uid: string): Promise<string> {
  const reply = await request(cms.url, `${CM}/${uid}?pageSize=1`, { token: editor });
  const documentId = reply.body.results?.[0]?.documentId;
  if (!documentId) throw new Error(`No ${uid} to preview: ${JSON.stringify(reply.body)}`);
  return documentId;
}

const previewUrl = (token: string, uid: string, query: string) => request(cms.url, `${PREVIEW_URL}/${uid}?${query}`, { token });

beforeAll(async () => {
  cms = await startCms({ env: { SITE_URL } });
  [editor, moderator] = await Promise.all([adminLogin(cms.url, USERS.editor), adminLogin(cms.url, USERS.moderator)]);
  apiKey = await previewApiKey(PREVIEW_SECRET);
});

afterAll(async () => {
  await cms?.destroy();
});

describe('preview links from the Content Manager', () => {
  it('are signed links to the site for each content type that has a page, in the status asked for', async () => {
    for (const [uid, type] of [
      ['api::article.article', 'article'],
      ['api::treatment-option.treatment-option', 'treatment-option'],
      ['api::faq-entry.faq-entry', 'faq-entry'],
      ['api::page.page', 'page'],
    ] as const) {
      const documentId = await firstDocument(uid);
      for (const status of ['draft', 'published'] as const) {
        const reply = await previewUrl(editor, uid, `documentId=${documentId}&status=${status}`);
        expect(reply.status, `${uid} ${status}`).toBe(200);
        const url = new URL(reply.body.data.url);
        expect(`${url.origin}${url.pathname}`).toBe(`${SITE_URL}/preview`);
        const check = await checkPreviewUrl(url, { secret: PREVIEW_SECRET });
        expect(check).toMatchObject({ ok: true, target: { type, documentId, status } });
        if (check.ok) expect(check.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(PREVIEW_MAX_TTL_SECONDS * 1000);
      }
    }
  });

  it('show the draft when the admin asks for a "modified" document (a draft with unpublished changes)', async () => {
    const documentId = await firstDocument('api::article.article');
    const reply = await previewUrl(editor, 'api::article.article', `documentId=${documentId}&locale=&status=modified`);
    const check = await checkPreviewUrl(new URL(reply.body.data.url), { secret: PREVIEW_SECRET });
    expect(check).toMatchObject({ ok: true, target: { documentId, status: 'draft' } });
  });

  it('open the home page for the site settings (a single type, always published)', async () => {
    const reply = await previewUrl(editor, 'api::site-setting.site-setting', '');
    expect(reply.status).toBe(200);
    const check = await checkPreviewUrl(new URL(reply.body.data.url), { secret: PREVIEW_SECRET });
    expect(check).toMatchObject({ ok: true, target: { type: 'site-setting', status: 'published' } });
  });

  it('do not exist for comments and clinicians, which have no page of their own', async () => {
    const admin = await adminLogin(cms.url, USERS.admin);
    for (const uid of ['api::comment.comment', 'api::clinician.clinician']) {
      const documentId = await firstDocument(uid).catch(() => 'no-such-document');
      const reply = await previewUrl(admin, uid, `documentId=${documentId}&status=published`);
      expect(reply.status, uid).toBe(204);
    }
  });

  it('are refused to the Moderator, who may not read articles in the Content Manager', async () => {
    const documentId = await firstDocument('api::article.article');
    const reply = await previewUrl(moderator, 'api::article.article', `documentId=${documentId}&status=draft`);
    expect(reply.status).toBe(403);
    expect(reply.body.error.name).toBe('ForbiddenError');
    expect(JSON.stringify(reply.body)).not.toContain('/preview?');
  });

  it('are refused without an admin session', async () => {
    const reply = await request(cms.url, `${PREVIEW_URL}/api::article.article?documentId=x&status=draft`);
    expect(reply.status).toBe(401);
  });

  it('stop working for another document, another status, after their expiry, and when forged', async () => {
    const documentId = await firstDocument('api::article.article');
    const reply = await previewUrl(editor, 'api::article.article', `documentId=${documentId}&status=draft`);
    const url = new URL(reply.body.data.url);
    const changed = (name: string, value: string) => {
      const copy = new URL(url);
      copy.searchParams.set(name, value);
      return copy;
    };
    const check = (link: URL, now?: number) => checkPreviewUrl(link, { secret: PREVIEW_SECRET, now });
    expect(await check(changed('documentId', 'another-document'))).toEqual({ ok: false, reason: 'forged' });
    expect(await check(changed('status', 'published'))).toEqual({ ok: false, reason: 'forged' });
    expect(await check(changed('token', 'A'.repeat(43)))).toEqual({ ok: false, reason: 'forged' });
    expect(await check(url, Date.now() + (PREVIEW_MAX_TTL_SECONDS + 1) * 1000)).toEqual({ ok: false, reason: 'expired' });
    url.searchParams.delete('token');
    expect(await check(url)).toEqual({ ok: false, reason: 'missing' });
  });
});

describe("the page renderer's preview API token", () => {
  it('reads drafts, which visitors cannot', async () => {
    const created = await request(cms.url, `${CM}/api::article.article`, {
      method: 'POST',
      token: editor,
      body: {
        title: 'A draft only editors see',
        slug: 'draft-only-for-preview',
        excerpt: 'Not published.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Draft text.' }] }],
      },
    });
    expect(created.status).toBe(201);
    const query = '/api/articles?status=draft&filters[slug][$eq]=draft-only-for-preview&fields[0]=title';
    const byToken = await request(cms.url, query, { token: apiKey });
    expect(byToken.status).toBe(200);
    expect(byToken.body.data.map((article: { title: string }) => article.title)).toEqual(['A draft only editors see']);
    expect(byToken.headers.get('cache-control') ?? '').not.toMatch(/public/);

    const byVisitor = await request(cms.url, query);
    expect(byVisitor.status).toBe(400);
    const published = await request(cms.url, '/api/articles?filters[slug][$eq]=draft-only-for-preview');
    expect(published.body.data).toEqual([]);
  });

  it('cannot write anything', async () => {
    const documentId = await firstDocument('api::article.article');
    const attempts = [
      request(cms.url, '/api/articles', { method: 'POST', token: apiKey, body: { data: { title: 'x', slug: 'x' } } }),
      request(cms.url, `/api/articles/${documentId}`, { method: 'PUT', token: apiKey, body: { data: { title: 'x' } } }),
      request(cms.url, `/api/articles/${documentId}`, { method: 'DELETE', token: apiKey }),
      request(cms.url, '/api/site-setting', { method: 'PUT', token: apiKey, body: { data: { clinicName: 'x' } } }),
      request(cms.url, '/api/clinicians', { method: 'POST', token: apiKey, body: { data: { name: 'x' } } }),
    ];
    for (const reply of await Promise.all(attempts)) expect([403, 405]).toContain(reply.status);
    const still = await request(cms.url, `/api/articles/${documentId}`);
    expect(still.status).toBe(200);
  });

  it('is not the public role: it cannot post or read comments, as visitors can', async () => {
    const asToken = await request(cms.url, '/api/comments', { token: apiKey });
    expect(asToken.status).toBe(403);
    const asVisitor = await request(cms.url, '/api/comments');
    expect(asVisitor.status).not.toBe(403);
    const post = await request(cms.url, '/api/comments', { method: 'POST', token: apiKey, body: { data: {} } });
    expect(post.status).toBe(403);
  });

  it('is known to the admin by name, with its key neither shown nor stored in clear', async () => {
    const admin = await adminLogin(cms.url, USERS.admin);
    const tokens = await request(cms.url, '/admin/api-tokens', { token: admin });
    const token = tokens.body.data.find((each: { name: string }) => /preview/i.test(each.name));
    expect(token).toMatchObject({ type: 'custom', lifespan: null });
    const detail = await request(cms.url, `/admin/api-tokens/${token.id}`, { token: admin });
    expect(JSON.stringify(detail.body)).not.toContain(apiKey);
    const rows = await cms.db.query<{ access_key: string }>('SELECT access_key FROM strapi_api_tokens');
    expect(rows.map((row) => row.access_key)).not.toContain(apiKey);
  });
});
