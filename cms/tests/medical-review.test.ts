import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { adminLogin, CM, request } from './support/http';

const ARTICLE = 'api::article.article';

let cms: Cms;
let editorToken: string;
let reviewerId: string;

const draft = (slug: string) => ({
  title: `Article ${slug}`,
  slug,
  excerpt: 'An article that needs a medical review.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text.' }] }],
});

async function isPublic(slug: string) {
  const reply = await request(cms.url, `/api/articles?filters[slug][$eq]=${slug}&fields[0]=slug`);
  return reply.body.data.length === 1;
}

beforeAll(async () => {
  cms = await startCms();
  editorToken = await adminLogin(cms.url, USERS.editor);
  const clinicians = await request(cms.url, `${CM}/api::clinician.clinician`, { token: editorToken });
  reviewerId = clinicians.body.results[0].documentId;
});

afterAll(async () => {
  await cms?.destroy();
});

describe('an article cannot be published without a medical review', () => {
  it('refuses to publish a saved draft that has no reviewer and no review date, and keeps the draft', async () => {
    const created = await request(cms.url, `${CM}/${ARTICLE}`, { method: 'POST', token: editorToken, body: draft('no-review') });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;

    const publish = await request(cms.url, `${CM}/${ARTICLE}/${documentId}/actions/publish`, {
      method: 'POST',
      token: editorToken,
      body: draft('no-review'),
    });
    expect(publish.status).toBe(400);
    expect(publish.body.error.name).toBe('ValidationError');
    expect(publish.body.error.message).toMatch(/medical reviewer/i);
    expect(publish.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort()).toEqual([
      'lastReviewedAt',
      'medicalReviewer',
    ]);
    expect(await isPublic('no-review')).toBe(false);

    const kept = await request(cms.url, `${CM}/${ARTICLE}/${documentId}`, { token: editorToken });
    expect(kept.status).toBe(200);
    expect(kept.body.data.title).toBe('Article no-review');
  });

  it('refuses "create and publish" in one step without the review fields', async () => {
    const publish = await request(cms.url, `${CM}/${ARTICLE}/actions/publish`, {
      method: 'POST',
      token: editorToken,
      body: { ...draft('create-and-publish'), lastReviewedAt: '2026-11-01' },
    });
    expect(publish.status).toBe(400);
    expect(publish.body.error.message).toMatch(/medical reviewer/i);
    expect(await isPublic('create-and-publish')).toBe(false);
  });

  it('refuses a review date without a reviewer', async () => {
    const created = await request(cms.url, `${CM}/${ARTICLE}`, {
      method: 'POST',
      token: editorToken,
      body: { ...draft('date-only'), lastReviewedAt: '2026-11-01' },
    });
    const publish = await request(cms.url, `${CM}/${ARTICLE}/${created.body.data.documentId}/actions/publish`, {
      method: 'POST',
      token: editorToken,
      body: { ...draft('date-only'), lastReviewedAt: '2026-11-01' },
    });
    expect(publish.status).toBe(400);
    expect(publish.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toEqual(['medicalReviewer']);
    expect(await isPublic('date-only')).toBe(false);
  });

  it('publishes once a reviewer and a review date are set', async () => {
    const body = {
      ...draft('reviewed'),
      lastReviewedAt: '2026-11-01',
      medicalReviewer: { connect: [{ documentId: reviewerId }] },
    };
    const created = await request(cms.url, `${CM}/${ARTICLE}`, { method: 'POST', token: editorToken, body });
    expect(created.status).toBe(201);
    const publish = await request(cms.url, `${CM}/${ARTICLE}/${created.body.data.documentId}/actions/publish`, {
      method: 'POST',
      token: editorToken,
      body: {},
    });
    expect(publish.status).toBe(200);
    expect(await isPublic('reviewed')).toBe(true);
  });
});
