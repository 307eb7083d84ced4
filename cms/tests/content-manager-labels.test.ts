import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLIED_STORE } from '../src/content-manager/apply-field-labels';
import { startCms, USERS, type Cms } from './support/cms';
import { adminLogin, request } from './support/http';

const ARTICLE = 'api::article.article';
const TREATMENT = 'api::treatment-option.treatment-option';
const FAQ = 'api::faq-entry.faq-entry';
const CLINICIAN = 'api::clinician.clinician';
const SITE_SETTING = 'api::site-setting.site-setting';
const EDITED_TYPES = [ARTICLE, TREATMENT, FAQ, CLINICIAN, SITE_SETTING];

const configKey = (uid: string) => `plugin_content_manager_configuration_content_types::${uid}`;
const APPLIED_KEY = `${APPLIED_STORE.type}_${APPLIED_STORE.name}_${APPLIED_STORE.key}`;

let cms: Cms;
let editorToken: string;
let adminToken: string;

/** What the admin panel reads to draw a type's edit and list views. */
async function configuration(uid: string, token = editorToken) {
  const reply = await request(cms.url, `/content-manager/content-types/${uid}/configuration`, { token });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body.data as { contentType: any; components: Record<string, any> };
}

/** The fields of a view's edit layout, in order: what an editor sees. */
const editFields = (config: any): string[] => config.layouts.edit.flat().map((field: { name: string }) => field.name);

/**
 * What the code manages in every stored configuration (labels, descriptions, the fields that
 * name entries, list columns), and its record of what it applied, read below the API. The
 * rest is Strapi's: it settles some of it (sortable flags) on the second start by itself.
 */
async function storedViews() {
  const rows = await cms.db.query<{ key: string; value: string }>(
    `SELECT key, value FROM strapi_core_store_settings WHERE key LIKE 'plugin_content_manager_configuration_%' OR key = '${APPLIED_KEY}' ORDER BY key`,
  );
  return Object.fromEntries(
    rows.map(({ key, value }) => {
      const stored = JSON.parse(value);
      if (key === APPLIED_KEY) return [key, stored];
      const metadatas = Object.fromEntries(
        Object.entries(stored.metadatas ?? {}).map(([field, meta]: [string, any]) => [
          field,
          { label: meta.edit?.label, description: meta.edit?.description, mainField: meta.edit?.mainField, column: meta.list?.label },
        ]),
      );
      return [key, { mainField: stored.settings?.mainField, list: stored.layouts?.list, metadatas }];
    }),
  );
}

async function storeValue(key: string) {
  const [row] = await cms.db.query<{ value: string }>(`SELECT value FROM strapi_core_store_settings WHERE key = '${key}'`);
  return JSON.parse(row.value);
}

