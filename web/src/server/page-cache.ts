import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { KeyMemo, RedisStore, ResponseCache, requestKey, type Answer } from '@clinic/http-cache';
import { observeResponses } from '@/lib/api-client';

/** What one render read from the CMS: the content types of every answer (their Cache-Tag). */
type Reads = { deps: Set<string>; known: boolean };

const reads = new AsyncLocalStorage<Reads>();

// Every CMS answer a render receives names the content types it was made of. An answer
// without the header (the CMS's cache is off, or the answer was not cacheable there)
// leaves the page's ingredients unknown: such a page is not cached.
observeResponses((response) => {
  const current = reads.getStore();
  if (!current) return;
  const tag = response.headers.get('Cache-Tag');
  if (tag === null) current.known = false;
  else for (const type of tag.split(',')) if (type) current.deps.add(type);
});

/** Runs a render and reports the content types it read, or null when they are not all known. */
export async function tracked<T>(render: () => Promise<T>): Promise<{ result: T; deps: string[] | null }> {
  const current: Reads = { deps: new Set(), known: true };
  const result = await reads.run(current, render);
  return { result, deps: current.known ? [...current.deps] : null };
}

export type PageCacheOptions = {
  enabled: boolean;
  redisUrl: string | undefined;
  prefix: string;
  ttlSeconds: number;
  maxBytes: number;
  /** The page template: a new build must never meet pages rendered by the old one. */
  template: string;
  log: (message: string) => void;
};

/**
 * Rendered pages, kept in the cache the CMS shares through Redis and checked against its
 * generation numbers on every request: a page is served only while none of the content
 * types it was rendered from has been written since the render began. Without Redis the
 * renderer cannot see the CMS's writes, so it keeps nothing (null) and renders every page.
 */
export function createPageCache(options: PageCacheOptions) {
  if (!options.enabled || !options.redisUrl) return null;
  const cache = new ResponseCache({
    store: new RedisStore(options.redisUrl, options.prefix),
    ttlSeconds: options.ttlSeconds,
    maxBytes: options.maxBytes,
    log: options.log,
  });
  const namespace = `page:${createHash('sha256').update(options.template).digest('base64url').slice(0, 12)}`;
  const keys = new KeyMemo();
  const keyOf = (url: URL) => keys.get(`${url.pathname}${url.search}`, () => requestKey(namespace, url.pathname, [...url.searchParams].sort()));
  return {
    /** The page at `url` from the cache, or rendered once by `compute` (null: not to be kept). */
    run: (url: URL, compute: () => Promise<Answer | null>) => cache.run(keyOf(url), compute),
    close: () => cache.close(),
  };
}
