/**
 * The comment form's rules, in one place for the CMS (which enforces them), the moderation
 * queue and the moderators' email (which show excerpts and link counts) and the web form
 * (which checks before it sends): the fields' limits, the reply depth, how links are counted
 * and how an excerpt is cut. The input's schema is ./comment-schema.ts.
 */
import { FIELD_MESSAGES, HONEYPOT_FIELD } from './form-fields.js';

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
