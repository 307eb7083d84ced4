/** The errors a comment submission answers with, in Strapi's error shape. */
import { errors } from '@strapi/utils';
import type { TokenCheck } from './form-token';

/** An identical comment (same article, parent, author and text) exists: answered with 409. */
export class DuplicateCommentError extends errors.ApplicationError<'ConflictError'> {
  constructor() {
    super('You have already posted this comment.', {
      errors: [{ path: ['body'], message: 'The same comment is already posted', name: 'ConflictError' }],
    });
    this.name = 'ConflictError';
  }
}

const TOKEN_MESSAGES: Record<Exclude<TokenCheck, { ok: true }>['problem'], string> = {
  invalid: 'The form is not valid. Reload the page and send the comment again.',
  expired: 'The form has expired. Reload the page and send the comment again.',
  'too-fast': 'The form was sent too quickly. Wait a few seconds and send it again.',
};

export function tokenError(check: Exclude<TokenCheck, { ok: true }>) {
  const message = TOKEN_MESSAGES[check.problem];
  return new errors.ValidationError(message, {
    errors: [{ path: ['formToken'], message, name: 'ValidationError' }],
    reason: check.problem,
    ...(check.retryAfterSeconds ? { retryAfter: check.retryAfterSeconds } : {}),
  });
}

/** A 403 or 404 that names the field it is about, in the shape of a validation error. */
export function fieldError(name: 'ForbiddenError' | 'NotFoundError', field: string, message: string) {
  const details = { errors: [{ path: [field], message, name }] };
  return name === 'NotFoundError' ? new errors.NotFoundError(message, details) : new errors.ForbiddenError(message, details);
}

export function floodError(retryAfter: number) {
  return new errors.RateLimitError('You are commenting too quickly. Wait a little and send the comment again.', {
    retryAfter,
  });
}

/**
 * A validation error from the storage layer, without the submitted values
 * Strapi echoes in `details.errors[].value` (its relation check puts the
 * whole entity there, IP hash and email included).
 */
export function withoutValues(error: errors.ValidationError) {
  const details = (error.details ?? {}) as { errors?: { path?: unknown; message?: unknown; name?: unknown }[] };
  return new errors.ValidationError(error.message, {
    errors: (details.errors ?? []).map(({ path, message, name }) => ({ path, message, name })),
  });
}
