/** The errors every public form answers with, in Strapi's error shape. */
import { isRecord, type Checked } from '@clinic/rules';
import { errors } from '@strapi/utils';
import type { Core } from '@strapi/strapi';
import type { TokenCheck } from './form-token';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** What the visitor is asked to send again: "the comment", "the request". */
type Noun = 'comment' | 'request';

const TOKEN_MESSAGES: Record<Exclude<TokenCheck, { ok: true }>['problem'], (noun: Noun) => string> = {
  invalid: (noun) => `The form is not valid. Reload the page and send the ${noun} again.`,
  expired: (noun) => `The form has expired. Reload the page and send the ${noun} again.`,
  'too-fast': () => 'The form was sent too quickly. Wait a few seconds and send it again.',
};

export function tokenError(check: Exclude<TokenCheck, { ok: true }>, noun: Noun) {
  const message = TOKEN_MESSAGES[check.problem](noun);
  return new errors.ValidationError(message, {
    errors: [{ path: ['formToken'], message, name: 'ValidationError' }],
    reason: check.problem,
    ...(check.retryAfterSeconds ? { retryAfter: check.retryAfterSeconds } : {}),
  });
}

/** 429, with how many seconds to wait (the controller sends it as Retry-After too). */
export function floodError(message: string, retryAfter: number) {
  return new errors.RateLimitError(message, { retryAfter });
}

/** Seconds until `latest + windowSeconds`, at least 1. */
export function secondsUntilFree(latest: string | Date, windowSeconds: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((new Date(latest).getTime() + windowSeconds * 1000 - now) / 1000));
}

/** A 400 listing every problem by field; the message names the one problem or counts them. */
function fieldProblems(problems: { path: string[]; message: string }[]) {
  const [first] = problems;
  const message = problems.length === 1 && first ? `${first.path.join('.')}: ${first.message}` : `${problems.length} errors occurred`;
  return new errors.ValidationError(message, {
    errors: problems.map(({ path, message: text }) => ({ path, message: text, name: 'ValidationError' })),
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

/**
 * Answers the errors a submission throws that Strapi's own error handler would not answer as
 * they are: its authorize step turns a ForbiddenError thrown below it into a bare "Forbidden"
 * (only a PolicyError passes), and a 429 needs its Retry-After header. Returns true when it
 * answered; anything else is for the caller to rethrow.
 */
export function answerSubmissionError(ctx: Context, error: unknown): boolean {
  if (error instanceof errors.ForbiddenError) {
    ctx.forbidden(error.message, error.details);
    return true;
  }
  if (error instanceof errors.RateLimitError) {
    ctx.set('Retry-After', String((error.details as { retryAfter?: number }).retryAfter ?? 1));
  }
  return false;
}

/**
 * A public form's body checked by its schema: `data` must be a JSON object, and every problem
 * the schema finds is a 400 by field.
 */
export function checkedFormData<T>(body: unknown, noun: Noun, check: (data: unknown) => Checked<T>): T {
  const data = isRecord(body) ? body.data : undefined;
  if (!isRecord(data)) {
    throw new errors.ValidationError(`Send the ${noun} as a JSON object in "data".`, {
      errors: [{ path: ['data'], message: 'Must be an object', name: 'ValidationError' }],
    });
  }
  const checked = check(data);
  if (!checked.ok) throw fieldProblems(checked.problems);
  return checked.value;
}
