/** The errors only a comment submission answers with (the shared ones are in src/public-forms). */
import { errors } from '@strapi/utils';
import { floodError } from '#src/public-forms/errors';

/** An identical comment (same article, parent, author and text) exists: answered with 409. */
export class DuplicateCommentError extends errors.ApplicationError<'ConflictError'> {
  constructor() {
    super('You have already posted this comment.', {
      errors: [{ path: ['body'], message: 'The same comment is already posted', name: 'ConflictError' }],
    });
    this.name = 'ConflictError';
  }
}

/** A 403 or 404 that names the field it is about, in the shape of a validation error. */
export function fieldError(name: 'ForbiddenError' | 'NotFoundError', field: string, message: string) {
  const details = { errors: [{ path: [field], message, name }] };
  return name === 'NotFoundError' ? new errors.NotFoundError(message, details) : new errors.ForbiddenError(message, details);
}

/** 429 for a commenter who posts again too soon. */
export const commentFloodError = (retryAfter: number) =>
  floodError('You are commenting too quickly. Wait a little and send the comment again.', retryAfter);
