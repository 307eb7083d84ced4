import { COMMENT_LIMITS, COMMENT_MESSAGES, checkComment, type FieldProblem } from '@clinic/rules';
import { API_FIELDS, type CommentField, type CommentInput, type FieldErrors } from '@/features/comments/utils/comment-input';

/**
 * The comment form's check, by the CMS's own rules (@clinic/rules: the CMS has the last word
 * and says the same): name 1–245 characters, email valid and at most 100, website http(s) and
 * at most 200, comment 1–5,000 characters, lengths in characters after trimming. What the
 * form adds is its wording, addressed to the person filling it in. The form loads this module
 * when the visitor starts on it (the schema brings zod), not with the article page.
 */
const LIMITS = { name: COMMENT_LIMITS.authorName, email: COMMENT_LIMITS.authorEmail, url: COMMENT_LIMITS.authorUrl, body: COMMENT_LIMITS.body };

const tooLong = (message: string) => message.startsWith('Must be at most');

/** The form's words for a problem the rules found. */
function wording(field: CommentField, problem: FieldProblem): string {
  const missing = problem.message === COMMENT_MESSAGES.required;
  switch (field) {
    case 'body':
      if (missing) return 'Please write a comment.';
      return tooLong(problem.message) ? `A comment can be at most ${LIMITS.body} characters long.` : problem.message;
    case 'name':
      if (missing) return 'Please enter your name.';
      return tooLong(problem.message) ? `A name can be at most ${LIMITS.name} characters long.` : problem.message;
    case 'email':
      return missing ? 'Please enter your email address.' : 'Please enter a valid email address.';
    case 'url':
      return `A website must start with http:// or https:// and be at most ${LIMITS.url} characters long.`;
  }
}

export function validateComment(input: CommentInput): FieldErrors {
  // The article and the token are the form's own business: only the visitor's fields are checked here.
  const checked = checkComment({ article: 'article', formToken: 'token', body: input.body, authorName: input.name, authorEmail: input.email, authorUrl: input.url });
  if (checked.ok) return {};
  const errors: FieldErrors = {};
  for (const problem of checked.problems) {
    const field = API_FIELDS[problem.path[0] ?? ''];
    if (field && !errors[field]) errors[field] = wording(field, problem);
  }
  return errors;
}

