import type { Generations } from './entry.js';

/**
 * How long a process trusts its copy of the shared generations, counted from the moment the
 * read of that copy was sent. Every invalidation waits this long after its bump has landed
 * before it returns (see ResponseCache.invalidate), so when a write has been answered, no
 * process still trusts a copy read before it. Every process must use the same value: it
 * lives here, in the one module the CMS and the page renderer share.
 */
export const GENERATIONS_LEASE_MS = 20;

/** How much longer than the lease a write waits: clocks of two processes may run apart a little. */
export const LEASE_MARGIN_MS = 2;

type Read = { promise: Promise<Generations>; sentAt: number };

/**
 * The shared generations as this process may use them: a copy, while its lease holds, or a
 * read that every caller arriving meanwhile joins. Under load a hit then needs no round trip
 * to the shared store: one read renews the copy for every request of the next few
 * milliseconds, and it is sent ahead, once half the lease has passed, so requests rarely wait.
 *
 * Why this is never stale: a write returns at least GENERATIONS_LEASE_MS after its bump
 * landed. A request that arrives after that is checked against a copy whose read was sent
 * less than GENERATIONS_LEASE_MS before the request, so after the bump: the copy has it.
 */
export class GenerationsLease {
  private copy: { gens: Generations; sentAt: number } | undefined;
  private reading: Read | undefined;

  constructor(private readonly read: () => Promise<Generations>) {}

  current(): Generations | Promise<Generations> {
    return this.held() ?? this.renew(performance.now());
  }

  /** The copy while its lease holds (renewed ahead once half of it has passed), else undefined: a read is due. */
  held(): Generations | undefined {
    const now = performance.now();
    const copy = this.copy;
    if (!copy || now - copy.sentAt >= GENERATIONS_LEASE_MS) return undefined;
    if (now - copy.sentAt >= GENERATIONS_LEASE_MS / 2) this.renew(now).catch(() => undefined);
    return copy.gens;
  }

  /** A read that answers for `now`: the one on the way if it was sent recently enough, else a new one. */
  private renew(now: number): Promise<Generations> {
    const reading = this.reading;
    if (reading && now - reading.sentAt < GENERATIONS_LEASE_MS) return reading.promise;
    // Taken before the read is sent, so the lease can only be shorter than it should be.
    const sentAt = performance.now();
    const promise = this.read().then((gens) => {
      if (!this.copy || this.copy.sentAt < sentAt) this.copy = { gens, sentAt };
      return gens;
    });
    const read: Read = { promise, sentAt };
    const done = () => {
      if (this.reading === read) this.reading = undefined;
    };
    promise.then(done, done);
    this.reading = read;
    return promise;
  }
}
