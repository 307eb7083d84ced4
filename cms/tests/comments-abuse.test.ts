/**
 * What keeps bots and floods out: the signed form token and its minimum fill
 * time, the per-IP and per-email flood limit, the client IP taken from the
 * socket (or the proxy's own X-Forwarded-For entry), and comments closing on
 * old articles.
 *
 * Two CMSes: `direct` runs with the defaults (3 s fill time, 15 s flood limit,
 * TRUST_PROXY off); `proxied` sits "behind a proxy" (TRUST_PROXY=true), so the
 * tests can speak from several client IPs, with a 2 s flood limit and
 * COMMENTS_CLOSE_AFTER_DAYS=30.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deriveKey, issueToken } from '../src/public-forms/form-token';
import { startCms, USERS, type Cms } from './support/cms';
import {
  articleId,
  backdatePublication,
  commentFields,
  commentRow,
  commentRows,
  createArticle,
  formToken,
  postComment,
  sleep,
  sql,
  unique,
} from './support/comments';
import { adminLogin } from './support/http';

const DIRECT_SECRET = randomBytes(32).toString('base64');
const PROXIED_SECRET = randomBytes(32).toString('base64');

let direct: Cms;
let proxied: Cms;
let directArticle: string;
let proxiedArticle: string;

beforeAll(async () => {
  [direct, proxied] = await Promise.all([
    startCms({ env: { COMMENT_TOKEN_SECRET: DIRECT_SECRET } }),
    startCms({
      env: {
        COMMENT_TOKEN_SECRET: PROXIED_SECRET,
        TRUST_PROXY: 'true',
        COMMENT_FLOOD_SECONDS: '2',
        COMMENTS_CLOSE_AFTER_DAYS: '30',
      },
    }),
  ]);
  directArticle = await articleId(direct);
  proxiedArticle = await articleId(proxied);
});

afterAll(async () => {
  await Promise.all([direct?.destroy(), proxied?.destroy()]);
});

/** A token signed with the CMS's secret, issued `ageMs` ago (negative: in the future). */
const tokenIssued = (secret: string, ageMs: number) => issueToken(deriveKey(secret, 'form-token'), Date.now() - ageMs);
/** A token old enough to pass the fill-time check. */
const readyToken = () => tokenIssued(PROXIED_SECRET, 10_000);

/** Posts to the proxied CMS as if from `ip` (the proxy appends the address it saw, last). */
const postFrom = (ip: string, fields: Record<string, unknown>, forwardedBefore?: string) =>
  postComment(proxied, fields, {
    formToken: readyToken(),
    headers: { 'X-Forwarded-For': forwardedBefore ? `${forwardedBefore}, ${ip}` : ip },
  });

