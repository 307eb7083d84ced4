import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { adminLogin, CM, request } from './support/http';

let cms: Cms;

/** Everything the seed writes, read below the API so nothing is hidden from the comparison. */
async function snapshot() {
  const tables = [
    'articles',
    'faq_entries',
    'treatment_options',
    'clinicians',
    'pages',
    'site_settings',
    'comments',
    'admin_users',
    'admin_roles',
    'admin_permissions',
    'up_permissions',
  ];
  const result: Record<string, unknown[]> = {};
  for (const table of tables) {
    result[table] = await cms.db.query(`SELECT * FROM ${table} ORDER BY id`);
  }
  return JSON.parse(JSON.stringify(result)) as Record<string, Record<string, unknown>[]>;
}

const plainText = (value: unknown): string => JSON.stringify(value).replace(/\\"/g, '"');

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.destroy();
});

describe('seeding', () => {
  it('publishes the content visitors should see and keeps each comment state', async () => {
    const rows = await snapshot();
    const published = (table: string) => rows[table].filter((row) => row.published_at !== null).length;
    expect(published('articles')).toBe(1);
    expect(published('faq_entries')).toBe(4);
    expect(published('treatment_options')).toBeGreaterThanOrEqual(6);
    const states = new Set(rows.comments.map((row) => row.moderation_status));
    expect([...states].sort()).toEqual(['approved', 'pending', 'spam', 'trash']);
    for (const comment of rows.comments) {
      expect(comment.author_name).toMatch(/sample/i);
    }
  });

  it('changes nothing when the CMS starts again on the same database', async () => {
    const before = await snapshot();
    await cms.restart();
    const after = await snapshot();
    expect(after).toEqual(before);
  });

  it("never overwrites an editor's work on a later start", async () => {
    const token = await adminLogin(cms.url, USERS.editor);
    const faq = await request(cms.url, `${CM}/api::faq-entry.faq-entry`, { token });
    const target = faq.body.results.find((entry: { question: string }) => entry.question === 'Are there side effects?');
    const removed = await request(cms.url, `${CM}/api::faq-entry.faq-entry/${target.documentId}`, { method: 'DELETE', token });
    expect(removed.status).toBe(200);
    const edited = await request(cms.url, '/content-manager/single-types/api::site-setting.site-setting', {
      method: 'PUT',
      token,
      body: { phone: '(555) 010-0123' },
    });
    expect(edited.status).toBe(200);

    await cms.restart();

    const questions = await request(cms.url, '/api/faq-entries?fields[0]=question');
    expect(questions.body.data.map((e: { question: string }) => e.question)).not.toContain('Are there side effects?');
    const settings = await request(cms.url, '/api/site-setting');
    expect(settings.body.data.phone).toBe('(555) 010-0123');
  });
});

describe('the seeded article corrects the source page', () => {
  let article: Record<string, unknown>;
  let treatments: Record<string, { description: unknown; summary: string; regulatoryStatus: string }>;

  beforeAll(async () => {
    const reply = await request(cms.url, '/api/articles?filters[slug][$eq]=what-is-ketamine-treatment');
    article = reply.body.data[0];
    const options = await request(cms.url, '/api/treatment-options?pagination[pageSize]=100');
    treatments = Object.fromEntries(options.body.data.map((t: { slug: string }) => [t.slug, t]));
  });

  it('traces ketamine to phencyclidine, not GHB ("GBH")', () => {
    const text = plainText(article.body);
    expect(text).toMatch(/phencyclidine/i);
    expect(text).not.toMatch(/descendant of GBH/i);
    expect(text).not.toMatch(/\bGBH\b/);
  });

  it('dates the history correctly: 1962 synthesis, 1964 first human use, 1970 approval, Vietnam after it', () => {
    const text = plainText(article.body);
    for (const fact of ['1962', 'Calvin Stevens', 'Parke-Davis', '1964', '1970', 'Vietnam']) {
      expect(text).toContain(fact);
    }
    expect(text).not.toMatch(/tested immediately/i);
  });

  it('describes spinal cord stimulation as electrical and intrathecal delivery as medicine, not the reverse', () => {
    const text = plainText(article.body);
    expect(text).not.toMatch(/sends drugs directly into the spine/i);
    expect(text).not.toMatch(/intrathecal[^.]*electrical stimulation/i);
    expect(plainText(treatments['spinal-cord-stimulation'])).toMatch(/electrical/i);
    expect(plainText(treatments['intrathecal-drug-delivery'])).toMatch(/fluid around the spinal cord/i);
  });

  it('states what esketamine is approved for, and that chronic pain is not one of them', () => {
    const text = plainText(article.body);
    expect(text).toMatch(/2019/);
    expect(text).toMatch(/treatment-resistant depression/i);
    expect(text).toMatch(/not approved (to treat |for )chronic pain/i);
    expect(text).toMatch(/REMS/);
    expect(text).toMatch(/two hours/i);
    expect(text).not.toMatch(/same effect treating mood disorders and symptoms of chronic pain/i);
    expect(plainText(treatments['esketamine-nasal-spray'].regulatoryStatus)).toMatch(/not approved (to treat |for )chronic pain/i);
  });

  it('names a medical reviewer, a review date, sources and the disclaimer', () => {
    expect(article.medicalReviewer).toBeTruthy();
    expect(article.lastReviewedAt).toBeTruthy();
    expect((article.sources as unknown[]).length).toBeGreaterThanOrEqual(3);
    expect(plainText(article.body)).toMatch(/not medical advice/i);
  });
});
