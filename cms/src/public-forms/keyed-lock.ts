/**
 * Runs one task at a time per key, inside this process. The duplicate and
 * flood checks read, then write: without this, two requests arriving together
 * would both pass the check. Keys are taken in sorted order, so two tasks
 * holding overlapping keys cannot wait on each other.
 *
 * It holds inside one process only: submission-lock.ts uses it on SQLite, which
 * runs as one process; PostgreSQL takes advisory locks instead.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(keys: string[], task: () => Promise<T>): Promise<T> {
    const releases: (() => void)[] = [];
    try {
      for (const key of [...new Set(keys)].sort()) {
        releases.push(await this.acquire(key));
      }
      return await task();
    } finally {
      for (const release of releases.reverse()) release();
    }
  }

  private async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => held);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }
}
