import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Generation number of each content type (by UID), plus the two that every entry depends on. */
export type Generations = Readonly<Record<string, number>>;

/** Bumped to drop every entry at once (permission changes, a lost invalidation). */
export const EVERYTHING = '*';
/** Changes when the shared store forgets the generations (a Redis restart), so no entry outlives them. */
export const EPOCH = '~epoch';

/** An answer worth keeping: what a request produced, and what it was made from. */
export interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
  /** The content types the answer was built from: a write to any of them makes it stale. */
  deps: readonly string[];
}

export interface Entry extends Answer {
  /** Strong validator of the identity body (without quotes); encodings add a suffix. */
  etag: string;
  gzip?: Buffer;
  br?: Buffer;
  /** The generations of `deps` (and of EVERYTHING and EPOCH) when the answer began to be computed. */
  gens: Generations;
}

/** Bodies this small are sent as they are: compressing them saves nothing. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * An entry for an answer, with its compressed bodies computed once, here, rather than per
 * request. `gens` must be the generations read before the answer's data was read, so that
 * a write that lands meanwhile leaves the entry stale rather than hiding behind it.
 */
export function createEntry(answer: Answer, gens: Generations, { compress = true } = {}): Entry {
  const etag = createHash('sha256').update(answer.body).digest('base64url').slice(0, 27);
  const kept: Record<string, number> = {};
  for (const dep of [...answer.deps, EVERYTHING, EPOCH]) kept[dep] = gens[dep] ?? 0;
  const entry: Entry = { ...answer, deps: [...new Set(answer.deps)].sort(), etag, gens: kept };
  if (compress && answer.body.length >= COMPRESS_FROM_BYTES) {
    entry.gzip = gzipSync(answer.body, { level: 9 });
    entry.br = brotliCompressSync(answer.body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: answer.body.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      },
    });
  }
  return entry;
}

/** Whether nothing the entry was made from has been written since. */
export function isFresh(entry: Entry, current: Generations): boolean {
  for (const type in entry.gens) if ((current[type] ?? 0) !== entry.gens[type]) return false;
  return true;
}

/** Size in memory, for the in-process cache's bound. */
export function entrySize(entry: Entry): number {
  return entry.body.length + (entry.gzip?.length ?? 0) + (entry.br?.length ?? 0) + 512;
}
