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

/**
 * The response for a cached entry: the encoding the client takes best, a strong ETag per
 * encoding, 304 when the client already has it, and `Cache-Control: no-cache` so browsers
 * always revalidate (nothing stale stays in a browser either). `Cache-Tag` names the
 * content types the answer depends on, which the page renderer uses to know what a page
 * is made of.
 */
export function represent(entry: Entry, request: RequestHeaders): Representation {
  const available: Coding[] = [];
  if (entry.br) available.push('br');
  if (entry.gzip) available.push('gzip');
  const coding = chooseCoding(request.acceptEncoding, available);
  const etag = `"${entry.etag}${coding === 'br' ? '-br' : coding === 'gzip' ? '-gz' : ''}"`;
  const headers: Record<string, string> = {
    ETag: etag,
    'Cache-Control': 'no-cache',
    'Cache-Tag': entry.deps.join(','),
  };
  if (available.length > 0) headers.Vary = 'Accept-Encoding';
  if (matchesIfNoneMatch(request.ifNoneMatch, etag)) {
    return { status: 304, headers, body: null };
  }
  const body = coding === 'br' ? entry.br : coding === 'gzip' ? entry.gzip : entry.body;
  headers['Content-Type'] = entry.contentType;
  headers['Content-Length'] = String(body?.length ?? 0);
  if (coding) headers['Content-Encoding'] = coding;
  return { status: entry.status, headers, body: body ?? entry.body };
}
