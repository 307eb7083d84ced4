import { randomBytes } from 'node:crypto';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { GENERATIONS_LEASE_MS, KeyMemo, RedisStore, ResponseCache, represent, requestKey, type Answer } from '../index.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ARTICLE = 'api::article.article';
const CLINICIAN = 'api::clinician.clinician';
const COMMENT = 'api::comment.comment';

const admin = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
const prefixes: string[] = [];
const caches: ResponseCache[] = [];

/** A cache as one process would have it: its own memory, and the shared Redis under `prefix`. */
async function processCache(prefix: string, store: RedisStore = new RedisStore(REDIS_URL, prefix)) {
  const cache = new ResponseCache({ store });
  caches.push(cache);
  // Wait for the connection, as a process does before it takes traffic.
  for (let i = 0; i < 100; i += 1) {
    try {
      await cache.generations();
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return cache;
}

function newPrefix() {
  const prefix = `test:http-cache:${randomBytes(4).toString('hex')}:`;
  prefixes.push(prefix);
  return prefix;
}

const answer = (text: string, deps: string[] = [ARTICLE, CLINICIAN]): Answer => ({
  status: 200,
  contentType: 'application/json; charset=utf-8',
  body: Buffer.from(JSON.stringify({ data: { title: text, filler: 'x'.repeat(2000) } })),
  deps,
});

function deferred() {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

afterEach(async () => {
  await Promise.all(caches.splice(0).map((cache) => cache.close()));
});

afterAll(async () => {
  for (const prefix of prefixes) {
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length) await admin.del(...keys);
  }
  await admin.quit();
});

describe.each([
  ['in process memory', async () => new ResponseCache()],
  ['shared through Redis', async () => processCache(newPrefix())],
])('ResponseCache %s', (_name, makeCache) => {
  it('serves a hit after a miss, without computing again', async () => {
    const cache = await makeCache();
    let computed = 0;
    const compute = async () => answer(`v${++computed}`);
    expect((await cache.run('k', compute)).state).toBe('miss');
    const second = await cache.run('k', compute);
    expect(second.state).toBe('hit');
    expect(JSON.parse(second.entry!.body.toString()).data.title).toBe('v1');
    expect(computed).toBe(1);
  });

  it('recomputes after a write to a type the answer depends on, and only then', async () => {
    const cache = await makeCache();
    let computed = 0;
    const compute = async () => answer(`v${++computed}`, [ARTICLE, CLINICIAN]);
    await cache.run('k', compute);
    await cache.invalidate([COMMENT]);
    expect((await cache.run('k', compute)).state).toBe('hit');
    await cache.invalidate([CLINICIAN]);
    const after = await cache.run('k', compute);
    expect(after.state).toBe('miss');
    expect(JSON.parse(after.entry!.body.toString()).data.title).toBe('v2');
  });

  it('never keeps the older answer of a slow read that began before a write', async () => {
    const cache = await makeCache();
    const gate = deferred();
    const started = deferred();
    const slow = cache.run('k', async () => {
      started.resolve();
      await gate.promise;
      return answer('old');
    });
    // The write lands while the read is running (it has read the old data), then the read
    // finishes and stores what it read.
    await started.promise;
    await cache.invalidate([ARTICLE]);
    gate.resolve();
    expect(JSON.parse((await slow).entry!.body.toString()).data.title).toBe('old');

    const next = await cache.run('k', async () => answer('new'));
    expect(next.state).toBe('miss');
    expect(JSON.parse(next.entry!.body.toString()).data.title).toBe('new');
  });

  it('computes once for 50 concurrent misses', async () => {
    const cache = await makeCache();
    const gate = deferred();
    let computed = 0;
    const runs = Array.from({ length: 50 }, () =>
      cache.run('k', async () => {
        computed += 1;
        await gate.promise;
        return answer('once');
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    gate.resolve();
    const results = await Promise.all(runs);
    expect(computed).toBe(1);
    expect(results.filter((r) => r.state === 'miss')).toHaveLength(1);
    expect(results.filter((r) => r.state === 'shared')).toHaveLength(49);
  });

  it('does not answer a request that arrives after a write with a computation that began before it', async () => {
    const cache = await makeCache();
    const gate = deferred();
    const started = deferred();
    const before = cache.run('k', async () => {
      started.resolve();
      await gate.promise;
      return answer('old');
    });
    await started.promise;
    await cache.invalidate([ARTICLE]);
    const after = cache.run('k', async () => answer('new'));
    gate.resolve();
    await before;
    expect(JSON.parse((await after).entry!.body.toString()).data.title).toBe('new');
  });

  it('looks an entry up without computing it, and only while it is fresh', async () => {
    const cache = await makeCache();
    expect(await cache.lookup('k')).toBeUndefined();
    await cache.run('k', async () => answer('kept'));
    expect(JSON.parse((await cache.lookup('k'))!.body.toString()).data.title).toBe('kept');
    await cache.invalidate([ARTICLE]);
    expect(await cache.lookup('k')).toBeUndefined();
  });

  it('answers a hit at once when it holds the entry, and never an entry a write has made stale', async () => {
    const cache = await makeCache();
    expect(cache.localHit('k')).toBeUndefined();
    await cache.run('k', async () => answer('kept'));
    expect(JSON.parse(cache.localHit('k')!.body.toString()).data.title).toBe('kept');
    await cache.invalidate([CLINICIAN]);
    expect(cache.localHit('k')).toBeUndefined();
  });

  it('keeps nothing when the computation says the answer is not cacheable', async () => {
    const cache = await makeCache();
    let computed = 0;
    const compute = async () => {
      computed += 1;
      return null;
    };
    expect((await cache.run('k', compute)).state).toBe('bypass');
    expect((await cache.run('k', compute)).state).toBe('bypass');
    expect(computed).toBe(2);
  });
});

describe('ResponseCache across processes', () => {
  it('serves in one process what another computed, and sees its invalidations at the next request', async () => {
    const prefix = newPrefix();
    const [a, b] = [await processCache(prefix), await processCache(prefix)];
    await a.run('k', async () => answer('from a'));
    const fromB = await b.run('k', async () => answer('computed by b'));
    expect(fromB.state).toBe('hit');
    expect(JSON.parse(fromB.entry!.body.toString()).data.title).toBe('from a');

    await b.invalidate([ARTICLE]);
    const inA = await a.run('k', async () => answer('after the write'));
    expect(inA.state).toBe('miss');
    expect(JSON.parse(inA.entry!.body.toString()).data.title).toBe('after the write');
  });

  it('drops every entry when Redis forgets the generations (a restart without data)', async () => {
    const prefix = newPrefix();
    const cache = await processCache(prefix);
    await cache.run('k', async () => answer('before'));
    await admin.del(`${prefix}gens`, `${prefix}e:k`);
    // The entry is still in this process's memory, but the generations it was checked against
    // are gone: once its copy of them is past its lease, the process reads the new epoch.
    await new Promise((resolve) => setTimeout(resolve, GENERATIONS_LEASE_MS + 5));
    expect((await cache.run('k', async () => answer('after'))).state).toBe('miss');
  });

  it('serves hits without a round trip to Redis while its copy of the generations is within its lease', async () => {
    const prefix = newPrefix();
    const store = new RedisStore(REDIS_URL, prefix);
    let reads = 0;
    const counted = Object.assign(Object.create(store) as RedisStore, {
      generations: () => {
        reads += 1;
        return store.generations();
      },
    });
    const cache = await processCache(prefix, counted);
    expect((await cache.run('k', async () => answer('kept'))).state).toBe('miss');
    const before = reads;
    const states = [];
    for (let i = 0; i < 50; i += 1) states.push((await cache.run('k', async () => answer('again'))).state);
    expect(new Set(states)).toEqual(new Set(['hit']));
    // 50 hits take well under a lease: a read or two renews the copy, not one per hit.
    expect(reads - before).toBeLessThan(10);
  });

  it('does not answer at once from a copy of the generations older than its lease', async () => {
    const cache = await processCache(newPrefix());
    await cache.run('k', async () => answer('kept'));
    expect(cache.localHit('k')).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, GENERATIONS_LEASE_MS + 5));
    expect(cache.localHit('k')).toBeUndefined();
    // After one read from Redis it does again.
    expect(await cache.lookup('k')).toBeDefined();
    expect(cache.localHit('k')).toBeDefined();
  });

  it('answers from the origin, uncached, while Redis is unreachable', async () => {
    const cache = new ResponseCache({ store: new RedisStore('redis://127.0.0.1:1', newPrefix()) });
    caches.push(cache);
    let computed = 0;
    const compute = async () => answer(`v${++computed}`);
    const first = await cache.run('k', compute);
    const second = await cache.run('k', compute);
    expect([first.state, second.state]).toEqual(['bypass', 'bypass']);
    expect(JSON.parse(second.entry!.body.toString()).data.title).toBe('v2');
    await expect(cache.invalidate([ARTICLE])).resolves.toBeUndefined();
  });
});

describe('represent', () => {
  it('sends the best encoding the client accepts, each with its own strong ETag', async () => {
    const cache = new ResponseCache();
    const { entry } = await cache.run('k', async () => answer('x'));
    const br = represent(entry!, { acceptEncoding: 'gzip, deflate, br' });
    const gzip = represent(entry!, { acceptEncoding: 'gzip' });
    const plain = represent(entry!, {});
    expect(br.headers['Content-Encoding']).toBe('br');
    expect(gzip.headers['Content-Encoding']).toBe('gzip');
    expect(plain.headers['Content-Encoding']).toBeUndefined();
    expect(brotliDecompressSync(br.body!)).toEqual(entry!.body);
    expect(gunzipSync(gzip.body!)).toEqual(entry!.body);
    expect(plain.body).toEqual(entry!.body);
    const tags = [br, gzip, plain].map((r) => r.headers.ETag);
    for (const tag of tags) expect(tag).toMatch(/^"[^"]+"$/);
    expect(new Set(tags).size).toBe(3);
    expect(plain.headers['Cache-Control']).toBe('no-cache');
    expect(plain.headers.Vary).toBe('Accept-Encoding');
  });

  it('answers 304 without a body to a matching If-None-Match, and 200 to another', async () => {
    const cache = new ResponseCache();
    const { entry } = await cache.run('k', async () => answer('x'));
    const first = represent(entry!, { acceptEncoding: 'gzip' });
    const again = represent(entry!, { acceptEncoding: 'gzip', ifNoneMatch: `"other", ${first.headers.ETag}` });
    expect(again.status).toBe(304);
    expect(again.body).toBeNull();
    expect(represent(entry!, { acceptEncoding: 'gzip', ifNoneMatch: '"other"' }).status).toBe(200);
    expect(represent(entry!, { acceptEncoding: 'gzip', ifNoneMatch: `W/${first.headers.ETag}` }).status).toBe(304);
  });

  it('respects q=0 and sends the identity body when nothing else is acceptable', async () => {
    const cache = new ResponseCache();
    const { entry } = await cache.run('k', async () => answer('x'));
    expect(represent(entry!, { acceptEncoding: 'br;q=0, gzip' }).headers['Content-Encoding']).toBe('gzip');
    expect(represent(entry!, { acceptEncoding: 'identity' }).headers['Content-Encoding']).toBeUndefined();
  });
});

describe('represent, made once per entry', () => {
  it('gives the same headers to the next request that asks the same, and their own to others', async () => {
    const cache = new ResponseCache();
    const { entry } = await cache.run('k', async () => answer('x'));
    const first = represent(entry!, { acceptEncoding: 'gzip' });
    expect(represent(entry!, { acceptEncoding: 'gzip' })).toBe(first);
    expect(represent(entry!, { acceptEncoding: 'br' }).headers['Content-Encoding']).toBe('br');
    const again = represent(entry!, { acceptEncoding: 'gzip', ifNoneMatch: first.headers.ETag });
    expect(again.status).toBe(304);
    expect(again.headers['Content-Length']).toBeUndefined();
    expect(again.headers.ETag).toBe(first.headers.ETag);
  });

  it('puts extra headers first and merges their Vary with its own', async () => {
    const cache = new ResponseCache();
    const { entry } = await cache.run('k', async () => answer('x'));
    const hit = { 'X-Cache': 'HIT', vary: 'Origin', 'X-Frame-Options': 'DENY' };
    const miss = { 'X-Cache': 'MISS' };
    const answered = represent(entry!, { acceptEncoding: 'gzip' }, hit);
    expect(answered.headers).toMatchObject({ 'X-Cache': 'HIT', 'X-Frame-Options': 'DENY', Vary: 'Origin, Accept-Encoding', 'Content-Encoding': 'gzip' });
    expect(answered.headers.vary).toBeUndefined();
    expect(represent(entry!, { acceptEncoding: 'gzip' }, miss).headers['X-Cache']).toBe('MISS');
    expect(represent(entry!, { acceptEncoding: 'gzip' }).headers['X-Cache']).toBeUndefined();
  });
});

describe('KeyMemo', () => {
  it('computes the key of a target once, and holds no more than its bound', () => {
    // Each target and its key below are 4 + 4 characters: three fit in 24.
    const memo = new KeyMemo(24);
    let computed = 0;
    const key = (target: string) => memo.get(target, () => `k${String(++computed).padStart(3, '0')}`);
    expect(key('/aaa')).toBe('k001');
    expect(key('/aaa')).toBe('k001');
    key('/bbb');
    key('/ccc');
    expect(computed).toBe(3);
    // Full: the next new target empties it, and /aaa is computed again.
    key('/ddd');
    expect(key('/aaa')).toBe('k005');
    expect(key('/ddd')).toBe('k004');
  });
});

describe('requestKey', () => {
  it('is the same for the same query written in another order, and fixed in size', () => {
    const a = requestKey('api', '/api/articles', { filters: { slug: { $eq: 'x' } }, fields: ['title', 'slug'] });
    const b = requestKey('api', '/api/articles', { fields: ['title', 'slug'], filters: { slug: { $eq: 'x' } } });
    expect(a).toBe(b);
    expect(requestKey('api', '/api/articles', { fields: ['slug', 'title'] })).not.toBe(
      requestKey('api', '/api/articles', { fields: ['title', 'slug'] }),
    );
    expect(requestKey('api', '/api/articles', { q: 'y'.repeat(100_000) }).length).toBe(a.length);
    expect(requestKey('page', '/api/articles', {})).not.toBe(requestKey('api', '/api/articles', {}));
  });
});
