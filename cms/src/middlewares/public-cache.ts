import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { represent, requestKey, type Answer } from '@clinic/http-cache';
import { dependenciesOf, modelVersion } from '../cache/dependencies';
import { invalidationsSettled } from '../cache/invalidation';
import { publicCache } from '../cache/public-cache';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Issued per visitor, never shared. */
const UNCACHED_PATHS = new Set(['/comments/form-token']);
/** The admin panel's session cookies: a request carrying one is never answered from, or into, the cache. */
const ADMIN_COOKIE = /(?:^|;\s*)(?:jwtToken|strapi_admin_refresh|koa\.sess(?:\.sig)?)=/;

function isPublicRead(ctx: Context, prefix: string): boolean {
  if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return false;
  if (!ctx.path.startsWith(`${prefix}/`) || UNCACHED_PATHS.has(ctx.path.slice(prefix.length))) return false;
  return !ctx.get('Authorization') && !ADMIN_COOKIE.test(ctx.get('Cookie'));
}

/** A 404 in Strapi's error shape, as `strapi::errors` would answer it, so it can be kept. */
function notFoundAnswer(ctx: Context, error: unknown): boolean {
  const status = (error as { status?: unknown }).status;
  const exposed = error instanceof errors.NotFoundError || (status === 404 && (error as { expose?: unknown }).expose === true);
  if (!exposed) return false;
  const { name, message, details } = error as errors.ApplicationError;
  ctx.status = 404;
  ctx.body = { data: null, error: { status: 404, name, message, details } };
  return true;
}

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

/**
 * Public reads of the REST API from the cache (see @clinic/http-cache): published content
 * and approved comments, as the public role sees them, keyed by the path and the parsed
 * query. Requests with an Authorization header or an admin cookie, the comment form's token,
 * writes and errors other than 404 never touch it. Answers carry a strong ETag (304 for a
 * matching If-None-Match), `Cache-Control: no-cache`, precompressed bodies, and
 * `X-Cache: HIT | MISS | SHARED | BYPASS`.
 *
 * Writes (any other method) are answered only once their invalidations have reached the
 * cache, so the next request, to any process, sees them. Registered after `strapi::query`
 * (the key is the parsed query) and after `strapi::security` and `strapi::cors`, whose
 * headers every answer needs.
 */
const publicCacheMiddleware: Core.MiddlewareFactory = (_config, { strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  let namespace: string | undefined;

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
    if (!cache || !isPublicRead(ctx, prefix)) return next();

    namespace ??= `api:${modelVersion(strapi)}`;
    const { entry, state } = await cache.run(requestKey(namespace, ctx.path, ctx.query), async () => {
      try {
        await next();
        // A findOne without a document leaves the status unset; `strapi::errors` would then
        // answer 404. Answer it here, the same way, so that the 404 can be kept too.
        if (!(ctx.response as { _explicitStatus?: boolean })._explicitStatus) ctx.notFound();
      } catch (error) {
        if (!notFoundAnswer(ctx, error)) throw error;
      }
      return keepable(ctx, strapi);
    });
    ctx.set('X-Cache', state.toUpperCase());
    if (!entry) return;

    const answer = represent(entry, { acceptEncoding: ctx.get('Accept-Encoding'), ifNoneMatch: ctx.get('If-None-Match') });
    ctx.set(answer.headers);
    if (answer.status === 304) {
      ctx.body = null;
      ctx.status = 304;
      return;
    }
    ctx.status = answer.status;
    ctx.body = answer.body;
  };
};

export default publicCacheMiddleware;
