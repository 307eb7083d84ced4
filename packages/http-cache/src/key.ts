import { createHash } from 'node:crypto';

/**
 * A value as canonical JSON: object keys sorted at every level, arrays in their order
 * (order means something in `sort[0]`, `sort[1]`). Two spellings of the same parsed query
 * (parameters in another order, other percent-encoding) give the same text.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The cache key of a request: its path and its parsed query, hashed, so that a key has a
 * fixed size whatever a client sends. Nothing else of the request is part of it: no
 * header or cookie can make one client's answer another's.
 */
export function requestKey(namespace: string, path: string, query: unknown): string {
  const digest = createHash('sha256').update(path).update('\0').update(canonical(query ?? {})).digest('base64url');
  return `${namespace}:${digest}`;
}

/**
 * Cache keys by request target (path and query string as received), so that a hit does not
 * parse and hash its query again: the key is a function of the target alone. Bounded by the
 * length of the targets it holds (about a megabyte by default): emptied when full, so targets a
 * client makes up cost memory only until then.
 */
export class KeyMemo {
  private readonly keys = new Map<string, string>();
  private chars = 0;

  constructor(private readonly maxChars = 1_000_000) {}

  get(target: string, key: () => string): string {
    let found = this.keys.get(target);
    if (found === undefined) {
      found = key();
      if (this.chars + target.length + found.length > this.maxChars) {
        this.keys.clear();
        this.chars = 0;
      }
      this.keys.set(target, found);
      this.chars += target.length + found.length;
    }
    return found;
  }
}
