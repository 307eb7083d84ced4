import type { IncomingMessage } from 'node:http';
import type { Core } from '@strapi/strapi';
import { represent, requestKey, type Entry, type Representation, type RequestHeaders } from '@clinic/http-cache';
import { MAX_QUERY_LENGTH } from '../middlewares/query-guard';
import { modelVersion } from './dependencies';

/** Issued per visitor, never shared. */
const UNCACHED_PATHS = new Set(['/comments/form-token', '/consult-requests/form-token']);
/** The admin panel's session cookies: a request carrying one is never answered from, or into, the cache. */
const ADMIN_COOKIE = /(?:^|;\s*)(?:jwtToken|strapi_admin_refresh|koa\.sess(?:\.sig)?)=/;
/** Distinct Origin headers whose middleware headers a process remembers (the site's own, in practice). */
const MAX_ENVELOPES = 64;

/** What decides whether a request may be answered from, and into, the cache. */
export interface ReadRequest {
  method: string;
  path: string;
  querystring: string;
  authorization: string;
  cookie: string;
}

/** A public read of the REST API: no credentials, not the form token, not too long for the query guard. */
export function isPublicRead(request: ReadRequest, prefix: string): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (!request.path.startsWith(`${prefix}/`) || UNCACHED_PATHS.has(request.path.slice(prefix.length))) return false;
  if (request.querystring.length > MAX_QUERY_LENGTH) return false; // global::query-guard answers it
  return !request.authorization && !ADMIN_COOKIE.test(request.cookie);
}

let namespace: string | undefined;

/** The cache key of a public read: its path and its query as Strapi parses it. */
export function readKey(strapi: Core.Strapi, path: string, query: unknown): string {
  namespace ??= `api:${modelVersion(strapi)}`;
  return requestKey(namespace, path, query);
}

/**
 * The path and parsed query of a raw request, read with Koa's and Strapi's own parsers (the
 * `strapi::query` middleware installs its `qs` settings on the app's request), so a request
 * answered before Koa gets exactly the key Koa's context would give it.
 */
export function parseRead(strapi: Core.Strapi, req: IncomingMessage): ReadRequest & { query: unknown } {
  const request = Object.create(strapi.server.app.request) as { req: IncomingMessage; path: string; querystring: string; query: unknown };
  request.req = req;
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
  };
  return {
    method: req.method ?? 'GET',
    path: request.path,
    querystring: request.querystring,
    query: request.query,
    authorization: header('authorization'),
    cookie: header('cookie'),
  };
}

/**
 * The headers Strapi's middlewares (security, CORS, powered-by) sent with a public read, by
 * Origin header: a cached answer is sent with the same ones. They are learnt from answers
 * that went through the middlewares, in this process.
 */
const envelopes = new Map<string, Record<string, string>>();

export function rememberEnvelope(origin: string, headers: Record<string, string>): void {
  if (!envelopes.has(origin) && envelopes.size >= MAX_ENVELOPES) envelopes.delete(envelopes.keys().next().value ?? '');
  envelopes.set(origin, headers);
}

export function envelopeFor(origin: string): Record<string, string> | undefined {
  return envelopes.get(origin);
}

/**
 * A cached entry as the response to one request: the middlewares' headers for its Origin,
 * then the entry's own (ETag, encoding, Cache-Control), one Vary for both, and X-Cache.
 */
export function cachedResponse(entry: Entry, envelope: Record<string, string>, request: RequestHeaders, state: string): Representation {
  const answer = represent(entry, request);
  const { vary: middlewareVary, ...middlewareHeaders } = envelope;
  const vary = [middlewareVary, answer.headers.Vary].filter(Boolean).join(', ');
  return { ...answer, headers: { ...middlewareHeaders, ...answer.headers, ...(vary ? { Vary: vary } : {}), 'X-Cache': state } };
}
