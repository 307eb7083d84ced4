import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';
import { request } from './support/http';

let cms: Cms;

beforeAll(async () => {
  cms = await startCms();
});

afterAll(async () => {
  await cms?.destroy();
});

describe('public REST API: seeded content', () => {
  it('lists the published article with its author, reviewer, sources, SEO and related content by default', async () => {
    const reply = await request(cms.url, '/api/articles');
    expect(reply.status).toBe(200);
    expect(reply.body.data).toHaveLength(1);
    const [article] = reply.body.data;
    expect(article).toMatchObject({
      title: 'What is ketamine treatment?',
      slug: 'what-is-ketamine-treatment',
      commentsOpen: true,
      author: { name: expect.stringMatching(/sample/i) },
      medicalReviewer: { name: expect.stringMatching(/sample/i), credentials: expect.any(String) },
      seo: { metaTitle: expect.any(String), metaDescription: expect.any(String) },
    });
    expect(article.lastReviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(article.sources.length).toBeGreaterThan(0);
    expect(article.relatedTreatments.map((t: { slug: string }) => t.slug)).toContain('ketamine-infusion-therapy');
    expect(article.relatedFaqs.length).toBe(4);
    expect(reply.body.meta.pagination).toMatchObject({ page: 1, total: 1 });
  });

  it('finds the article by slug with an explicit fields and populate query', async () => {
    const reply = await request(
      cms.url,
      '/api/articles?filters[slug][$eq]=what-is-ketamine-treatment&fields[0]=title&fields[1]=lastReviewedAt' +
        '&populate[medicalReviewer][fields][0]=name&populate[medicalReviewer][fields][1]=credentials',
    );
    expect(reply.status).toBe(200);
    expect(reply.body.data).toHaveLength(1);
    expect(Object.keys(reply.body.data[0]).sort()).toEqual(
      ['documentId', 'id', 'lastReviewedAt', 'medicalReviewer', 'title'].sort(),
    );
  });

  it('reads one article by documentId', async () => {
    const list = await request(cms.url, '/api/articles?fields[0]=title');
    const { documentId } = list.body.data[0];
    const reply = await request(cms.url, `/api/articles/${documentId}`);
    expect(reply.status).toBe(200);
    expect(reply.body.data.documentId).toBe(documentId);
    expect(reply.body.data.medicalReviewer.name).toMatch(/sample/i);
  });

  it('lists the four FAQ entries in order', async () => {
    const reply = await request(cms.url, '/api/faq-entries?sort[0]=order:asc');
    expect(reply.status).toBe(200);
    expect(reply.body.data.map((entry: { question: string }) => entry.question)).toEqual([
      'Will I fall asleep?',
      'How soon will my symptoms subside?',
      'Are there side effects?',
      'Will my insurance cover the infusions?',
    ]);
    expect(reply.body.data[0].answer[0].type).toBe('paragraph');
  });

  it('lists every seeded treatment option with its category', async () => {
    const reply = await request(cms.url, '/api/treatment-options?sort[0]=order:asc&pagination[pageSize]=100');
    expect(reply.status).toBe(200);
    const slugs = reply.body.data.map((t: { slug: string }) => t.slug);
    for (const slug of [
      'ketamine-infusion-therapy',
      'esketamine-nasal-spray',
      'over-the-counter-and-topical-pain-relievers',
      'trigger-point-injections',
      'spinal-cord-stimulation',
      'intrathecal-drug-delivery',
    ]) {
      expect(slugs).toContain(slug);
    }
    for (const option of reply.body.data) {
      expect(['ketamine therapy', 'other pain treatment', 'self-care']).toContain(option.category);
      expect(option.howGiven).toBeTruthy();
      expect(option.regulatoryStatus).toBeTruthy();
    }
  });

  it('serves the site settings with a placeholder 555 phone number and the consult link', async () => {
    const reply = await request(cms.url, '/api/site-setting');
    expect(reply.status).toBe(200);
    expect(reply.body.data.phone).toMatch(/555/);
    expect(reply.body.data.consultCtaText).toBe('Free Consult');
    expect(reply.body.data.consultCtaUrl).toBeTruthy();
    expect(reply.body.data.medicalDisclaimer).toMatch(/not medical advice/i);
  });

  it('lists the clinicians, marked as samples', async () => {
    const reply = await request(cms.url, '/api/clinicians');
    expect(reply.status).toBe(200);
    expect(reply.body.data.length).toBeGreaterThanOrEqual(2);
    for (const clinician of reply.body.data) {
      expect(`${clinician.name} ${clinician.credentials}`).toMatch(/sample|placeholder/i);
    }
  });
});
