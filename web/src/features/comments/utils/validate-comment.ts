/**
 * The comment form's rules, the same as the CMS's (which has the last word):
 * name 1–245 characters, email valid and at most 100, website http(s) and at
 * most 200, comment 1–5,000 characters. Lengths count characters (code
 * points), not bytes or UTF-16 units, after trimming.
 */
export type CommentInput = { body: string; name: string; email: string; url: string };

export type CommentField = keyof CommentInput;
export type FieldErrors = Partial<Record<CommentField, string>>;

export const LIMITS = { name: 245, email: 100, url: 200, body: 5000 } as const;

const length = (value: string) => [...value].length;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export function trimInput(input: CommentInput): CommentInput {
  return { body: input.body.trim(), name: input.name.trim(), email: input.email.trim(), url: input.url.trim() };
}

export function validateComment(raw: CommentInput): FieldErrors {
  const input = trimInput(raw);
  const errors: FieldErrors = {};

  if (!input.body) errors.body = 'Please write a comment.';
  else if (length(input.body) > LIMITS.body) errors.body = `A comment can be at most ${LIMITS.body} characters long.`;

  if (!input.name) errors.name = 'Please enter your name.';
  else if (length(input.name) > LIMITS.name) errors.name = `A name can be at most ${LIMITS.name} characters long.`;

  if (!input.email) errors.email = 'Please enter your email address.';
  else if (length(input.email) > LIMITS.email || !EMAIL.test(input.email))
    errors.email = 'Please enter a valid email address.';

  if (input.url && (length(input.url) > LIMITS.url || !isHttpUrl(input.url)))
    errors.url = `A website must start with http:// or https:// and be at most ${LIMITS.url} characters long.`;

  return errors;
}

/** The API's attribute names, as the CMS's field errors name them, mapped to the form's fields. */
const API_FIELDS: Record<string, CommentField> = {
  body: 'body',
  authorName: 'name',
  authorEmail: 'email',
  authorUrl: 'url',
};

/** Field errors from a Strapi ValidationError's `details.errors`. */
export function fieldErrorsFromDetails(details: unknown): FieldErrors {
  const list = (details as { errors?: unknown } | undefined)?.errors;
  if (!Array.isArray(list)) return {};
  const errors: FieldErrors = {};
  for (const item of list as { path?: unknown; message?: unknown }[]) {
    const key = Array.isArray(item.path) ? String(item.path[item.path.length - 1]) : '';
    const field = API_FIELDS[key];
    if (field && typeof item.message === 'string' && !errors[field]) errors[field] = item.message;
  }
  return errors;
}
