/**
 * Runs one task at a time per key, inside this process. The duplicate and
 * flood checks read, then write: without this, two requests arriving together
 * would both pass the check. Keys are taken in sorted order, so two tasks
 * holding overlapping keys cannot wait on each other.
 *
 * One CMS process is what the project deploys; several processes would need a
 * database lock instead.
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
