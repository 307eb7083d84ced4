import { checkComment, type CommentSubmission } from '@clinic/rules';
import { errors } from '@strapi/utils';
import { fieldProblems } from '#src/public-forms/errors';

/** What a visitor sends, checked and trimmed (the rules are @clinic/rules' comment schema). */
export type Submission = CommentSubmission;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks the body of `POST /api/comments` and returns the visitor's submission, or throws a
 * ValidationError listing every problem by field.
 */
export function parseSubmission(body: unknown): Submission {
  const data = isPlainObject(body) ? body.data : undefined;
  if (!isPlainObject(data)) {
    throw new errors.ValidationError('Send the comment as a JSON object in "data".', {
      errors: [{ path: ['data'], message: 'Must be an object', name: 'ValidationError' }],
    });
  }
  const checked = checkComment(data);
  if (!checked.ok) throw fieldProblems(checked.problems);
  return checked.value;
}
