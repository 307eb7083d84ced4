import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { LRUCache } from 'lru-cache';
import { canonical } from './key.js';
import { createEntry, entrySize, EPOCH, isFresh, type Answer, type Entry, type Generations } from './entry.js';
import { GENERATIONS_LEASE_MS, GenerationsLease, LEASE_MARGIN_MS } from './lease.js';
import type { SharedStore } from './redis-store.js';

/**
 *   hit     a fresh entry was there
 *   miss    this request computed the answer, and it is now stored
 *   shared  another request was computing the same answer; this one waited for it
 *   bypass  computed for this request alone: not cacheable, or the shared store is unreachable
 */
export type RunState = 'hit' | 'miss' | 'shared' | 'bypass';

export interface RunResult {
  /** null when the computation said the answer is not to be cached (the caller has it). */
  entry: Entry | null;
  state: RunState;
}

export interface CacheOptions {
  /** Shared entries and generations (Redis); without one, both live in this process. */
  store?: SharedStore | null;
  /** Bound of the in-process entries, in bytes. */
  maxBytes?: number;
  /** Entries are dropped after this long: a bound on memory, never a condition of freshness. */
  ttlSeconds?: number;
  compress?: boolean;
  log?: (message: string) => void;
}

/**
 * The cache of public answers that the CMS and the page renderer share.
 *
 * Freshness comes from generation numbers, one per content type: a write bumps the
 * generation of the type it changed once it is committed, and before it is answered. Every
 * entry records the generations of the types it depends on as they were *before* its
 * data was read; it is served only while all of them are unchanged. A slow read that began
 * before a write therefore stores an entry that is stale from the start, and the next
 * request computes a new one. A time-to-live only bounds memory.
 *
 * Entries live in this process (bounded LRU) and, with a shared store, in Redis too, where
 * other processes find them. Each process checks requests against a copy of the shared
 * generations that is at most GENERATIONS_LEASE_MS old, and an invalidation returns only once
 * every such copy is younger than its bump (lease.ts): a write through any process is seen by
 * the next request to every process, and a hit costs no round trip to Redis.
 */
export class ResponseCache {
  private readonly store: SharedStore | null;
  private readonly local: LRUCache<string, Entry>;
  private readonly flights = new Map<string, Promise<Entry | null>>();
  private readonly ttlSeconds: number;
  private readonly compress: boolean;
  private readonly log: (message: string) => void;
  /** In-process generations, when there is no shared store. */
  private readonly ownGens = new Map<string, number>([[EPOCH, randomInt(1, 2 ** 47)]]);
  /** ownGens as an object, made again after each bump. */
  private ownCopy: Generations | undefined;
  /** The shared generations as this process may trust them, when there is a shared store. */
  private readonly lease: GenerationsLease | null;
  /** Bumps that could not reach the shared store, retried until they do. */
  private readonly unsent = new Set<string>();
  private retryTimer: NodeJS.Timeout | undefined;

