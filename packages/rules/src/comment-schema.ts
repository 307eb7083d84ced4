/**
 * The schema of the comment a visitor sends: the CMS checks every comment with it, and the web
 * form checks the same before it sends.
 */
import * as z from 'zod/mini';
import { COMMENT_HONEYPOT_FIELD, COMMENT_LIMITS, COMMENT_MESSAGES } from './comments.js';
import { filledIn } from './form-fields.js';
import { check, isEmail, optionalText, requiredText, unknownKeyError } from './form-schema.js';

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The body's `data` object. Every other key (moderationStatus, id, publishedAt …) is refused. */
const commentFields = z.strictObject(
  {
    article: requiredText(COMMENT_LIMITS.documentId),
    parent: optionalText(COMMENT_LIMITS.documentId),
    authorName: requiredText(COMMENT_LIMITS.authorName),
    authorEmail: requiredText(COMMENT_LIMITS.authorEmail).check(z.refine((value) => value === undefined || isEmail(value), COMMENT_MESSAGES.email)),
    authorUrl: optionalText(COMMENT_LIMITS.authorUrl).check(z.refine((value) => value === undefined || isHttpUrl(value), COMMENT_MESSAGES.url)),
    body: requiredText(COMMENT_LIMITS.body, { singleLine: false }),
    formToken: requiredText(COMMENT_LIMITS.formToken),
    [COMMENT_HONEYPOT_FIELD]: z.optional(z.unknown()),
  },
  unknownKeyError,
);

export const commentInputSchema = z.pipe(
  commentFields,
  z.transform((data: z.output<typeof commentFields>) => ({
    article: data.article as string,
    parent: data.parent ?? null,
    authorName: data.authorName as string,
    authorEmail: data.authorEmail as string,
    authorUrl: data.authorUrl ?? null,
    body: data.body as string,
    formToken: data.formToken as string,
    honeypotFilled: filledIn(data[COMMENT_HONEYPOT_FIELD]),
  })),
);

export type CommentInput = z.input<typeof commentInputSchema>;
/** What a visitor sends, checked and trimmed. */
export type CommentSubmission = z.output<typeof commentInputSchema>;

/** Checks a comment's `data`: the submission, or one problem per field. */
export function checkComment(data: unknown) {
  return check(commentInputSchema, data);
}

