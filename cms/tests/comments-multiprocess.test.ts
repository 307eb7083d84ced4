/**
 * Two CMS processes on one PostgreSQL database, as production runs them: the
 * duplicate check and the flood limit hold across both, because they lock in
 * the database, not in a process. PostgreSQL only (vitest.config.mts): SQLite
 * runs as one process.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';
import { articleId, commentFields, commentRows, formToken, postComment, sql, unique } from './support/comments';

const FLOOD_SECONDS = 3600;
let first: Cms;
let second: Cms;
let article: string;
let token: string;

/** A fresh client address each call, sent through the "proxy" (TRUST_PROXY=true). */
let lastOctets = 0;
const freshIp = () => {
  lastOctets += 1;
  return `10.${(lastOctets >> 16) & 255}.${(lastOctets >> 8) & 255}.${lastOctets & 255}`;
};

/** Posts to the first process for even i, the second for odd i. */
const postTo = (i: number, fields: Record<string, unknown>, ip: string) =>
  postComment(i % 2 === 0 ? first : second, fields, { formToken: token, headers: { 'X-Forwarded-For': ip } });

beforeAll(async () => {
  const env = {
    COMMENT_MIN_FILL_SECONDS: '0',
    COMMENT_FLOOD_SECONDS: String(FLOOD_SECONDS),
    TRUST_PROXY: 'true',
    // One secret, so that a form token and an IP hash mean the same to both processes.
    COMMENT_TOKEN_SECRET: randomBytes(24).toString('base64'),
  };
  // The first seeds the database; the second starts once it is done, as a rolling deploy does.
  first = await startCms({ env });
  second = await startCms({ db: first.db, env });
  article = await articleId(first);
  token = await formToken(first);
}, 360_000);

afterAll(async () => {
  await second?.stop();
  await first?.destroy();
});

describe('two CMS processes on one database', () => {
  it('stores one of 60 identical comments sent to both at once and answers 409 to the other 59', async () => {
    const fields = commentFields(article, { body: unique('identical') });
    const replies = await Promise.all(Array.from({ length: 60 }, (_, i) => postTo(i, fields, freshIp())));

    const statuses = replies.map((reply) => reply.status);
    expect(statuses.filter((status) => status !== 201 && status !== 409), JSON.stringify(replies.map((r) => r.body))).toEqual([]);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(59);
    // Both processes answered some of them, so the race was between processes.
    expect(new Set(replies.map((reply, i) => `${i % 2}:${reply.status}`))).toContain('1:409');
    expect(await commentRows(first, `body = ${sql(fields.body as string)}`)).toHaveLength(1);
  }, 120_000);

  it('lets one of 40 comments from the same email through, sent to both at once, and answers 429 to the rest', async () => {
    const email = `${unique('flood')}@example.com`;
    const run = unique('same-email');
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        postTo(i, commentFields(article, { authorEmail: email, body: `${run} comment ${i}` }), freshIp()),
      ),
    );

    expect(replies.map((reply) => reply.status).sort()).toEqual([201, ...Array(39).fill(429)]);
    for (const reply of replies.filter(({ status }) => status === 429)) {
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(await commentRows(first, `body LIKE ${sql(`${run} %`)}`)).toHaveLength(1);
  }, 120_000);

  it('lets one of 40 comments from the same IP address through, sent to both at once, and answers 429 to the rest', async () => {
    const ip = freshIp();
    const run = unique('same-ip');
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, i) => postTo(i, commentFields(article, { body: `${run} comment ${i}` }), ip)),
    );

    expect(replies.map((reply) => reply.status).sort()).toEqual([201, ...Array(39).fill(429)]);
    expect(await commentRows(first, `body LIKE ${sql(`${run} %`)}`)).toHaveLength(1);
  }, 120_000);

  it('stores every one of 60 distinct comments from distinct visitors sent to both at once', async () => {
    const run = unique('distinct');
    const replies = await Promise.all(
      Array.from({ length: 60 }, (_, i) => postTo(i, commentFields(article, { body: `${run} comment ${i}` }), freshIp())),
    );

    const failed = replies.filter((reply) => reply.status !== 201);
    expect(failed.map((reply) => `${reply.status} ${JSON.stringify(reply.body)}`)).toEqual([]);
    const rows = await commentRows(first, `body LIKE ${sql(`${run} %`)}`);
    expect(new Set(rows.map((row) => row.document_id))).toEqual(new Set(replies.map((reply) => reply.body.data.documentId)));
  }, 120_000);
});
