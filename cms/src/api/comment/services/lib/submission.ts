import { checkComment, type CommentSubmission } from '@clinic/rules';
import { checkedFormData } from '#src/public-forms/errors';

/** What a visitor sends, checked and trimmed (the rules are @clinic/rules' comment schema). */
export type Submission = CommentSubmission;

/**
 * Checks the body of `POST /api/comments` and returns the visitor's submission, or throws a
 * ValidationError listing every problem by field.
 */
export function parseSubmission(body: unknown): Submission {
  return checkedFormData(body, 'comment', checkComment);
}
