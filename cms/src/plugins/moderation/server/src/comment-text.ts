/** What the moderation queue derives from a comment's body. */

export const EXCERPT_MAX_LENGTH = 200;

/**
 * Characters that are invisible or reorder text on screen: C0/C1 controls
 * (other than whitespace, which is collapsed), zero-width characters and the
 * bidirectional overrides and isolates that can make an excerpt read
 * differently from what was written.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/gu;

/**
 * The body as one line of plain text, at most `max` characters (code points),
 * ending with "…" when cut. Markup is kept as the characters the visitor typed
 * (`<b>hi</b>` stays `<b>hi</b>`): the moderator sees exactly what was
 * submitted, and the admin renders it as text, never as HTML.
 */
export function plainExcerpt(body: string, max = EXCERPT_MAX_LENGTH): string {
  const text = body.replace(INVISIBLE, '').replace(/\s+/gu, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= max) {
    return text;
  }
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/**
 * Web addresses in the body: `http://`, `https://` and protocol-relative
 * `//host` URLs, and bare `www.` hosts; each address counts once
 * (`https://www.example.com` is one link).
 */
const LINK = /(?:https?:)?\/\/[\w-][^\s<>"']*|\bwww\.[\w-][^\s<>"']*/giu;

export function countLinks(body: string): number {
  return body.match(LINK)?.length ?? 0;
}
