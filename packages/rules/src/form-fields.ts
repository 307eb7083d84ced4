/**
 * What every public form's fields share (the comment form, the consultation request): the
 * honeypot, the messages, what counts as a character and which text cannot be stored, and the
 * problems reported by field in the shape of Strapi's `error.details.errors`. No zod here:
 * the site's pages import these without loading a schema (the schemas are ./form-schema.ts).
 */

/** The hidden field only bots fill in: the web form sends it empty. */
export const HONEYPOT_FIELD = 'homepage';

export const FIELD_MESSAGES = {
  required: 'This field is required',
  notText: 'Must be a string',
  unstorable: 'Contains characters that are not text',
  oneLine: 'Must be one line of text without control characters',
  tooLong: (max: number, length: number) => `Must be at most ${max} characters (this is ${length})`,
  email: 'Must be a valid email address',
  notAccepted: 'This field cannot be set',
} as const;

/** Length as a person counts it: code points, so an emoji is one character. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/** NUL cannot be stored in PostgreSQL text, and a lone surrogate is not text at all. */
export const isUnstorable = (text: string) => text.includes('\u0000') || /\p{Cs}/u.test(text);

/** Line breaks, tabs and other C0 controls, or DEL: names, emails and URLs are one line. */
export const hasControlCharacter = (text: string) =>
  Array.from(text).some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether the honeypot came back filled in. */
export const filledIn = (value: unknown) => value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== '');

export interface FieldProblem {
  path: string[];
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };
