/** `pagination`, `start` and `limit`: whole numbers from Strapi's own lower bounds, and `withCount`. */
import { invalid } from './errors';
import { BOOLEAN_LIKE, isRecord, type Path } from './model';

const PAGINATION_KEYS = new Set(['page', 'pageSize', 'start', 'limit', 'withCount']);
/** Page numbers, sizes and offsets: integers of at most nine digits (Strapi caps the page size at 100 anyway). */
const INTEGER = /^-?\d{1,9}$/;
/** Strapi's own lower bounds: an offset from 0, a limit from -1 ("all", capped at the maximum page size), pages from 1. */
const MINIMUM: Record<string, number> = { start: 0, limit: -1, page: 1, pageSize: 1 };

export function checkInteger(value: unknown, path: Path): void {
  const key = String(path[path.length - 1]);
  if (typeof value !== 'string' || !INTEGER.test(value.trim())) invalid(path, 'expected a whole number');
  if (Number(value) < MINIMUM[key]) invalid(path, `expected a whole number from ${MINIMUM[key]}`);
}

export function checkPagination(value: unknown, path: Path): void {
  if (!isRecord(value)) invalid(path, 'expected pagination[page]=1&pagination[pageSize]=25');
  for (const [key, item] of Object.entries(value)) {
    const at = [...path, key];
    if (!PAGINATION_KEYS.has(key)) invalid(at, 'expected page, pageSize, start, limit or withCount');
    if (key === 'withCount') {
      if (typeof item !== 'string' || !BOOLEAN_LIKE.has(item)) invalid(at, 'expected true or false');
    } else {
      checkInteger(item, at);
    }
  }
}
