import { errors, yup } from '@strapi/utils';

/**
 * The hidden form field that only bots fill in. The web form sends it empty;
 * anything in it sends the comment to spam, with the answer a person gets.
 */
export const HONEYPOT_FIELD = 'homepage';

export const LIMITS = {
  authorName: 245,
  authorEmail: 100,
  authorUrl: 200,
  body: 5000,
  /** documentIds are 24 characters; anything much longer is not one. */
  documentId: 64,
  formToken: 256,
} as const;

/** What a visitor sends, checked and trimmed. */
export interface Submission {
  article: string;
  parent: string | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  formToken: string;
  /** Whether the honeypot field came back filled in. */
  honeypotFilled: boolean;
}

/** Every key `data` may hold; anything else (moderationStatus, id, publishedAt …) is refused. */
const ACCEPTED_KEYS = new Set([
  'article',
  'parent',
  'authorName',
  'authorEmail',
  'authorUrl',
  'body',
  'formToken',
  HONEYPOT_FIELD,
]);

interface FieldError {
  path: string[];
  message: string;
  name: 'ValidationError';
}

/** Length in characters as a person counts them: code points, so an emoji is one. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** NUL cannot be stored in PostgreSQL text, and a lone surrogate is not text at all. */
const isUnstorable = (text: string) => text.includes('\u0000') || /\p{Cs}/u.test(text);

/** Line breaks, tabs and other C0 controls, or DEL: names, emails and URLs are one line. */
const hasControlCharacter = (text: string) =>
  Array.from(text).some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });

const emailSchema = yup.string().email();

class FieldChecker {
  readonly errors: FieldError[] = [];

  constructor(private readonly data: Record<string, unknown>) {}

  fail(field: string, message: string) {
    this.errors.push({ path: [field], message, name: 'ValidationError' });
  }

  /** A string field, trimmed; undefined when it failed or is absent and optional. */
  text(
    field: string,
    { required, max, singleLine = true }: { required: boolean; max: number; singleLine?: boolean },
  ): string | undefined {
    const raw = this.data[field];
    if (raw === undefined || raw === null || raw === '') {
      if (required) this.fail(field, 'This field is required');
      return undefined;
    }
    if (typeof raw !== 'string') {
      this.fail(field, 'Must be a string');
      return undefined;
    }
    const value = raw.trim();
    if (isUnstorable(value)) {
      this.fail(field, 'Contains characters that are not text');
      return undefined;
    }
    if (singleLine && hasControlCharacter(value)) {
      this.fail(field, 'Must be one line of text without control characters');
      return undefined;
    }
    if (value === '') {
      if (required) this.fail(field, 'This field is required');
      return undefined;
    }
    const length = characterCount(value);
    if (length > max) {
      this.fail(field, `Must be at most ${max} characters (this is ${length})`);
      return undefined;
    }
    return value;
  }
}

function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

function honeypotFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/**
 * Checks the body of `POST /api/comments` and returns the visitor's
 * submission, or throws a ValidationError listing every problem by field.
 */
export function parseSubmission(body: unknown): Submission {
  const data = isPlainObject(body) ? body.data : undefined;
  if (!isPlainObject(data)) {
    throw new errors.ValidationError('Send the comment as a JSON object in "data".', {
      errors: [{ path: ['data'], message: 'Must be an object', name: 'ValidationError' }],
    });
  }

  const check = new FieldChecker(data);
  for (const key of Object.keys(data)) {
    if (!ACCEPTED_KEYS.has(key)) check.fail(key, 'This field cannot be set');
  }

  const article = check.text('article', { required: true, max: LIMITS.documentId });
  const parent = check.text('parent', { required: false, max: LIMITS.documentId });
  const authorName = check.text('authorName', { required: true, max: LIMITS.authorName });
  const authorEmail = check.text('authorEmail', { required: true, max: LIMITS.authorEmail });
  if (authorEmail !== undefined && !emailSchema.isValidSync(authorEmail)) {
    check.fail('authorEmail', 'Must be a valid email address');
  }
  const authorUrl = check.text('authorUrl', { required: false, max: LIMITS.authorUrl });
  if (authorUrl !== undefined && !isHttpUrl(authorUrl)) {
    check.fail('authorUrl', 'Must be a web address starting with http:// or https://');
  }
  const commentBody = check.text('body', { required: true, max: LIMITS.body, singleLine: false });
  const formToken = check.text('formToken', { required: true, max: LIMITS.formToken });

  if (check.errors.length > 0) {
    const [first] = check.errors;
    const message = check.errors.length === 1 ? `${first.path[0]}: ${first.message}` : `${check.errors.length} errors occurred`;
    throw new errors.ValidationError(message, { errors: check.errors });
  }

  return {
    article: article as string,
    parent: parent ?? null,
    authorName: authorName as string,
    authorEmail: authorEmail as string,
    authorUrl: authorUrl ?? null,
    body: commentBody as string,
    formToken: formToken as string,
    honeypotFilled: honeypotFilled(data[HONEYPOT_FIELD]),
  };
}
