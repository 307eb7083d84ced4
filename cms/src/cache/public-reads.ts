import type { IncomingMessage } from 'node:http';
import type { Core } from '@strapi/strapi';
import { KeyMemo, represent, requestKey, type Entry, type Representation, type RequestHeaders } from '@clinic/http-cache';
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
  return isPublicTarget(request, prefix) && !hasCredentials(request);
}

/** A path and query string any visitor's answer may be kept for. */
function isPublicTarget({ path, querystring }: Pick<ReadRequest, 'path' | 'querystring'>, prefix: string): boolean {
  if (!path.startsWith(`${prefix}/`) || UNCACHED_PATHS.has(path.slice(prefix.length))) return false;
  return querystring.length <= MAX_QUERY_LENGTH; // longer ones: global::query-guard answers them
}

function hasCredentials({ authorization, cookie }: Pick<ReadRequest, 'authorization' | 'cookie'>): boolean {
  return Boolean(authorization) || ADMIN_COOKIE.test(cookie);
}

let namespace: string | undefined;

/** The cache key of a public read: its path and its query as Strapi parses it. */
export function readKey(strapi: Core.Strapi, path: string, query: unknown): string {
  namespace ??= `api:${modelVersion(strapi)}`;
  return requestKey(namespace, path, query);
}

const keys = new KeyMemo();

/**
 * The cache key of a raw GET or HEAD request, or null when it is not a public read. The path
 * and query are read with Koa's and Strapi's own parsers (the `strapi::query` middleware
 * installs its `qs` settings on the app's request), so a request answered before Koa gets
 * exactly the key Koa's context would give it; the key of a target seen before is not
 * computed again.
 */
export function publicReadKey(strapi: Core.Strapi, req: IncomingMessage, prefix: string): string | null {
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(', ') : (value ?? '');
  };
  if (hasCredentials({ authorization: header('authorization'), cookie: header('cookie') })) return null;
  const key = keys.get(req.url ?? '', () => {
    const request = Object.create(strapi.server.app.request) as { req: IncomingMessage; path: string; querystring: string; query: unknown };
    request.req = req;
    return isPublicTarget(request, prefix) ? readKey(strapi, request.path, request.query) : '';
  });
  return key || null;
}

/**
 * The headers Strapi's middlewares (security, CORS, powered-by) sent with a public read, by
 * Origin header: a cached answer is sent with the same ones. They are learnt from answers
 * that went through the middlewares, in this process.
 */
const envelopes = new Map<string, Record<string, string>>();

/** Kept as the same object while the headers stay the same: answers made with it are kept by its identity. */
export function rememberEnvelope(origin: string, headers: Record<string, string>): void {
  const known = envelopes.get(origin);
  if (known && sameHeaders(known, headers)) return;
  if (!known && envelopes.size >= MAX_ENVELOPES) envelopes.delete(envelopes.keys().next().value ?? '');
  envelopes.set(origin, headers);
}

function sameHeaders(a: Record<string, string>, b: Record<string, string>): boolean {
  const names = Object.keys(a);
  return names.length === Object.keys(b).length && names.every((name) => a[name] === b[name]);
}

export function envelopeFor(origin: string): Record<string, string> | undefined {
  return envelopes.get(origin);
}

/** The middlewares' headers with X-Cache, made once per envelope and state. */
const withStates = new WeakMap<Record<string, string>, Map<string, Record<string, string>>>();

/**
 * A cached entry as the response to one request: the middlewares' headers for its Origin,
 * then the entry's own (ETag, encoding, Cache-Control), one Vary for both, and X-Cache.
 * Shared between requests: never modify it.
 */
export function cachedResponse(entry: Entry, envelope: Record<string, string>, request: RequestHeaders, state: string): Representation {
  let states = withStates.get(envelope);
  if (!states) withStates.set(envelope, (states = new Map()));
  let extra = states.get(state);
  if (!extra) states.set(state, (extra = { ...envelope, 'X-Cache': state }));
  return represent(entry, request, extra);
}
