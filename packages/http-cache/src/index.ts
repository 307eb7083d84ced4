export { ResponseCache, type CacheOptions, type RunResult, type RunState } from './cache.js';
export { createEntry, isFresh, EPOCH, EVERYTHING, type Answer, type Entry, type Generations } from './entry.js';
export { chooseCoding, matchesIfNoneMatch, represent, type Representation, type RequestHeaders } from './http.js';
export { canonical, KeyMemo, requestKey } from './key.js';
export { RedisStore, StoreUnavailableError, type SharedStore } from './redis-store.js';
export { GENERATIONS_LEASE_MS } from './lease.js';
