import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RESERVED_SLUGS } from '@clinic/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRIVACY_POLICY_TERMS } from '../src/seed/content/pages';
import { CMS_DIR, startCms, USERS, type Cms } from './support/cms';
import { adminLogin, CM, request } from './support/http';

const PAGE = 'api::page.page';
const SEEDED = ['about', 'visit-us', 'privacy-policy', 'accessibility'];

type Attribute = { type: string; private?: boolean };
const schemaOf = (type: string): { attributes: Record<string, Attribute> } =>
  JSON.parse(readFileSync(path.join(CMS_DIR, 'src', 'api', type, 'content-types', type, 'schema.json'), 'utf8'));

let cms: Cms;
let editor: string;

const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const draft = (slug: string) => ({ title: `Page ${slug}`, slug, summary: 'A page for the tests.', body: blocks('Page text.') });
const publicSlugs = async (query = '') =>
  (await request(cms.url, `/api/pages?fields[0]=slug&pagination[pageSize]=100${query}`)).body.data.map((page: { slug: string }) => page.slug);
/** The text of a page's blocks, as one string. */
const plainText = (value: unknown): string => JSON.stringify(value).replace(/\\"/g, '"');

beforeAll(async () => {
  cms = await startCms();
  editor = await adminLogin(cms.url, USERS.editor);
});

afterAll(async () => {
  await cms?.destroy();
});

describe('reserved slugs', () => {
  it.each(['faq', 'articles', 'sitemap.xml', 'api', 'Treatments'])('refuses to create a page at /%s, with a message on the slug field', async (slug) => {
    const created = await request(cms.url, `${CM}/${PAGE}`, { method: 'POST', token: editor, body: draft(slug) });
    expect(created.status).toBe(400);
    expect(created.body.error.name).toBe('ValidationError');
    expect(created.body.error.message).toContain(`"/${slug}" is used by the site itself`);
    expect(created.body.error.message).toMatch(/choose another slug/i);
    expect(created.body.error.details.errors).toEqual([expect.objectContaining({ path: ['slug'], message: created.body.error.message })]);
    const stored = await cms.db.query<{ slug: string }>('SELECT slug FROM pages');
    expect(stored.map((row) => row.slug)).not.toContain(slug);
  });

  it('refuses "create and publish" in one step with a reserved slug', async () => {
    const published = await request(cms.url, `${CM}/${PAGE}/actions/publish`, { method: 'POST', token: editor, body: draft('preview') });
    expect(published.status).toBe(400);
    expect(published.body.error.details.errors[0].path).toEqual(['slug']);
    expect(await publicSlugs()).not.toContain('preview');
  });

  it('refuses to change a page to a reserved slug and keeps the page as it was', async () => {
    const created = await request(cms.url, `${CM}/${PAGE}`, { method: 'POST', token: editor, body: draft('our-story') });
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;

    const updated = await request(cms.url, `${CM}/${PAGE}/${documentId}`, {
      method: 'PUT',
      token: editor,
      body: { ...draft('consult'), title: 'Renamed' },
    });
    expect(updated.status).toBe(400);
    expect(updated.body.error.message).toMatch(/"consult"/);
    expect(updated.body.error.details.errors[0].path).toEqual(['slug']);

    const kept = await request(cms.url, `${CM}/${PAGE}/${documentId}`, { token: editor });
    expect(kept.body.data).toMatchObject({ slug: 'our-story', title: 'Page our-story' });
  });

  it('lets a page be saved under a new slug that only contains a reserved word', async () => {
    const created = await request(cms.url, `${CM}/${PAGE}`, { method: 'POST', token: editor, body: draft('faq-for-families') });
    expect(created.status).toBe(201);
  });

  it('is the list the site routes by (the same module)', () => {
    expect(RESERVED_SLUGS).toEqual(expect.arrayContaining(['articles', 'treatments', 'faq', 'team', 'consult', 'preview']));
  });
});

describe('the public pages API', () => {
  it('publishes a normal page, which then appears at /api/pages', async () => {
    const created = await request(cms.url, `${CM}/${PAGE}`, { method: 'POST', token: editor, body: draft('opening-news') });
    expect(created.status).toBe(201);
    expect(await publicSlugs()).not.toContain('opening-news');

    const published = await request(cms.url, `${CM}/${PAGE}/${created.body.data.documentId}/actions/publish`, {
      method: 'POST',
      token: editor,
      body: {},
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(await publicSlugs()).toContain('opening-news');
  });

  it('lists published pages only', async () => {
    await request(cms.url, `${CM}/${PAGE}`, { method: 'POST', token: editor, body: draft('draft-only-page') });
    const slugs = await publicSlugs();
    expect(slugs).toEqual(expect.arrayContaining(SEEDED));
    expect(slugs).not.toContain('draft-only-page');
    expect(slugs).not.toContain('our-story');
  });

  it('refuses ?status=draft with a 400', async () => {
    const reply = await request(cms.url, '/api/pages?status=draft&fields[0]=slug');
    expect(reply.status).toBe(400);
    expect(reply.body.error.details.errors[0].path).toEqual(['status']);
  });

  it('answers with the page fields and nothing private', async () => {
    const attributes = schemaOf('page').attributes;
    expect(Object.entries(attributes).filter(([, attribute]) => attribute.private)).toEqual([]);
    const allowed = new Set([...Object.keys(attributes), 'id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale']);

    const reply = await request(cms.url, '/api/pages?populate[seo]=true&pagination[pageSize]=100');
    expect(reply.status).toBe(200);
    expect(reply.body.data.length).toBeGreaterThanOrEqual(SEEDED.length);
    for (const page of reply.body.data) {
      expect(Object.keys(page).filter((key) => !allowed.has(key)), page.slug).toEqual([]);
    }
  });

  it('reads one published page by documentId and 404s an unknown one', async () => {
    const list = await request(cms.url, '/api/pages?filters[slug][$eq]=about&fields[0]=title');
    const one = await request(cms.url, `/api/pages/${list.body.data[0].documentId}?fields[0]=title`);
    expect(one.body.data.title).toBe('About the clinic');
    expect((await request(cms.url, '/api/pages/no-such-document')).status).toBe(404);
  });

  it('shows a published edit at the next read, cached or not', async () => {
    const query = '/api/pages?filters[slug][$eq]=visit-us&fields[0]=title';
    await request(cms.url, query);
    expect((await request(cms.url, query)).headers.get('x-cache')).toBe('HIT');

    const { documentId } = (await request(cms.url, query)).body.data[0];
    const saved = await request(cms.url, `${CM}/${PAGE}/${documentId}`, { method: 'PUT', token: editor, body: { title: 'Visit the clinic' } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await request(cms.url, query)).body.data[0].title).toBe('Visit us');
    await request(cms.url, `${CM}/${PAGE}/${documentId}/actions/publish`, { method: 'POST', token: editor, body: {} });
    expect((await request(cms.url, query)).body.data[0].title).toBe('Visit the clinic');
  });
});

describe('the seeded pages', () => {
  type SeededPage = { slug: string; title: string; showInFooter: boolean; footerOrder: number; showContactDetails: boolean; body: unknown };
  let pages: Record<string, SeededPage>;

  beforeAll(async () => {
    const reply = await request(cms.url, `/api/pages?pagination[pageSize]=100&${SEEDED.map((slug, index) => `filters[slug][$in][${index}]=${slug}`).join('&')}`);
    pages = Object.fromEntries(reply.body.data.map((page: SeededPage) => [page.slug, page]));
  });

  it('are the four pages, published', () => {
    expect(Object.keys(pages).sort()).toEqual([...SEEDED].sort());
  });

  it('link visit us, the privacy policy and the accessibility statement from the footer, in that order', () => {
    const footer = Object.values(pages)
      .filter((page) => page.showInFooter)
      .sort((a, b) => a.footerOrder - b.footerOrder)
      .map((page) => page.slug);
    expect(footer).toEqual(['visit-us', 'privacy-policy', 'accessibility']);
  });

  it('show the contact details from the site settings rather than a copy of them', async () => {
    expect(pages['visit-us']?.showContactDetails).toBe(true);
    const settings = (await request(cms.url, '/api/site-setting?fields[0]=phone&fields[1]=address')).body.data;
    for (const page of Object.values(pages)) {
      expect(plainText(page.body), page.slug).not.toContain(settings.phone);
      expect(plainText(page.body), page.slug).not.toContain(settings.address);
    }
  });

  it('mark as samples what only the clinic can supply', () => {
    expect(plainText(pages.about?.body)).toMatch(/sample/i);
    expect(plainText(pages['visit-us']?.body)).toMatch(/sample/i);
  });

  it('state the WCAG 2.2 AA target, the checks, the known limitations and how to report a barrier', () => {
    const text = plainText(pages.accessibility?.body);
    expect(text).toMatch(/WCAG\) 2\.2 at level AA/);
    expect(text).toMatch(/axe/);
    expect(text).toMatch(/keyboard/);
    expect(text).toMatch(/Known limitations/);
    expect(text).toMatch(/Tell us about a barrier/);
    expect(pages.accessibility?.showContactDetails).toBe(true);
  });
});

describe('the privacy policy and the schemas that hold visitors\' data', () => {
  it.each(['comment', 'consult-request'] as const)('names every private field of the %s schema: a new one needs the policy changed too', async (type) => {
    const privateFields = Object.entries(schemaOf(type).attributes)
      .filter(([, attribute]) => attribute.private)
      .map(([name]) => name);
    expect(privateFields.length).toBeGreaterThan(0);

    const reply = await request(cms.url, '/api/pages?filters[slug][$eq]=privacy-policy&fields[0]=body');
    const policy = plainText(reply.body.data[0].body).toLowerCase();
    const unnamed = privateFields.filter((field) => {
      const term = PRIVACY_POLICY_TERMS[type][field];
      return !term || !policy.includes(term.toLowerCase());
    });
    expect(unnamed, `private ${type} fields the privacy policy does not name (see src/seed/content/pages.ts)`).toEqual([]);
  });

  it('says the email and IP address are never shown, how long they are kept, and how to get a copy or erasure', async () => {
    const reply = await request(cms.url, '/api/pages?filters[slug][$eq]=privacy-policy&fields[0]=body');
    const policy = plainText(reply.body.data[0].body);
    expect(policy).toMatch(/email address.*never shown/i);
    expect(policy).toMatch(/keyed hash of your IP address/i);
    expect(policy).toMatch(/no analytics/i);
    expect(policy).toMatch(/kept until the comment is deleted, or until you ask us to erase/i);
    expect(policy).toMatch(/copy of every comment/i);
    expect(policy).toMatch(/"Anonymous"/);
  });

  it('says consultation requests are encrypted, who reads them, that the email has none of it, and when they are deleted', async () => {
    const reply = await request(cms.url, '/api/pages?filters[slug][$eq]=privacy-policy&fields[0]=body');
    const policy = plainText(reply.body.data[0].body);
    expect(policy).toMatch(/not to include medical details/);
    expect(policy).toMatch(/stored encrypted/);
    expect(policy).toMatch(/editors and comment moderators cannot/);
    expect(policy).toMatch(/never your name, contact details or message/);
    expect(policy).toMatch(/180 days after the front desk closes it.*365 days after you sent it/);
  });
});

describe('seeding the pages', () => {
  it('changes nothing when the CMS starts again', async () => {
    const snapshot = async () => JSON.parse(JSON.stringify(await cms.db.query('SELECT * FROM pages ORDER BY id')));
    const before = await snapshot();
    await cms.restart();
    expect(await snapshot()).toEqual(before);
    editor = await adminLogin(cms.url, USERS.editor);
  });

  it('gives the pages once to a site seeded before pages existed, and never brings back a deleted page', async () => {
    const all = await request(cms.url, `${CM}/${PAGE}?pageSize=100`, { token: editor });
    for (const page of all.body.results) {
      const removed = await request(cms.url, `${CM}/${PAGE}/${page.documentId}`, { method: 'DELETE', token: editor });
      expect(removed.status).toBe(200);
    }
    // As on a database seeded before pages existed: content, but no pages and no pages marker.
    await cms.db.execute(`DELETE FROM strapi_core_store_settings WHERE key = 'core_clinic-seed_pages'`);
    await cms.restart();
    expect((await publicSlugs()).sort()).toEqual([...SEEDED].sort());

    editor = await adminLogin(cms.url, USERS.editor);
    const about = (await request(cms.url, `${CM}/${PAGE}?filters[slug][$eq]=about`, { token: editor })).body.results[0];
    await request(cms.url, `${CM}/${PAGE}/${about.documentId}`, { method: 'DELETE', token: editor });
    await cms.restart();
    expect(await publicSlugs()).not.toContain('about');
  });
});
