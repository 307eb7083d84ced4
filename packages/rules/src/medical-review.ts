/** What the medical-review rule reads of an article: who reviewed it and when. */
export type ReviewedFields = {
  medicalReviewer?: unknown;
  lastReviewedAt?: unknown;
};

export type MissingReviewField = {
  /** The article's attribute, as Strapi names it in `error.details.errors[].path`. */
  path: 'medicalReviewer' | 'lastReviewedAt' | 'cover';
  /** For the editor's form: what to fill in. */
  message: string;
  /** For a sentence: "Cannot be published yet: no medical reviewer". */
  label: string;
};

export const MEDICAL_REVIEW_MESSAGE =
  'An article cannot be published without a medical reviewer and a "last reviewed" date. Fill in both, save, then publish.';

/**
 * The medical-review rule: an article is published only with a medical reviewer and a
 * last-reviewed date. The CMS refuses the publish with these fields; the preview banner
 * names them. An empty list means the article may be published.
 */
export function missingMedicalReview(article: ReviewedFields): MissingReviewField[] {
  const missing: MissingReviewField[] = [];
  if (article.medicalReviewer === null || article.medicalReviewer === undefined) {
    missing.push({ path: 'medicalReviewer', message: 'A medical reviewer is required to publish', label: 'no medical reviewer' });
  }
  if (!article.lastReviewedAt) {
    missing.push({ path: 'lastReviewedAt', message: 'The last reviewed date is required to publish', label: 'no last-reviewed date' });
  }
  return missing;
}

/** What the cover rule reads of an article: its cover image, if it has one. */
export type CoveredFields = { cover?: { alternativeText?: string | null } | null };

export const COVER_ALT_MESSAGE =
  'The cover image has no alternative text. Describe the image in the Media Library (its "Alternative text"), then publish.';

/**
 * The cover rule: a cover image is published only with an alternative text, which screen
 * readers read and the page shows when the image does not load. No cover, nothing to say.
 */
export function missingCoverText(article: CoveredFields): MissingReviewField[] {
  if (!article.cover || article.cover.alternativeText?.trim()) return [];
  return [{ path: 'cover', message: 'The cover image needs an alternative text to publish', label: 'the cover image has no alternative text' }];
}

/** Everything that keeps an article from being published (empty: it may be published). */
export function publishingBlockers(article: ReviewedFields & CoveredFields): MissingReviewField[] {
  return [...missingMedicalReview(article), ...missingCoverText(article)];
}
