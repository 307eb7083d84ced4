import { env } from '@/config/env';

export type QueryValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly QueryValue[]
  | { readonly [key: string]: QueryValue };

export type Query = { readonly [key: string]: QueryValue };

type ApiErrorInit = { status: number; name: string; message: string; details?: unknown };

/** Every failed request surfaces as an ApiError; status 0 means the server was not reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly details: unknown;

  constructor({ status, name, message, details }: ApiErrorInit) {
    super(message);
    this.name = name;
    this.status = status;
    this.details = details;
  }

  /** Builds the error from Strapi's `{ data: null, error: { status, name, message, details } }`. */
  static fromResponse(status: number, body: unknown): ApiError {
    if (isStrapiError(body)) {
      const { error } = body;
      return new ApiError({
        status: typeof error.status === 'number' ? error.status : status,
        name: typeof error.name === 'string' ? error.name : 'HttpError',
        message: typeof error.message === 'string' ? error.message : `Request failed with status ${status}`,
        details: error.details,
      });
    }
    return new ApiError({ status, name: 'HttpError', message: `Request failed with status ${status}` });
  }
}

function isStrapiError(body: unknown): body is { error: Record<string, unknown> } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  return typeof body.error === 'object' && body.error !== null;
}

const encode = (part: string) => encodeURIComponent(part).replace(/%24/g, '$');

/**
 * Serialises nested objects and arrays in the bracket syntax Strapi's `qs` parser reads.
 * Hand-written: `qs.stringify` (6.15, with the side-channel polyfills it bundles) adds 17 kB
 * gzipped to every route; measured with esbuild --bundle --minify, then gzip -9.
 */
export function serializeQuery(query: Query): string {
  const pairs: string[] = [];
  const walk = (key: string, value: QueryValue): void => {
    if (value === undefined || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item: QueryValue, index) => walk(`${key}[${index}]`, item));
    } else if (typeof value === 'object') {
      for (const [child, item] of Object.entries(value)) walk(`${key}[${encode(child)}]`, item);
    } else {
      pairs.push(`${key}=${encodeURIComponent(String(value))}`);
    }
  };
  for (const [key, value] of Object.entries(query)) walk(encode(key), value);
  return pairs.join('&');
}

type RequestInit = { signal?: AbortSignal; method?: 'GET' | 'POST'; body?: unknown };

type ResponseObserver = (response: Response) => void;
let observer: ResponseObserver | undefined;

/**
 * Sees every response before its body is read. The page renderer uses it to learn from
 * the CMS's `Cache-Tag` headers what each page is made of; browsers never set one.
 */
export function observeResponses(next: ResponseObserver | undefined): void {
  observer = next;
}

/** What a request in some context carries besides its own query: credentials, a status. */
export type RequestScope = { headers?: Record<string, string>; query?: Query };
type Scoper = (path: string) => RequestScope | undefined;
let scoper: Scoper | undefined;

/**
 * Adds headers and query parameters to requests, chosen per request path. The page renderer
 * uses it for a preview, whose render reads drafts with its API token; browsers never set one.
 */
export function scopeRequests(next: Scoper | undefined): void {
  scoper = next;
}

async function request<T>(path: string, query: Query | undefined, init: RequestInit): Promise<T> {
  const scope = scoper?.(path);
  const fullQuery = scope?.query ? { ...query, ...scope.query } : query;
  const search = fullQuery ? serializeQuery(fullQuery) : '';
  const url = `${env.apiUrl}/api${path}${search ? `?${search}` : ''}`;
  const headers: Record<string, string> = { Accept: 'application/json', ...scope?.headers };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new ApiError({
      status: 0,
      name: 'NetworkError',
      message: error instanceof Error ? error.message : 'The request could not be sent',
    });
  }

  observer?.(response);
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw ApiError.fromResponse(response.status, body);
  if (body === undefined) {
    throw new ApiError({ status: response.status, name: 'ParseError', message: 'The response was not JSON' });
  }
  return body as T;
}

/** GET `${cmsUrl}/api${path}` and return the parsed JSON body. */
export function apiGet<T>(path: string, query?: Query, init: { signal?: AbortSignal } = {}): Promise<T> {
  return request<T>(path, query, init);
}

/** POST a JSON body to `${cmsUrl}/api${path}` and return the parsed JSON body. */
export function apiPost<T>(path: string, body: unknown, init: { signal?: AbortSignal } = {}): Promise<T> {
  return request<T>(path, undefined, { ...init, method: 'POST', body });
}
