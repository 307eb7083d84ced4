import type { Entry } from './entry.js';

export interface RequestHeaders {
  acceptEncoding?: string | undefined;
  ifNoneMatch?: string | undefined;
}

export interface Representation {
  status: number;
  headers: Record<string, string>;
  /** null for a 304 (for HEAD, the caller sends the headers only). */
  body: Buffer | null;
}

type Coding = 'br' | 'gzip';

/** The client's preference among the codings the entry has, or null for the identity body. */
export function chooseCoding(acceptEncoding: string | undefined, available: readonly Coding[]): Coding | null {
  if (!acceptEncoding || available.length === 0) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (coding: Coding) => weights.get(coding) ?? weights.get('*') ?? 0;
  // Brotli first when both are as welcome: it is the smaller.
  const best = [...available].sort((a, b) => weightOf(b) - weightOf(a) || (a === 'br' ? -1 : 1))[0];
  return best && weightOf(best) > 0 ? best : null;
}

/** RFC 9110 If-None-Match: weak comparison, `*` matches any representation. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => strip(tag) === '*' || strip(tag) === etag);
}

type Headers = Readonly<Record<string, string>>;

/** What a 304 leaves out: it has no body. */
const BODY_HEADERS = new Set(['Content-Type', 'Content-Length', 'Content-Encoding']);

/** Representations a process keeps per entry: one per Accept-Encoding spelling and set of extra headers. */
const KEPT_PER_ENTRY = 8;
const kept = new WeakMap<Entry, { acceptEncoding: string; extra: Headers | undefined; representation: Representation }[]>();

/**
 * The response for a cached entry: the encoding the client takes best, a strong ETag per
 * encoding, 304 when the client already has it, and `Cache-Control: no-cache` so browsers
 * always revalidate (nothing stale stays in a browser either). `Cache-Tag` names the
 * content types the answer depends on, which the page renderer uses to know what a page
 * is made of. `extra` headers come first (a `Vary` among them is merged with the entry's).
 *
 * A hit is answered with headers made once: the 200 representation is kept with the entry,
 * per Accept-Encoding header and `extra` object (by identity: pass the same object for the
 * same headers). What is returned is shared: never modify it.
 */
export function represent(entry: Entry, request: RequestHeaders, extra?: Headers): Representation {
  const acceptEncoding = request.acceptEncoding ?? '';
  const known = kept.get(entry) ?? [];
  let full = known.find((item) => item.acceptEncoding === acceptEncoding && item.extra === extra)?.representation;
  if (!full) {
    full = fullRepresentation(entry, acceptEncoding, extra);
    if (known.length < KEPT_PER_ENTRY) kept.set(entry, [...known, { acceptEncoding, extra, representation: full }]);
  }
  const etag = full.headers.ETag ?? '';
  if (!matchesIfNoneMatch(request.ifNoneMatch, etag)) return full;
  const headers = Object.fromEntries(Object.entries(full.headers).filter(([name]) => !BODY_HEADERS.has(name)));
  return { status: 304, headers, body: null };
}

function fullRepresentation(entry: Entry, acceptEncoding: string, extra: Headers = {}): Representation {
  const available: Coding[] = [];
  if (entry.br) available.push('br');
  if (entry.gzip) available.push('gzip');
  const coding = chooseCoding(acceptEncoding, available);
  const body = (coding === 'br' ? entry.br : coding === 'gzip' ? entry.gzip : entry.body) ?? entry.body;
  const { vary: extraVary, Vary: extraVaryCapital, ...extraHeaders } = extra;
  const vary = [extraVary ?? extraVaryCapital, available.length > 0 ? 'Accept-Encoding' : ''].filter(Boolean).join(', ');
  const headers: Record<string, string> = {
    ...extraHeaders,
    ETag: `"${entry.etag}${coding === 'br' ? '-br' : coding === 'gzip' ? '-gz' : ''}"`,
    'Cache-Control': 'no-cache',
    'Cache-Tag': entry.deps.join(','),
    ...(vary ? { Vary: vary } : {}),
    'Content-Type': entry.contentType,
    'Content-Length': String(body.length),
    ...(coding ? { 'Content-Encoding': coding } : {}),
  };
  return { status: entry.status, headers, body };
}
