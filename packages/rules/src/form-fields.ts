/**
 * What every public form's fields share (the comment form, the consultation request): how a
 * text field is read and trimmed, what counts as a character, the honeypot, and the problems
 * reported by field in the shape of Strapi's `error.details.errors`.
 */
import * as z from 'zod/mini';

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
const isUnstorable = (text: string) => text.includes('\u0000') || /\p{Cs}/u.test(text);

/** Line breaks, tabs and other C0 controls, or DEL: names, emails and URLs are one line. */
const hasControlCharacter = (text: string) =>
  Array.from(text).some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether the honeypot came back filled in. */
export const filledIn = (value: unknown) => value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== '');

/** What is wrong with a text field's raw value, if anything (blank is not wrong here). */
function textProblem(raw: unknown, max: number, singleLine: boolean): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string') return FIELD_MESSAGES.notText;
  const value = raw.trim();
  if (isUnstorable(value)) return FIELD_MESSAGES.unstorable;
  if (singleLine && hasControlCharacter(value)) return FIELD_MESSAGES.oneLine;
  const length = characterCount(value);
  return length > max ? FIELD_MESSAGES.tooLong(max, length) : undefined;
}

/**
 * A trimmed text field; empty (or absent) becomes undefined, so "optional" means "may be left
 * blank". One-line fields refuse control characters; lengths are counted in characters.
 */
export function text(max: number, { singleLine = true }: { singleLine?: boolean } = {}) {
  return z.pipe(
    z.unknown().check(
      z.check((payload) => {
        const message = textProblem(payload.value, max, singleLine);
        if (message) payload.issues.push({ code: 'custom', message, input: payload.value });
      }),
    ),
    z.transform((raw: unknown) => (typeof raw === 'string' && raw.trim() !== '' ? raw.trim() : undefined)),
  );
}

/** A text field that must be given. */
export const requiredText = (max: number, options?: { singleLine?: boolean }) =>
  text(max, options).check(z.refine((value) => value !== undefined, FIELD_MESSAGES.required));

/** A text field that may be left out or blank. */
export const optionalText = (max: number, options?: { singleLine?: boolean }) => z.optional(text(max, options));

/** An email address with a domain that has a dot (zod's rule): "name@host" is a typo on a public form. */
const emailFormat = z.email();
export const isEmail = (value: string) => emailFormat.safeParse(value).success;

/** Names each key the schema does not know, with the same message. */
export const unknownKeyError = { error: (issue: { code: string }) => (issue.code === 'unrecognized_keys' ? FIELD_MESSAGES.notAccepted : undefined) };

export interface FieldProblem {
  path: string[];
  message: string;
}

/** A schema's problems, one per field (the first for each), in Strapi's `details.errors` shape. */
export function fieldProblems(error: z.core.$ZodError): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [key]) : [issue.path.map(String)];
    for (const path of paths) {
      const key = path.join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ path, message: issue.message });
    }
  }
  return problems;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

/** Parses with `schema`: the value, or the problems by field. */
export function check<T>(schema: z.ZodMiniType<T>, data: unknown): Checked<T> {
  const result = schema.safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: fieldProblems(result.error) };
}
