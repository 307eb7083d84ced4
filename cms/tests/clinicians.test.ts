import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { adminLogin, CM, request } from './support/http';

const CLINICIAN = 'api::clinician.clinician';

let cms: Cms;
let editor: string;

beforeAll(async () => {
  cms = await startCms();
  editor = await adminLogin(cms.url, USERS.editor);
});

afterAll(async () => {
  await cms?.destroy();
});

describe('the care team', () => {
  it('is seeded with the sample clinicians, each with the address of their page and a specialty', async () => {
    const reply = await request(cms.url, '/api/clinicians?fields[0]=name&fields[1]=slug&populate[specialties][fields][0]=name&sort[0]=slug:asc');
    expect(reply.status).toBe(200);
    expect(reply.body.data.map((clinician: { slug: string }) => clinician.slug)).toEqual(['sample-author', 'sample-medical-reviewer']);
    for (const clinician of reply.body.data) {
      expect(clinician.name).toMatch(/sample|placeholder/i);
      expect(clinician.specialties.map((specialty: { name: string }) => specialty.name)).toEqual(['Sample specialty (placeholder)']);
    }
  });

  it('finds a clinician by their slug, and the articles they reviewed by it', async () => {
    const one = await request(cms.url, '/api/clinicians?filters[slug][$eq]=sample-medical-reviewer&fields[0]=name');
    expect(one.body.data).toHaveLength(1);
    const reviewed = await request(
      cms.url,
      '/api/articles?filters[medicalReviewer][slug][$eq]=sample-medical-reviewer&fields[0]=slug&populate[author][fields][0]=name',
    );
    expect(reviewed.status).toBe(200);
    expect(reviewed.body.data.map((article: { slug: string }) => article.slug)).toEqual(['what-is-ketamine-treatment']);
  });

  it('refuses a clinician without a page address, or with one that is not a slug', async () => {
    const withoutSlug = await request(cms.url, `${CM}/${CLINICIAN}`, { method: 'POST', token: editor, body: { name: 'Sample Without Slug' } });
    expect(withoutSlug.status).toBe(400);
    const badSlug = await request(cms.url, `${CM}/${CLINICIAN}`, { method: 'POST', token: editor, body: { name: 'Sample Bad Slug', slug: 'Not a slug!' } });
    expect(badSlug.status).toBe(400);
    expect(JSON.stringify(badSlug.body.error.details)).toContain('slug');
  });

  it('keeps slugs unique', async () => {
    const taken = await request(cms.url, `${CM}/${CLINICIAN}`, { method: 'POST', token: editor, body: { name: 'Sample Copy', slug: 'sample-author' } });
    expect(taken.status).toBe(400);
  });
});
