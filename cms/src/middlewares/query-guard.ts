import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkPublicQuery, type Model } from '../query/public-query';

/** Query strings longer than this are refused with a 414: the web app's longest is under 1 KB. */
export const MAX_QUERY_LENGTH = 4096;
/** Brackets deeper than this are refused with a 400: the web app nests 3 deep, comment filters 4. */
export const MAX_QUERY_DEPTH = 10;

/** The deepest bracket nesting of any key in a raw query string (`filters[a][b]=1` is 2). */
function queryDepth(querystring: string): number {
  let deepest = 0;
  for (const part of querystring.split('&')) {
    const rawKey = part.split('=', 1)[0].replace(/\+/g, ' ');
    let key = rawKey;
    try {
      key = decodeURIComponent(rawKey);
    } catch {
      // qs keeps a malformed escape as it is: so do we
    }
    deepest = Math.max(deepest, key.split('[').length - 1);
  }
  return deepest;
}

/** Strapi's own query errors say "Invalid key authorEmail" and keep the parameter in `details.param`: name it in the message too. */
function namingTheParameter(error: unknown): unknown {
  if (!(error instanceof errors.ValidationError)) return error;
  const details = (error.details ?? {}) as { source?: unknown; param?: unknown };
  if (details.source !== 'query' || typeof details.param !== 'string' || error.message.includes(`"${details.param}"`)) {
    return error;
  }
  return new errors.ValidationError(`Invalid query parameter "${details.param}": ${error.message}.`, details);
}

/**
 * Checks the query string of every public read (GET and HEAD under the REST
 * prefix) before Strapi parses it into a database query: too long (414), too
 * deep, or a shape Strapi would answer with a 500 (400 ValidationError naming
 * the parameter, see src/query/public-query.ts). This also bounds the keys a
 * cache of normalised queries can be asked to hold. Registered right after
 * `strapi::query`.
 */
const queryGuard: Core.MiddlewareFactory = (_config, { strapi }) => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  let models: Map<string, Model> | undefined;

  /** The content type a REST path reads: `/api/articles…` is `api::article.article`. */
  const modelFor = (path: string): Model | undefined => {
    if (!models) {
      models = new Map();
      for (const [uid, contentType] of Object.entries(strapi.contentTypes)) {
        if (!uid.startsWith('api::')) continue;
        const { kind, info } = contentType;
        const segment = kind === 'singleType' ? info.singularName : info.pluralName;
        models.set(segment, strapi.getModel(uid as never) as unknown as Model);
      }
    }
    const segment = path.slice(prefix.length).split('/')[1] ?? '';
    return models.get(segment);
  };

  return async (ctx, next) => {
    const isRead = ctx.method === 'GET' || ctx.method === 'HEAD';
    if (!isRead || !(ctx.path === prefix || ctx.path.startsWith(`${prefix}/`)) || !ctx.querystring) {
      await next();
      return;
    }

    if (ctx.querystring.length > MAX_QUERY_LENGTH) {
      ctx.status = 414;
      ctx.body = {
        data: null,
        error: {
          status: 414,
          name: 'URITooLongError',
          message: `The query string is too long: ${MAX_QUERY_LENGTH} characters at most.`,
          details: {},
        },
      };
      return;
    }

    const depth = queryDepth(ctx.querystring);
    if (depth > MAX_QUERY_DEPTH) {
      throw new errors.ValidationError(
        `The query string is nested too deeply: ${MAX_QUERY_DEPTH} levels of brackets at most (found ${depth}).`,
        { source: 'query', errors: [{ path: [], message: 'Nested too deeply', name: 'ValidationError' }] },
      );
    }

    const query = ctx.query as Record<string, unknown>;
    checkPublicQuery(query, modelFor(ctx.path), (uid) => strapi.getModel(uid as never) as unknown as Model | undefined);
    try {
      await next();
    } catch (error) {
      throw namingTheParameter(error);
    }
  };
};

export default queryGuard;
