import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { adminLogin, CM, request } from './support/http';

const ARTICLE = 'api::article.article';
// A 1×1 PNG: enough for the upload plugin to take it as an image.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let cms: Cms;
let editor: string;
let reviewerId: string;

/** Uploads the pixel through the admin's Media Library API, with or without an alternative text. */
async function upload(alternativeText: string | null): Promise<number> {
  const form = new FormData();
  form.append('files', new Blob([PIXEL], { type: 'image/png' }), 'pixel.png');
  form.append('fileInfo', JSON.stringify({ name: 'pixel.png', alternativeText }));
  const response = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${editor}` }, body: form });
  const body = (await response.json()) as { id: number }[];
  expect(response.status, JSON.stringify(body)).toBe(201);
  return body[0]!.id;
}

async function draftWithCover(slug: string, cover: number) {
  const created = await request(cms.url, `${CM}/${ARTICLE}`, {
    method: 'POST',
    token: editor,
    body: {
      title: `Article ${slug}`,
      slug,
      excerpt: 'An article with a cover.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text.' }] }],
      medicalReviewer: { connect: [{ documentId: reviewerId }] },
      lastReviewedAt: '2026-11-30',
      cover,
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.data.documentId as string;
}

const publish = (documentId: string) => request(cms.url, `${CM}/${ARTICLE}/${documentId}/actions/publish`, { method: 'POST', token: editor, body: {} });

beforeAll(async () => {
  cms = await startCms();
  editor = await adminLogin(cms.url, USERS.editor);
  const clinicians = await request(cms.url, `${CM}/api::clinician.clinician`, { token: editor });
  reviewerId = clinicians.body.results[0].documentId;
});

afterAll(async () => {
  await cms?.destroy();
});

describe('cover images', () => {
  it('are seeded: the sample article has a cover with its alternative text and the sizes Strapi made', async () => {
    const reply = await request(
      cms.url,
      '/api/articles?filters[slug][$eq]=what-is-ketamine-treatment&fields[0]=title&populate[cover][fields][0]=alternativeText&populate[cover][fields][1]=formats&populate[cover][fields][2]=width',
    );
    const cover = reply.body.data[0].cover;
    expect(cover.alternativeText).toMatch(/sample cover image/);
    expect(cover.width).toBe(1600);
    expect(Object.keys(cover.formats).sort()).toEqual(['large', 'medium', 'small', 'thumbnail']);
  });

  it('without an alternative text keep an article from being published, with a message that says so', async () => {
    const documentId = await draftWithCover('cover-without-alt', await upload(null));
    const refused = await publish(documentId);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/alternative text/i);
    expect(refused.body.error.details.errors.map((error: { path: string[] }) => error.path[0])).toEqual(['cover']);
    const visitors = await request(cms.url, '/api/articles?filters[slug][$eq]=cover-without-alt&fields[0]=slug');
    expect(visitors.body.data).toEqual([]);
  });

  it('with an alternative text let it be published', async () => {
    const documentId = await draftWithCover('cover-with-alt', await upload('A single grey dot'));
    expect((await publish(documentId)).status).toBe(200);
  });
});