  constructor({ store = null, maxBytes = 64 * 1024 * 1024, ttlSeconds = 3600, compress = true, log = () => undefined }: CacheOptions = {}) {
    this.store = store;
    this.lease = store ? new GenerationsLease(() => store.generations()) : null;
    this.ttlSeconds = ttlSeconds;
    this.compress = compress;
    this.log = log;
    this.local = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: entrySize, ttl: ttlSeconds * 1000 });
  }

  get shared(): boolean {
    return this.store !== null;
  }

  async generations(): Promise<Generations> {
    return this.lease ? this.lease.current() : this.ownGenerations();
  }

  /**
   * The fresh entry for `key` when this process can tell at once: it holds the entry and a
   * current copy of the generations. Undefined says only that it cannot: `lookup` and `run`
   * may still find the entry after a read from the shared store. A hit then costs no promise.
   */
  localHit(key: string): Entry | undefined {
    const gens = this.lease ? this.lease.held() : this.ownGenerations();
    if (!gens) return undefined;
    const local = this.local.get(key);
    return local && isFresh(local, gens) ? local : undefined;
  }

  /**
   * Serves `key` from the cache, or computes it once: concurrent requests for the same
   * missing entry (at the same generations) wait for one computation. `compute` returns the
   * answer to keep, or null when its answer must not be cached (an error, a private answer):
   * then the caller serves what it computed itself.
   */
  async run(key: string, compute: () => Promise<Answer | null>): Promise<RunResult> {
    const hit = this.localHit(key);
    if (hit) return { entry: hit, state: 'hit' };
    let gens: Generations;
    try {
      gens = await this.generations();
    } catch (error) {
      this.log(`cache bypassed: ${describe(error)}`);
      return this.computeAlone(compute, {});
    }

    const cached = await this.find(key, gens);
    if (cached) return { entry: cached, state: 'hit' };

    // Keyed by the generations too: a request that arrives after a write must not wait for
    // (and be answered by) a computation that began before it.
    const flightKey = `${key}|${canonical(gens)}`;
    const flight = this.flights.get(flightKey);
    if (flight) {
      const entry = await flight.catch(() => null);
      return entry ? { entry, state: 'shared' } : this.computeAlone(compute, gens);
    }

    const leader = (async () => {
      const answer = await compute();
      if (!answer) return null;
      const entry = createEntry(answer, gens, { compress: this.compress });
      this.local.set(key, entry);
      if (this.store) {
        await this.store.save(key, entry, this.ttlSeconds).catch((error: unknown) => this.log(`cache entry not shared: ${describe(error)}`));
      }
      return entry;
    })();
    this.flights.set(flightKey, leader);
    try {
      const entry = await leader;
      return { entry, state: entry ? 'miss' : 'bypass' };
    } finally {
      this.flights.delete(flightKey);
    }
  }

  /** The fresh entry for `key`, if there is one; never computes, never throws. */
  async lookup(key: string): Promise<Entry | undefined> {
    const hit = this.localHit(key);
    if (hit) return hit;
    try {
      return await this.find(key, await this.generations());
    } catch {
      return undefined;
    }
  }

  /**
   * Marks every entry built from these content types stale, in every process. Resolves
   * once the shared store has it and no process trusts a copy of the generations read
   * before it (a few milliseconds later); if the store is unreachable, the bump is retried
   * until it lands, and this process drops its own entries meanwhile.
   */
  async invalidate(types: readonly string[]): Promise<void> {
    if (types.length === 0) return;
    if (!this.store) {
      for (const type of types) this.ownGens.set(type, (this.ownGens.get(type) ?? 0) + 1);
      this.ownCopy = undefined;
      return;
    }
    try {
      await this.store.bump(types);
    } catch (error) {
      this.log(`invalidation of ${types.join(', ')} not shared yet, retrying: ${describe(error)}`);
      this.local.clear();
      for (const type of types) this.unsent.add(type);
      this.scheduleRetry();
      return;
    }
    // No process trusts a copy of the generations read before the bump once this has passed.
    await sleep(GENERATIONS_LEASE_MS + LEASE_MARGIN_MS);
  }

  async close(): Promise<void> {
    clearTimeout(this.retryTimer);
    this.local.clear();
    await this.store?.close();
  }

  private ownGenerations(): Generations {
    return (this.ownCopy ??= Object.fromEntries(this.ownGens));
  }

  private async find(key: string, gens: Generations): Promise<Entry | undefined> {
    const local = this.local.get(key);
    if (local && isFresh(local, gens)) return local;
    if (!this.store) return undefined;
    const shared = await this.store.load(key).catch((error: unknown) => {
      this.log(`cache entry not read: ${describe(error)}`);
      return undefined;
    });
    if (shared && isFresh(shared, gens)) {
      this.local.set(key, shared);
      return shared;
    }
    return undefined;
  }

  private async computeAlone(compute: () => Promise<Answer | null>, gens: Generations): Promise<RunResult> {
    const answer = await compute();
    return { entry: answer ? createEntry(answer, gens, { compress: this.compress }) : null, state: 'bypass' };
  }

  private scheduleRetry() {
    if (this.retryTimer || !this.store) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      const types = [...this.unsent];
      this.unsent.clear();
      void this.invalidate(types);
    }, 1000);
    this.retryTimer.unref();
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
