import type { Core } from '@strapi/strapi';
import { uploadSampleCover } from './cover-image';
import {
  articles,
  clinicians,
  comments,
  faqEntries,
  pages,
  siteSetting,
  treatmentOptions,
} from './content/index';

/** Bump when the seed gains content that existing databases should not receive again. */
export const CONTENT_SEED_VERSION = 1;

const STORE = { type: 'core', name: 'clinic-seed', key: 'content' } as const;
/** The pages have a marker of their own: sites seeded before pages existed get them once too. */
const PAGES_STORE = { type: 'core', name: 'clinic-seed', key: 'pages' } as const;

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) {
    throw new Error(`Seed content refers to an unknown ${what}`);
  }
  return value;
}

type Ids = Map<string, string>;

/** The clinicians, by their key in the seed content. */
async function seedClinicians(strapi: Core.Strapi): Promise<Ids> {
  const clinicianIds = new Map<string, string>();
  for (const { key, ...data } of clinicians) {
    const created = await strapi.documents('api::clinician.clinician').create({ data });
    clinicianIds.set(key, created.documentId);
  }
  return clinicianIds;
}

/** The treatment options, published, by slug. */
async function seedTreatmentOptions(strapi: Core.Strapi): Promise<Ids> {
  const treatmentIds = new Map<string, string>();
  for (const data of treatmentOptions) {
    const created = await strapi
      .documents('api::treatment-option.treatment-option')
      .create({ data, status: 'published' });
    treatmentIds.set(data.slug, created.documentId);
  }
  return treatmentIds;
}

/** The FAQ entries, published, by question. */
async function seedFaqEntries(strapi: Core.Strapi): Promise<Ids> {
  const faqIds = new Map<string, string>();
  for (const data of faqEntries) {
    const created = await strapi.documents('api::faq-entry.faq-entry').create({ data, status: 'published' });
    faqIds.set(data.question, created.documentId);
  }
  return faqIds;
}

/** The articles, published, with their clinicians, related entries and the sample cover; by slug. */
async function seedArticles(
  strapi: Core.Strapi,
  { clinicianIds, treatmentIds, faqIds, coverId }: { clinicianIds: Ids; treatmentIds: Ids; faqIds: Ids; coverId: number },
): Promise<Ids> {
  const articleIds = new Map<string, string>();
  for (const {
    authorKey,
    medicalReviewerKey,
    relatedTreatmentSlugs,
    relatedFaqQuestions,
    ...data
  } of articles) {
    const created = await strapi.documents('api::article.article').create({
      data: {
        ...data,
        author: required(clinicianIds.get(authorKey), `clinician ${authorKey}`),
        medicalReviewer: required(clinicianIds.get(medicalReviewerKey), `clinician ${medicalReviewerKey}`),
        relatedTreatments: relatedTreatmentSlugs.map((slug) => required(treatmentIds.get(slug), `treatment ${slug}`)),
        relatedFaqs: relatedFaqQuestions.map((question) => required(faqIds.get(question), `FAQ "${question}"`)),
        cover: coverId,
      },
      status: 'published',
    });
    articleIds.set(data.slug, created.documentId);
  }
  return articleIds;
}

/** The comments on the articles, replies after the comments they answer. */
async function seedComments(strapi: Core.Strapi, articleIds: Ids): Promise<void> {
  const commentIds = new Map<string, string>();
  for (const { key, articleSlug, parentKey, ...data } of comments) {
    const created = await strapi.documents('api::comment.comment').create({
      data: {
        ...data,
        article: required(articleIds.get(articleSlug), `article ${articleSlug}`),
        parent: parentKey ? required(commentIds.get(parentKey), `comment ${parentKey}`) : null,
      },
    });
    commentIds.set(key, created.documentId);
  }
}

/**
 * Loads the clinic's corrected page into an empty database, once. A marker in
 * Strapi's core store records that it ran, so later starts (and a second run)
 * change nothing, and an editor's edits or deletions are never undone.
 * Everything is written in one transaction: a failure leaves no half-seeded site.
 */
export async function seedContent(strapi: Core.Strapi): Promise<boolean> {
  const done = (await strapi.store.get(STORE)) as { version: number } | null;
  if (done) {
    return false;
  }
  // A database that already has articles is someone's site, not an empty one.
  if ((await strapi.documents('api::article.article').count({})) > 0) {
    await strapi.store.set({ ...STORE, value: { version: CONTENT_SEED_VERSION, skipped: 'existing content' } });
    return false;
  }

  // Before the transaction: drawing and resizing an image must not hold the database's write lock.
  const coverId = await uploadSampleCover(strapi);

  await strapi.db.transaction(async () => {
    const clinicianIds = await seedClinicians(strapi);
    const treatmentIds = await seedTreatmentOptions(strapi);
    const faqIds = await seedFaqEntries(strapi);
    const articleIds = await seedArticles(strapi, { clinicianIds, treatmentIds, faqIds, coverId });
    await strapi.documents('api::site-setting.site-setting').create({ data: siteSetting });
    await seedComments(strapi, articleIds);
    await strapi.store.set({ ...STORE, value: { version: CONTENT_SEED_VERSION, at: new Date().toISOString() } });
  });

  strapi.log.info('Seeded the clinic content');
  return true;
}

/**
 * Loads the site's pages (about, visit us, privacy policy, accessibility statement), published,
 * once: on an empty database and on one seeded before pages existed alike. A marker records
 * that it ran, and a database that already has pages is left as it is, so an editor's changes
 * or deletions are never undone.
 */
export async function seedPages(strapi: Core.Strapi): Promise<boolean> {
  if (await strapi.store.get(PAGES_STORE)) {
    return false;
  }
  if ((await strapi.documents('api::page.page').count({})) > 0) {
    await strapi.store.set({ ...PAGES_STORE, value: { version: 1, skipped: 'existing pages' } });
    return false;
  }

  await strapi.db.transaction(async () => {
    for (const data of pages) {
      await strapi.documents('api::page.page').create({ data, status: 'published' });
    }
    await strapi.store.set({ ...PAGES_STORE, value: { version: 1, at: new Date().toISOString() } });
  });

  strapi.log.info('Seeded the site pages');
  return true;
}

/** The consult link the seed set before the site had its own consultation form. */
const PLACEHOLDER_CONSULT_URL = 'mailto:consult@example.com?subject=Free%20consultation';

/**
 * Site settings saved before the consultation form existed: the seed's placeholder mailto
 * link becomes /consult, and a missing confirmation text gets the sample one. A link or a
 * text an editor chose is left as it is.
 */
export async function upgradeSiteSetting(strapi: Core.Strapi): Promise<void> {
  const documents = strapi.documents('api::site-setting.site-setting');
  const current = await documents.findFirst({ fields: ['consultCtaUrl', 'consultConfirmation'] });
  if (!current) return;
  const data: { consultCtaUrl?: string; consultConfirmation?: string } = {};
  if (current.consultCtaUrl === PLACEHOLDER_CONSULT_URL) data.consultCtaUrl = siteSetting.consultCtaUrl;
  if (!current.consultConfirmation) data.consultConfirmation = siteSetting.consultConfirmation;
  if (Object.keys(data).length === 0) return;
  await documents.update({ documentId: current.documentId, data });
  strapi.log.info(`Updated the site settings for the consultation form (${Object.keys(data).join(', ')})`);
}
