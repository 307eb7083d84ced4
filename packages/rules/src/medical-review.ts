/** What the medical-review rule reads of an article: who reviewed it and when. */
export type ReviewedFields = {
  medicalReviewer?: unknown;
  lastReviewedAt?: unknown;
};

export type MissingReviewField = {
  /** The article's attribute, as Strapi names it in `error.details.errors[].path`. */
  path: 'medicalReviewer' | 'lastReviewedAt';
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
