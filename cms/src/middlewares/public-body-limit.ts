import { Transform, type TransformCallback } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * Visitors' requests to the REST API (`/api/...`: a comment is a few KB) may send at most
 * `limit` bytes of body; the admin API keeps `strapi::body`'s larger limit, so a long article
 * still saves. A declared Content-Length over the limit is refused before anything is read;
 * a body without one (chunked) is counted as it streams in and cut off at the limit. Both
 * answer 413 PayloadTooLargeError. Registered before `strapi::body`.
 */
type Config = { limit: number };

const KB = 1024;

export function formatLimit(bytes: number): string {
  return bytes >= KB * KB ? `${Math.round(bytes / (KB * KB))} MB` : `${Math.round(bytes / KB)} KB`;
}

/** The error raw-body throws at its own limit, so `global::request-body-errors` answers it the same way. */
function tooLarge(limit: number) {
  return Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large', limit });
}

const publicBodyLimit: Core.MiddlewareFactory<Config> = ({ limit }, { strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  return async (ctx, next) => {
    if (ctx.path !== prefix && !ctx.path.startsWith(`${prefix}/`)) return next();
    const declared = ctx.request.length;
    if (declared !== undefined && declared > limit) {
      throw new errors.PayloadTooLargeError(`The request body is too large (${formatLimit(limit)} at most).`);
    }
    if (declared === undefined && ctx.get('Transfer-Encoding')) {
      // The body parser reads ctx.req: hand it a stream that fails past the limit.
      let received = 0;
      const counted = new Transform({
        transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
          received += chunk.length;
          done(received > limit ? tooLarge(limit) : null, chunk);
        },
      });
      ctx.req = Object.assign(ctx.req.pipe(counted), { headers: ctx.req.headers }) as unknown as typeof ctx.req;
    }
    return next();
  };
};

export default publicBodyLimit;