async function setStoreValue(key: string, value: unknown) {
  const json = JSON.stringify(value).replace(/'/g, "''");
  await cms.db.execute(`UPDATE strapi_core_store_settings SET value = '${json}' WHERE key = '${key}'`);
}

async function restartAndLogIn() {
  await cms.restart();
  editorToken = await adminLogin(cms.url, USERS.editor);
  adminToken = await adminLogin(cms.url, USERS.admin);
}

beforeAll(async () => {
  cms = await startCms();
  editorToken = await adminLogin(cms.url, USERS.editor);
  adminToken = await adminLogin(cms.url, USERS.admin);
});

afterAll(async () => {
  await cms?.destroy();
});

describe("the Content Manager speaks the clinic's language", () => {
  it("labels the article's review fields as the clinic names them and says what publishing needs", async () => {
    const { contentType, components } = await configuration(ARTICLE);
    const edit = (field: string) => contentType.metadatas[field].edit;

    expect(edit('medicalReviewer').label).toBe('Medical reviewer');
    expect(edit('lastReviewedAt').label).toBe('Last reviewed on');
    expect(edit('sources').label).toBe('Sources');
    expect(edit('commentsOpen').label).toBe('Comments open');
    for (const field of ['medicalReviewer', 'lastReviewedAt']) {
      expect(edit(field).description).toMatch(/cannot be published without a medical reviewer and a last-reviewed date/);
    }
    expect(edit('slug').label).toBe('Page address');
    expect(edit('slug').description).toMatch(/address of the article's page: \/articles\//);

    // The fields of the Sources entries come from the component's own configuration.
    expect(components['shared.source'].metadatas.url.edit.label).toBe('Link');
    expect(components['shared.source'].metadatas.url.edit.description).toMatch(/https:\/\//);
  });

  it('gives every field an editor sees on the five edited types a label of its own and a description', async () => {
    const unlabelled: string[] = [];
    const components = new Map<string, any>();
    for (const uid of EDITED_TYPES) {
      const config = await configuration(uid);
      Object.entries(config.components).forEach(([componentUid, component]) => components.set(componentUid, component));
      for (const [owner, view] of [[uid, config.contentType], ...Object.entries(config.components)] as [string, any][]) {
        for (const field of editFields(view)) {
          const { label, description } = view.metadatas[field].edit;
          if (label === field || !label || !description) unlabelled.push(`${owner}.${field}`);
        }
      }
    }
    expect(unlabelled).toEqual([]);
    expect([...components.keys()].sort()).toEqual(['shared.seo', 'shared.source', 'shared.specialty']);
  });

  it('lists articles by title, medical reviewer (by name) and last review, under the clinic\'s column names', async () => {
    const { contentType } = await configuration(ARTICLE);
    expect(contentType.layouts.list).toEqual(['title', 'medicalReviewer', 'lastReviewedAt']);
    expect(contentType.metadatas.medicalReviewer.list).toMatchObject({ label: 'Medical reviewer', mainField: 'name' });
    expect(contentType.metadatas.lastReviewedAt.list.label).toBe('Last reviewed');
  });

  it('lists treatment options, FAQ entries and clinicians by the columns an editor scans', async () => {
    const lists: Record<string, string[]> = {};
    for (const uid of [TREATMENT, FAQ, CLINICIAN]) {
      lists[uid] = (await configuration(uid)).contentType.layouts.list;
    }
    expect(lists).toEqual({
      [TREATMENT]: ['name', 'category', 'order'],
      [FAQ]: ['question', 'topic', 'order'],
      [CLINICIAN]: ['name', 'credentials', 'role'],
    });
  });

  it('shows related entries by name, title or question, in the edit view and the list', async () => {
    const { contentType: article } = await configuration(ARTICLE);
    const mainFields = Object.fromEntries(
      ['author', 'medicalReviewer', 'relatedTreatments', 'relatedFaqs'].map((field) => [
        field,
        [article.metadatas[field].edit.mainField, article.metadatas[field].list.mainField],
      ]),
    );
    expect(mainFields).toEqual({
      author: ['name', 'name'],
      medicalReviewer: ['name', 'name'],
      relatedTreatments: ['name', 'name'],
      relatedFaqs: ['question', 'question'],
    });

    const entryNames: Record<string, string> = {};
    for (const uid of [ARTICLE, TREATMENT, FAQ, CLINICIAN]) {
      entryNames[uid] = (await configuration(uid)).contentType.settings.mainField;
    }
    expect(entryNames).toEqual({ [ARTICLE]: 'title', [TREATMENT]: 'name', [FAQ]: 'question', [CLINICIAN]: 'name' });
  });

  it('changes nothing when it runs again on the same database', async () => {
    const before = await storedViews();
    expect(before[APPLIED_KEY]?.[ARTICLE]?.['metadatas.medicalReviewer.edit.label']).toBe('Medical reviewer');
    await restartAndLogIn();
    expect(await storedViews()).toEqual(before);
  });

  it('keeps a label and a list an admin changed in "Configure the view" after a restart, and the rest stays ours', async () => {
    const { contentType } = await configuration(ARTICLE, adminToken);
    // As the admin panel's "Configure the view" sends it: every field, without the list's mainField.
    const metadatas = structuredClone(contentType.metadatas);
    for (const meta of Object.values(metadatas) as { list: Record<string, unknown> }[]) delete meta.list.mainField;
    metadatas.title.edit.label = 'Headline';
    metadatas.title.edit.description = 'Our own words.';
    const saved = await request(cms.url, `/content-manager/content-types/${ARTICLE}/configuration`, {
      method: 'PUT',
      token: adminToken,
      body: {
        settings: contentType.settings,
        metadatas,
        layouts: { ...contentType.layouts, list: ['title', 'author', 'lastReviewedAt'] },
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    await restartAndLogIn();

    const after = (await configuration(ARTICLE)).contentType;
    expect(after.metadatas.title.edit).toMatchObject({ label: 'Headline', description: 'Our own words.' });
    expect(after.layouts.list).toEqual(['title', 'author', 'lastReviewedAt']);
    expect(after.metadatas.medicalReviewer.edit.label).toBe('Medical reviewer');
    expect(after.metadatas.lastReviewedAt.edit.label).toBe('Last reviewed on');
    expect(after.metadatas.sources.edit.label).toBe('Sources');
  });

  it('replaces a label an earlier version of the code set, but not one an admin wrote', async () => {
    await cms.stop();
    const config = await storeValue(configKey(ARTICLE));
    const applied = await storeValue(APPLIED_KEY);
    // As an earlier version would have left it: its own wording, stored and remembered.
    config.metadatas.excerpt.edit.label = 'Excerpt (earlier wording)';
    applied[ARTICLE]['metadatas.excerpt.edit.label'] = 'Excerpt (earlier wording)';
    // An admin's wording, which the code never wrote.
    config.metadatas.body.edit.label = 'Body (admin wording)';
    await setStoreValue(configKey(ARTICLE), config);
    await setStoreValue(APPLIED_KEY, applied);

    await restartAndLogIn();

    const after = (await configuration(ARTICLE)).contentType;
    expect(after.metadatas.excerpt.edit.label).toBe('Summary');
    expect(after.metadatas.body.edit.label).toBe('Body (admin wording)');
  });
});
