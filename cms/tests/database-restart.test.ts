/**
 * PostgreSQL going away under load: every request answers 201 or a clean 503,
 * every 201 is stored, and the CMS serves again once the database is back,
 * without being restarted. Runs in the postgres project only (vitest.config.mts),
 * on a private cluster: the shared one on port 5432 is never stopped.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';
import { articleId, commentFields, commentRows, formToken, postComment, sleep, sql, unique } from './support/comments';
import { consultFields, consultToken, FAST_CONSULT_ENV, postConsult } from './support/consult';
import { request, type Reply } from './support/http';
import { createPrivateCluster, type PrivateCluster } from './support/pg-cluster';

const UNAVAILABLE = 'The service is temporarily unavailable, please try again.';

let cluster: PrivateCluster | undefined;
let cms: Cms | undefined;
let article: string;
let token: string;
let consultFormToken: string;

beforeAll(async () => {
  cluster = await createPrivateCluster();
  const db = await cluster.createDatabase('cms');
  cms = await startCms({ db, env: { COMMENT_MIN_FILL_SECONDS: '0', COMMENT_FLOOD_SECONDS: '0', ...FAST_CONSULT_ENV } });
  article = await articleId(cms);
  token = await formToken(cms);
  consultFormToken = await consultToken(cms);
}, 240_000);

afterAll(async () => {
  try {
    await cms?.destroy();
  } finally {
    await cluster?.drop();
  }
}, 120_000);

function expectCleanUnavailable(reply: Reply<any>, label: string) {
  expect(reply.body, label).toEqual({
    data: null,
    error: { status: 503, name: 'ServiceUnavailableError', message: UNAVAILABLE, details: {} },
  });
  expect(Number(reply.headers.get('retry-after')), label).toBeGreaterThan(0);
}

/** Polls until the CMS answers the comment list again. */
async function waitUntilServing(timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await request(cms!.url, '/api/comments')).status === 200) return;
    await sleep(250);
  }
  throw new Error(`The CMS did not serve again within ${timeoutMs} ms:\n${cms!.output().slice(-3000)}`);
}

describe('PostgreSQL restarted in the middle of a burst', () => {
  it('answers 201 or a clean 503 to every request, stores every 201, and serves again', async () => {
    const run = unique('burst');
    const results: { body: string; reply: Reply<any> }[] = [];
    let sending = true;
    let sequence = 0;

    const worker = async () => {
      while (sending) {
        const body = `${run} comment ${(sequence += 1)}`;
        results.push({ body, reply: await postComment(cms!, commentFields(article, { body }), { formToken: token }) });
      }
    };
    const workers = Array.from({ length: 8 }, worker);

    await sleep(1500);
    await cluster!.restart();
    await sleep(3000);
    sending = false;
    await Promise.all(workers);

    const statuses = results.map(({ reply }) => reply.status);
    const unexpected = results.filter(({ reply }) => reply.status !== 201 && reply.status !== 503);
    expect(unexpected.map(({ reply }) => `${reply.status} ${JSON.stringify(reply.body)}`)).toEqual([]);
    for (const { reply, body } of results.filter(({ reply }) => reply.status === 503)) expectCleanUnavailable(reply, body);
    // The restart did interrupt the burst: requests sent while the server was down were refused, cleanly.
    expect(statuses).toContain(503);
    expect(statuses).toContain(201);

    await waitUntilServing();
    const created = results.filter(({ reply }) => reply.status === 201);
    const rows = await commentRows(cms!, `body LIKE ${sql(`${run} %`)}`);
    const stored = new Map(rows.map((row) => [row.document_id, row.body]));
    for (const { reply, body } of created) {
      expect(stored.get(reply.body.data.documentId), body).toBe(body);
    }
    // Nothing stored twice.
    expect(new Set(rows.map((row) => row.body)).size).toBe(rows.length);

    const after = await postComment(cms!, commentFields(article), { formToken: token });
    expect(after.status).toBe(201);
  }, 120_000);
});

describe('PostgreSQL down', () => {
  it('answers reads and writes with a clean 503 and Retry-After, and recovers when it is back', async () => {
    // A read answered before the outage stays in the cache: nothing can change while the
    // database is away, so it is still served, fresh. Reads not in the cache get the 503.
    const cached = '/api/articles?fields[0]=title&pagination[pageSize]=3';
    await request(cms!.url, cached);
    await cluster!.stop();
    try {
      const kept = await request(cms!.url, cached);
      expect([kept.status, kept.headers.get('x-cache')]).toEqual([200, 'HIT']);
      const attempts: [string, () => Promise<Reply<any>>][] = [
        ['list comments', () => request(cms!.url, `/api/comments?pagination[pageSize]=${7 + Math.floor(Math.random() * 90)}`)],
        ['list articles', () => request(cms!.url, '/api/articles?fields[0]=slug&pagination[pageSize]=2')],
        ['post a comment', () => postComment(cms!, commentFields(article), { formToken: token })],
        ['send a consultation request', () => postConsult(cms!, consultFields(), { formToken: consultFormToken })],
      ];
      for (const [label, attempt] of attempts) {
        const reply = await attempt();
        expect(reply.status, label).toBe(503);
        expectCleanUnavailable(reply, label);
      }
      expect(cms!.output()).not.toMatch(/"status":500|Internal Server Error/);
    } finally {
      await cluster!.start();
    }
    await waitUntilServing();
    expect((await postComment(cms!, commentFields(article), { formToken: token })).status).toBe(201);
  }, 120_000);
});
