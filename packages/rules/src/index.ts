export {
  COVER_ALT_MESSAGE,
  MEDICAL_REVIEW_MESSAGE,
  missingCoverText,
  missingMedicalReview,
  publishingBlockers,
  type CoveredFields,
  type MissingReviewField,
  type ReviewedFields,
} from './medical-review.js';
export {
  PREVIEW_MAX_TTL_SECONDS,
  PREVIEW_PATH,
  PREVIEW_TYPES,
  checkPreviewUrl,
  createPreviewUrl,
  previewApiKey,
  previewTypeOf,
  type PreviewCheck,
  type PreviewStatus,
  type PreviewTarget,
  type PreviewType,
} from './preview.js';
export { BRAND_PAIRINGS, MIN_CONTRAST, brandColourProblem, contrastRatio, darken, isHexColour } from './brand-colour.js';
export {
  BEST_TIMES,
  BEST_TIME_LABELS,
  CONSULT_HONEYPOT_FIELD,
  CONSULT_LIMITS,
  CONSULT_MESSAGES,
  CONSULT_STATUSES,
  PREFERRED_CONTACTS,
  normaliseEmail,
  normalisePhone,
  type BestTime,
  type ConsultStatus,
  type PreferredContact,
} from './consult.js';
export { checkConsultRequest, consultRequestSchema, type ConsultRequest, type ConsultRequestInput } from './consult-schema.js';
export {
  COMMENT_HONEYPOT_FIELD,
  COMMENT_LIMITS,
  COMMENT_MAX_DEPTH,
  COMMENT_MESSAGES,
  commentExcerpt,
  countLinks,
} from './comments.js';
export { checkComment, commentInputSchema, type CommentInput, type CommentSubmission } from './comment-schema.js';
export { FIELD_MESSAGES, HONEYPOT_FIELD, characterCount, isRecord, type Checked, type FieldProblem } from './form-fields.js';
export { RESERVED_SLUGS, isReservedSlug, reservedSlugMessage } from './reserved-slugs.js';
