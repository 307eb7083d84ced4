import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { formatLimit } from './public-body-limit';

/**
 * `strapi::body` rejects a malformed or oversized body with the parser's own
 * error: the status is right but the name and message are the parser's
 * ("SyntaxError: Unexpected token … in JSON at position 10") and each one is
 * logged with a stack trace, so anyone could fill the log. This answers them
 * as Strapi application errors: 400 ValidationError, 413 PayloadTooLargeError,
 * 415 for an unsupported encoding or charset. Registered after `strapi::errors`
 * and before `strapi::body`.
 */
interface ParserError {
  type?: unknown;
  status?: unknown;
  httpCode?: unknown;
  body?: unknown;
}

const isError = (value: unknown): value is ParserError & Error => value instanceof Error;

const requestBodyErrors: Core.MiddlewareFactory = () => {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (!isError(error)) throw error;
      const { type, status, httpCode } = error;
      // raw-body (under co-body) marks its errors with a `type`, formidable with an `httpCode`;
      // inflation refuses an unknown Content-Encoding with a bare 415.
      const fromParser = typeof type === 'string' || typeof httpCode === 'number' || status === 415;
      const code = fromParser ? Number(httpCode ?? status) : NaN;
      // co-body's JSON.parse failure: a SyntaxError carrying the raw text and status 400.
      const malformedJson = error instanceof SyntaxError && status === 400 && 'body' in error;

      if (malformedJson) {
        throw new errors.ValidationError('The request body is not valid JSON.', {
          errors: [{ path: [], message: 'Malformed JSON', name: 'ValidationError' }],
        });
      }
      if (code === 413) {
        // raw-body (and global::public-body-limit) put the limit that was exceeded on the error.
        const limit = 'limit' in error && typeof error.limit === 'number' ? ` (${formatLimit(error.limit)} at most)` : '';
        throw new errors.PayloadTooLargeError(`The request body is too large${limit}.`);
      }
      if (code === 415) {
        return ctx.unsupportedMediaType('The request body uses an unsupported encoding or charset.');
      }
      if (code >= 400 && code < 500) {
        throw new errors.ValidationError('The request body could not be read.');
      }
      throw error;
    }
  };
};

export default requestBodyErrors;
