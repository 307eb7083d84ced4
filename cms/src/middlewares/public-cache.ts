import type { Core } from '@strapi/strapi';
import type { Answer, Entry } from '@clinic/http-cache';
import { dependenciesOf } from '../cache/dependencies';
import { invalidationsSettled } from '../cache/invalidation';
import { publicCache } from '../cache/public-cache';
import { cachedResponse, envelopeFor, isPublicRead, readKey, rememberEnvelope } from '../cache/public-reads';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Headers that belong to one answer's body, not to every answer the middlewares send. */
const ENTITY_HEADERS = new Set([
  'content-type',
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  'cache-tag',
  'vary',
  'x-cache',
  'date',
  'last-modified',
  'set-cookie',
]);

/** The content type whose route answered, when it is one of the content API's. */
function routeContentType(ctx: Context, strapi: Core.Strapi): string | null {
  const handler = (ctx.state as { route?: { handler?: unknown } }).route?.handler;
  if (typeof handler !== 'string') return null;
  const uid = handler.slice(0, handler.lastIndexOf('.'));
  return uid in strapi.contentTypes ? uid : null;
}

/** What Strapi answered, if it may be kept for every visitor: a 200 or a 404, as JSON, nothing private. */
function keepable(ctx: Context, strapi: Core.Strapi): Answer | null {
  if (ctx.status !== 200 && ctx.status !== 404) return null;
  const uid = routeContentType(ctx, strapi);
  if (!uid || ctx.response.get('Set-Cookie') || /no-store|private/.test(ctx.response.get('Cache-Control'))) return null;
  const body: unknown = ctx.body;
  if (body === null || typeof body !== 'object' || Buffer.isBuffer(body) || typeof (body as { pipe?: unknown }).pipe === 'function') {
    return null;
  }
  return {
    status: ctx.status,
    contentType: 'application/json; charset=utf-8',
    body: Buffer.from(JSON.stringify(body)),
    deps: dependenciesOf(strapi, uid),
  };
}

/** The headers Strapi's middlewares (security, CORS, powered-by) put on an answer, without the answer's own. */
function envelopeOf(ctx: Context): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(ctx.response.headers)) {
    if (!ENTITY_HEADERS.has(name) && value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  const vary = ctx.response.get('Vary');
  if (vary) headers.vary = vary;
  return headers;
}

function send(ctx: Context, entry: Entry, state: string, envelope: Record<string, string>) {
  const answer = cachedResponse(entry, envelope, { acceptEncoding: ctx.get('Accept-Encoding'), ifNoneMatch: ctx.get('If-None-Match') }, state);
  ctx.set(answer.headers);
  if (answer.status === 304) {
    ctx.body = null;
    ctx.status = 304;
    return;
  }
  ctx.status = answer.status;
  ctx.body = answer.body;
}

/**
 * Public reads of the REST API from the cache (see @clinic/http-cache): published content
 * and approved comments, as the public role sees them, keyed by the path and the query as
 * Strapi parses it. Requests with an Authorization header or an admin cookie, the comment
 * form's token, writes and errors other than 404 never touch it. Answers carry a strong
 * ETag (304 for a matching If-None-Match), `Cache-Control: no-cache`, precompressed bodies,
 * and `X-Cache: HIT | MISS | SHARED | BYPASS`.
 *
 * First in the middleware list: a miss runs every middleware below (logging, errors,
 * security headers, CORS, the query guard, the route), and this process remembers the
 * headers those middlewares added for that Origin; a hit is sent with them, usually before
 * Koa (src/cache/fast-path.ts). A hit from an Origin not seen yet goes through them once.
 *
 * Writes (any other method) are answered only once their invalidations have reached the
 * cache, so the next request, to any process, sees them.
 */
const publicCacheMiddleware: Core.MiddlewareFactory = (_config, { strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');

  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD' && ctx.method !== 'OPTIONS') {
      try {
        await next();
      } finally {
        await invalidationsSettled();
      }
      return;
    }
    const cache = publicCache();
    const read = { method: ctx.method, path: ctx.path, querystring: ctx.querystring, authorization: ctx.get('Authorization'), cookie: ctx.get('Cookie') };
    if (!cache || !isPublicRead(read, prefix)) return next();

    const origin = ctx.get('Origin');
    let ranMiddlewares = false;
    const { entry, state } = await cache.run(readKey(strapi, ctx.path, ctx.query), async () => {
      await next();
      ranMiddlewares = true;
      const answer = keepable(ctx, strapi);
      if (answer) rememberEnvelope(origin, envelopeOf(ctx));
      return answer;
    });

    if (!entry) {
      ctx.set('X-Cache', 'BYPASS');
      return;
    }
    if (!ranMiddlewares && !envelopeFor(origin)) {
      // Not yet known which headers the middlewares send to this Origin: answer through them.
      await next();
      if (keepable(ctx, strapi)) rememberEnvelope(origin, envelopeOf(ctx));
      ctx.set('X-Cache', 'BYPASS');
      return;
    }
    send(ctx, entry, state.toUpperCase(), envelopeFor(origin) ?? envelopeOf(ctx));
  };
};

export default publicCacheMiddleware;
