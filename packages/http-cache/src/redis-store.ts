import { randomInt } from 'node:crypto';
import { Redis } from 'ioredis';
import { EPOCH, type Entry, type Generations } from './entry.js';

/** Where entries and generations are shared between processes. */
export interface SharedStore {
  generations(): Promise<Generations>;
  bump(types: readonly string[]): Promise<void>;
  load(key: string): Promise<Entry | undefined>;
  save(key: string, entry: Entry, ttlSeconds: number): Promise<void>;
  close(): Promise<void>;
}

export class StoreUnavailableError extends Error {
  constructor(status: string) {
    super(`Redis is not connected (${status})`);
    this.name = 'StoreUnavailableError';
  }
}

type Meta = Omit<Entry, 'body' | 'gzip' | 'br'>;

/**
 * Generations and entries in Redis, shared by every CMS and renderer process.
 *
 *   <prefix>gens         hash: content type UID → generation (HINCRBY), and EPOCH
 *   <prefix>e:<key>      hash: meta (JSON), body, gzip, br; expires after the TTL
 *
 * EPOCH is a random number written when the hash is missing: a Redis that restarted
 * without its data gets a new one, so no process keeps serving an entry whose
 * invalidations were lost with it.
 */
export class RedisStore implements SharedStore {
  private readonly redis: Redis;
  private readonly gensKey: string;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, {
      // Fail fast: while Redis is away, reads go to the origin instead of waiting.
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      enableAutoPipelining: true,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
    });
    // Connection errors are reported by the commands that fail; without a listener ioredis
    // would print each reconnection attempt.
    this.redis.on('error', () => undefined);
    this.gensKey = `${prefix}gens`;
  }

  private ready() {
    if (this.redis.status !== 'ready') throw new StoreUnavailableError(this.redis.status);
    return this.redis;
  }

  async generations(): Promise<Generations> {
    const redis = this.ready();
    let raw = await redis.hgetall(this.gensKey);
    if (raw[EPOCH] === undefined) {
      await redis.hsetnx(this.gensKey, EPOCH, String(randomInt(1, 2 ** 47)));
      raw = await redis.hgetall(this.gensKey);
    }
    return Object.fromEntries(Object.entries(raw).map(([type, value]) => [type, Number(value)]));
  }

  async bump(types: readonly string[]): Promise<void> {
    const pipeline = this.ready().multi();
    for (const type of new Set(types)) pipeline.hincrby(this.gensKey, type, 1);
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('the generation bump was not executed');
  }

  async load(key: string): Promise<Entry | undefined> {
    const fields = await this.ready().hgetallBuffer(`${this.prefix}e:${key}`);
    if (!fields.meta || !fields.body) return undefined;
    const meta = JSON.parse(fields.meta.toString('utf8')) as Meta;
    return { ...meta, body: fields.body, ...(fields.gzip ? { gzip: fields.gzip } : {}), ...(fields.br ? { br: fields.br } : {}) };
  }

  async save(key: string, entry: Entry, ttlSeconds: number): Promise<void> {
    const { body, gzip, br, ...meta } = entry;
    const name = `${this.prefix}e:${key}`;
    const fields: Record<string, Buffer | string> = { meta: JSON.stringify(meta), body };
    if (gzip) fields.gzip = gzip;
    if (br) fields.br = br;
    await this.ready().multi().del(name).hset(name, fields).expire(name, ttlSeconds).exec();
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
