/**
 * What the comment form holds and sends: the visitor's four fields, trimmed as the CMS trims
 * them, and the CMS's field errors mapped back onto them.
 */
export type CommentInput = { body: string; name: string; email: string; url: string };

export type CommentField = keyof CommentInput;
export type FieldErrors = Partial<Record<CommentField, string>>;

export function trimInput(input: CommentInput): CommentInput {
  return { body: input.body.trim(), name: input.name.trim(), email: input.email.trim(), url: input.url.trim() };
}

/** The API's attribute names, as the CMS's field errors name them, mapped to the form's fields. */
export const API_FIELDS: Record<string, CommentField> = {
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
