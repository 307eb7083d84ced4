/**
 * The zod pieces every public form's schema is made of: a trimmed text field, an email
 * address, the refusal of unknown keys, and the problems by field. zod/mini, for the pages
 * that check a form in the browser.
 */
import * as z from 'zod/mini';
import { FIELD_MESSAGES, characterCount, hasControlCharacter, isUnstorable, type Checked, type FieldProblem } from './form-fields.js';

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

/** Parses with `schema`: the value, or the problems by field. */
export function check<T>(schema: z.ZodMiniType<T>, data: unknown): Checked<T> {
  const result = schema.safeParse(data);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: fieldProblems(result.error) };
}
