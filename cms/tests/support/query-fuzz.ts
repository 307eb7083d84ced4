/**
 * Hostile query strings for the public REST API: a fixed list of the shapes
 * that once answered 500, and generated ones from a seeded PRNG so every run
 * sends the same requests.
 */

/** mulberry32: a tiny seeded PRNG, so the generated corpus is the same on every run. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  return { next, int, pick };
}

export type Rng = ReturnType<typeof prng>;

/** What the fuzzer knows of a route's content type: real names mixed in with hostile ones. */
export interface FuzzTarget {
  scalars: readonly string[];
  relations: readonly string[];
  components: readonly string[];
  privates: readonly string[];
}

const HOSTILE_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '0',
  '1',
  '-1',
  '',
  ' ',
  '*',
  'id',
  'documentId',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  'status',
  'password',
  'title.name',
  'a.b.c',
  'unknownField',
  '$eq',
  '$foo',
  '$and',
  '$or',
  '$not',
  '$null',
  '$in',
  '$contains',
  '$between',
  'on',
  'count',
  'true',
  'filters',
  'populate',
  'fields',
  'sort',
  'é',
  '%00',
  '%E2%80%AE',
];

const OPERATORS = [
  '$eq',
  '$ne',
  '$eqi',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$contains',
  '$notContains',
  '$containsi',
  '$startsWith',
  '$endsWith',
  '$null',
  '$notNull',
  '$between',
  '$and',
  '$or',
  '$not',
  '$foo',
  '$',
  '$$eq',
  '$jsonSupersetOf',
];

const VALUES = [
  '',
  'x',
  '1',
  '0',
  '-1',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '99999999999999999999999',
  '1.5',
  'true',
  'false',
  'null',
  '*',
  'asc',
  'desc',
  ':asc',
  'title:asc',
  'title:sideways',
  'a,b,c',
  '[object Object]',
  '2026-13-45',
  '%27%20OR%201%3D1--',
  '__proto__',
  'constructor',
];

const PAGINATION_KEYS = ['page', 'pageSize', 'start', 'limit', 'withCount', '__proto__', 'constructor', '', '0', 'foo'];

const TOP_LEVEL = ['fields', 'sort', 'filters', 'populate', 'pagination', 'start', 'limit', 'locale', 'status', 'publicationFilter', 'hasPublishedVersion', 'foo', '__proto__', 'constructor', '_q', 'plugins'];

const encodeKey = (part: string) => encodeURIComponent(part).replace(/%24/g, '$').replace(/%25/g, '%');

const bracket = (root: string, path: readonly string[]) => `${root}${path.map((part) => `[${encodeKey(part)}]`).join('')}`;

function name(rng: Rng, target: FuzzTarget): string {
  const roll = rng.int(10);
  if (roll < 3) return rng.pick(target.scalars);
  if (roll < 5) return rng.pick([...target.relations, ...target.components, ...target.scalars]);
  if (roll < 6 && target.privates.length) return rng.pick(target.privates);
  return rng.pick(HOSTILE_NAMES);
}

function value(rng: Rng, target: FuzzTarget): string {
  const roll = rng.int(10);
  if (roll < 2) return `${name(rng, target)}:${rng.pick(['asc', 'desc', 'ASC', 'up', ''])}`;
  if (roll < 3) return name(rng, target);
  return rng.pick(VALUES);
}

/** A path of names and operators, sometimes numeric (array) keys and empty brackets. */
function path(rng: Rng, target: FuzzTarget, depth: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < depth; i += 1) {
    const roll = rng.int(10);
    if (roll < 4) parts.push(name(rng, target));
    else if (roll < 7) parts.push(rng.pick(OPERATORS));
    else if (roll < 9) parts.push(String(rng.int(3)));
    else parts.push('');
  }
  return parts;
}

function pair(rng: Rng, target: FuzzTarget): string {
  const root = rng.next() < 0.9 ? rng.pick(['fields', 'sort', 'filters', 'populate', 'pagination']) : rng.pick(TOP_LEVEL);
  const val = encodeURIComponent(value(rng, target));
  const noValue = rng.next() < 0.05; // `a` alone parses as null (strictNullHandling)
  let key: string;
  switch (root) {
    case 'pagination':
      key = bracket(root, [rng.pick(PAGINATION_KEYS), ...(rng.next() < 0.2 ? path(rng, target, 1) : [])]);
      break;
    case 'populate': {
      const shape = rng.int(6);
      if (shape === 0) key = root;
      else if (shape === 1) key = bracket(root, [String(rng.int(3))]);
      else if (shape === 2) key = bracket(root, [name(rng, target)]);
      else {
        const sub = rng.pick(['fields', 'sort', 'filters', 'populate', 'count', 'on', name(rng, target)]);
        key = bracket(root, [name(rng, target), sub, ...path(rng, target, rng.int(4))]);
      }
      break;
    }
    case 'fields':
    case 'sort':
      key = rng.next() < 0.3 ? root : bracket(root, path(rng, target, 1 + rng.int(2)));
      break;
    default:
      key = bracket(root, path(rng, target, rng.int(6)));
  }
  return noValue ? key : `${key}=${root === 'fields' || root === 'sort' ? encodeURIComponent(rng.next() < 0.6 ? name(rng, target) : value(rng, target)) : val}`;
}

/** `count` query strings of 1 to 4 hostile parameters each, the same for the same seed. */
export function generateQueries(seed: number, target: FuzzTarget, count: number): string[] {
  const rng = prng(seed);
  const queries: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const pairs = Array.from({ length: 1 + rng.int(4) }, () => pair(rng, target));
    queries.push(pairs.join('&'));
  }
  return queries;
}

/** A key nested `depth` levels deep under `root`. */
export const deep = (root: string, depth: number, part = 'a') => `${root}${`[${part}]`.repeat(depth)}=1`;
