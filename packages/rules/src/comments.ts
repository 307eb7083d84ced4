/**
 * The comment form's rules, in one place for the CMS (which enforces them), the moderation
 * queue and the moderators' email (which show excerpts and link counts) and the web form
 * (which checks before it sends): the fields and their limits, the reply depth, how links are
 * counted and how an excerpt is cut.
 */
import * as z from 'zod/mini';
import { FIELD_MESSAGES, HONEYPOT_FIELD, check, filledIn, isEmail, optionalText, requiredText, unknownKeyError } from './form-fields.js';

/** The hidden field only bots fill in: anything in it sends the comment to spam, with the answer a person gets. */
export const COMMENT_HONEYPOT_FIELD = HONEYPOT_FIELD;

export const COMMENT_LIMITS = {
  authorName: 245,
  authorEmail: 100,
  authorUrl: 200,
  body: 5000,
  /** documentIds are 24 characters; anything much longer is not one. */
  documentId: 64,
  formToken: 256,
} as const;

/** Replies nest this deep at most: a top-level comment is level 1, a reply to it level 2. */
export const COMMENT_MAX_DEPTH = 3;

export const COMMENT_MESSAGES = {
  ...FIELD_MESSAGES,
  url: 'Must be a web address starting with http:// or https://',
} as const;

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

/** `<a …>text</a>`: one link, whatever its text says. */
const ANCHOR = /<a\b[^>]*>[\s\S]*?<\/a\s*>/giu;
/**
 * A web address: `http://`, `https://` and protocol-relative `//host` URLs (not a `//` inside
 * a word, as in "and//or"), and bare `www.` hosts; `https://www.example.com` is one link.
 */
const ADDRESS = /(?:\bhttps?:|(?<![\w/:]))\/\/[\w-][^\s<>"']*|\bwww\.[\w-][^\s<>"']*/giu;

/** How many links a comment's text holds: each anchor once, each other web address once. */
export function countLinks(body: string): number {
  let anchors = 0;
  const outside = body.replace(ANCHOR, () => {
    anchors += 1;
    return ' ';
  });
  return anchors + (outside.match(ADDRESS)?.length ?? 0);
}

/**
 * Characters that are invisible or reorder text on screen: C0/C1 controls (other than
 * whitespace, which is collapsed), zero-width characters and the bidirectional overrides and
 * isolates that can make an excerpt read differently from what was written.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

/**
 * A comment as one line of plain text, at most `max` characters, ending with "…" when cut.
 * Markup stays the characters the visitor typed (`<b>hi</b>` stays `<b>hi</b>`): whoever reads
 * the excerpt sees what was submitted, and it is always shown as text, never as HTML.
 */
export function commentExcerpt(body: string, max: number): string {
  const text = body.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