let nextIp = 1;
const freshIp = () => `10.20.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;

function expectTokenError(reply: { status: number; body: any }, reason: string, label = reason) {
  expect(reply.status, `${label}: ${JSON.stringify(reply.body)}`).toBe(400);
  expect(reply.body.error, label).toMatchObject({ status: 400, name: 'ValidationError', details: { reason } });
  expect(reply.body.error.details.errors[0].path, label).toEqual(['formToken']);
}

describe('the form token (direct: 3 s minimum fill time)', () => {
  it('refuses a form sent faster than a person types, with a message that says so', async () => {
    const token = await formToken(direct);
    const reply = await postComment(direct, commentFields(directArticle), { formToken: token });
    expectTokenError(reply, 'too-fast');
    expect(reply.body.error.message).toMatch(/too quickly/);
    expect(reply.body.error.details.retryAfter).toBeGreaterThanOrEqual(1);
    expect(reply.body.error.details.retryAfter).toBeLessThanOrEqual(3);
  });

  it('refuses a forged, tampered, foreign or future token as invalid', async () => {
    const good = tokenIssued(DIRECT_SECRET, 60_000);
    const tampered = `${good.slice(0, -2)}${good.endsWith('AA') ? 'BB' : 'AA'}`;
    const retimed = good.replace(/^v1\.\d+/, `v1.${Date.now() - 120_000}`);
    for (const [label, token] of [
      ['garbage', 'not-a-token'],
      ['tampered signature', tampered],
      ['changed time', retimed],
      ['signed with another secret', tokenIssued(randomBytes(32).toString('base64'), 60_000)],
      ['issued in the future', tokenIssued(DIRECT_SECRET, -10 * 60_000)],
    ]) {
      expectTokenError(await postComment(direct, commentFields(directArticle), { formToken: token }), 'invalid', label);
    }
  });

  it('refuses an expired token (default lifetime: 2 hours)', async () => {
    const expired = tokenIssued(DIRECT_SECRET, 121 * 60_000);
    expectTokenError(await postComment(direct, commentFields(directArticle), { formToken: expired }), 'expired');
  });

  it('requires a token', async () => {
    const reply = await postComment(direct, commentFields(directArticle), { formToken: null });
    expect(reply.status).toBe(400);
    expect(reply.body.error.details.errors[0].path).toEqual(['formToken']);
  });

  it('accepts a token issued 29 minutes ago: a person may take their time', async () => {
    const reply = await postComment(direct, commentFields(directArticle), { formToken: tokenIssued(DIRECT_SECRET, 29 * 60_000) });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  });

  // The direct CMS now has one comment from 127.0.0.1: its flood window is open.
  describe('the flood limit (direct: 15 s, by IP or email)', () => {
    it('answers 429 with Retry-After to the same client within 15 s, and stores nothing', async () => {
      const fields = commentFields(directArticle);
      const reply = await postComment(direct, fields, { formToken: tokenIssued(DIRECT_SECRET, 60_000) });
      expect(reply.status).toBe(429);
      expect(reply.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });
      const retryAfter = Number(reply.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(5);
      expect(retryAfter).toBeLessThanOrEqual(15);
      expect(reply.body.error.details.retryAfter).toBe(retryAfter);
      expect(await commentRows(direct, `body = ${sql(fields.body as string)}`)).toEqual([]);
    });

    it('ignores X-Forwarded-For without TRUST_PROXY: a forged address does not dodge the limit', async () => {
      for (const forged of ['198.51.100.7', '203.0.113.9, 198.51.100.8', randomIpV6()]) {
        const reply = await postComment(direct, commentFields(directArticle), {
          formToken: tokenIssued(DIRECT_SECRET, 60_000),
          headers: { 'X-Forwarded-For': forged, 'X-Real-IP': forged, Forwarded: `for=${forged}` },
        });
        expect(reply.status, forged).toBe(429);
      }
    });
  });
});

function randomIpV6() {
  return `2001:db8::${randomBytes(2).toString('hex')}`;
}

describe('behind a proxy (proxied: TRUST_PROXY=true, 2 s flood limit)', () => {
  it('a token accepted once its fill time has passed', async () => {
    const token = await formToken(proxied);
    await sleep(3100);
    const reply = await postComment(proxied, commentFields(proxiedArticle), {
      formToken: token,
      headers: { 'X-Forwarded-For': freshIp() },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  });

  it('limits the same IP and the same email, each on its own', async () => {
    const [ipA, ipB, ipC] = [freshIp(), freshIp(), freshIp()];
    const email = `${unique('flood')}@example.com`;
    expect((await postFrom(ipA, commentFields(proxiedArticle, { authorEmail: email }))).status).toBe(201);
    // Same email from another IP.
    expect((await postFrom(ipB, commentFields(proxiedArticle, { authorEmail: email.toUpperCase() }))).status).toBe(429);
    // Same IP with another email.
    expect((await postFrom(ipA, commentFields(proxiedArticle))).status).toBe(429);
    // Neither.
    expect((await postFrom(ipC, commentFields(proxiedArticle))).status).toBe(201);
  });

  it('takes the IP the proxy appended: entries the client put before it change nothing', async () => {
    const ip = freshIp();
    expect((await postFrom(ip, commentFields(proxiedArticle))).status).toBe(201);
    for (const forged of ['198.51.100.1', '198.51.100.2, 198.51.100.3', 'unknown']) {
      expect((await postFrom(ip, commentFields(proxiedArticle), forged)).status, forged).toBe(429);
    }
  });

  it('lets the client comment again once the window has passed', async () => {
    const ip = freshIp();
    expect((await postFrom(ip, commentFields(proxiedArticle))).status).toBe(201);
    expect((await postFrom(ip, commentFields(proxiedArticle))).status).toBe(429);
    await sleep(2200);
    expect((await postFrom(ip, commentFields(proxiedArticle))).status).toBe(201);
  });

  it('holds under concurrency: of 10 comments sent at once from one IP, exactly one is stored', async () => {
    const ip = freshIp();
    const batch = unique('burst');
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) => postFrom(ip, commentFields(proxiedArticle, { body: `${batch} number ${i}` }))),
    );
    const statuses = replies.map((reply) => reply.status).sort();
    expect(statuses).toEqual([201, ...Array(9).fill(429)]);
    expect(await commentRows(proxied, `body LIKE ${sql(`${batch}%`)}`)).toHaveLength(1);
  });

  it('stores a keyed hash per client IP, never the address', async () => {
    const [ipA, ipB] = [freshIp(), freshIp()];
    const first = await postFrom(ipA, commentFields(proxiedArticle));
    const second = await postFrom(ipB, commentFields(proxiedArticle));
    const [rowA, rowB] = [await commentRow(proxied, first.body.data.documentId), await commentRow(proxied, second.body.data.documentId)];
    expect(rowA.client_ip_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rowA.client_ip_hash).not.toBe(rowB.client_ip_hash);
    const everything = JSON.stringify(await commentRows(proxied, '1 = 1'));
    for (const ip of [ipA, ipB]) expect(everything).not.toContain(ip);
  });
});

describe('comments close on old articles (proxied: COMMENTS_CLOSE_AFTER_DAYS=30)', () => {
  let editorToken: string;

  beforeAll(async () => {
    editorToken = await adminLogin(proxied.url, USERS.editor);
  });

  it('answers 403 on an article published 31 days ago', async () => {
    const old = await createArticle(proxied, editorToken);
    await backdatePublication(proxied, old, 31);
    const reply = await postFrom(freshIp(), commentFields(old));
    expect(reply.status).toBe(403);
    expect(reply.body.error).toMatchObject({ name: 'ForbiddenError', message: expect.stringMatching(/closed/) });
  });

  it('accepts comments on an article published 29 days ago', async () => {
    const recent = await createArticle(proxied, editorToken);
    await backdatePublication(proxied, recent, 29);
    expect((await postFrom(freshIp(), commentFields(recent))).status).toBe(201);
  });
});
