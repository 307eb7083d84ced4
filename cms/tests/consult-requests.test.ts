/**
 * The public side of consultation requests: what a visitor may send and what they get back,
 * the defences shared with the comment form, and what is stored (sealed, never echoed).
 *
 * Two CMSes: `fast` accepts requests as fast as a test sends them, behind a "proxy" so tests
 * speak from several client IPs, and emails the front desk through a real SMTP server;
 * `guarded` runs with the defaults (3 s fill time, 60 s flood limit).
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, createKeyring, emailLookupHash, phoneLookupHash, sealingKey, SealedFieldError } from '../src/api/consult-request/services/lib/sealed-fields';
import { deriveKey, issueToken } from '../src/public-forms/form-token';
import { CONSULT_ENCRYPTION_KEY, startCms, USERS, type Cms } from './support/cms';
import { formToken as commentFormToken, sleep } from './support/comments';
import { consultFields, consultRows, consultToken, createConsult, FAST_CONSULT_ENV, postConsult, SEALED_COLUMNS } from './support/consult';
import { request } from './support/http';
import { startSmtp, type SmtpServer } from './support/smtp';

const FROM = 'cms@example.org';
const GUARDED_SECRET = randomBytes(32).toString('base64');

let smtp: SmtpServer;
let fast: Cms;
let guarded: Cms;

beforeAll(async () => {
  smtp = await startSmtp();
  [fast, guarded] = await Promise.all([
    startCms({
      env: {
        ...FAST_CONSULT_ENV,
        TRUST_PROXY: 'true',
        SMTP_HOST: '127.0.0.1',
        SMTP_PORT: String(smtp.port),
        SMTP_SECURE: 'false',
        SMTP_USER: smtp.user,
        SMTP_PASSWORD: smtp.password,
        SMTP_FROM: `Clinic CMS <${FROM}>`,
      },
    }),
    startCms({ env: { COMMENT_TOKEN_SECRET: GUARDED_SECRET, TRUST_PROXY: 'true' } }),
  ]);
});

afterAll(async () => {
  await Promise.all([fast?.destroy(), guarded?.destroy()]);
  await smtp?.close();
});

let nextIp = 1;
const freshIp = () => `10.30.${Math.floor(nextIp / 250)}.${(nextIp++ % 250) + 1}`;
const from = (ip: string) => ({ 'X-Forwarded-For': ip });

function expectFieldError(reply: { status: number; body: any }, path: string, message?: string | RegExp) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(400);
  expect(reply.body.data).toBeNull();
  expect(reply.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
  const errors = reply.body.error.details.errors as { path: string[]; message: string; name: string }[];
  const found = errors.find((error) => error.path.join('.') === path);
  expect(found, `no error for ${path} in ${JSON.stringify(errors)}`).toBeDefined();
  expect(found?.name).toBe('ValidationError');
  if (message) expect(found?.message).toMatch(message);
}

describe('sending a request', () => {
  it('gives a form token that is not stored anywhere', async () => {
    const reply = await request(fast.url, '/api/consult-requests/form-token');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(reply.body.data).sort()).toEqual(['expiresAt', 'token']);
    expect(new Date(reply.body.data.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 60_000);
    // Issued per visitor: never answered from the public cache.
    const again = await request(fast.url, '/api/consult-requests/form-token');
    expect(again.headers.get('x-cache')).not.toBe('HIT');
    expect(again.body.data.token).not.toBe(reply.body.data.token);
  });

  it('answers 201 with the documentId and the time, and nothing the visitor sent', async () => {
    const fields = consultFields({ email: '', preferredContact: 'phone' });
    const reply = await postConsult(fast, fields, { headers: from(freshIp()) });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(Object.keys(reply.body).sort()).toEqual(['data', 'meta']);
    expect(reply.body.meta).toEqual({});
    expect(Object.keys(reply.body.data).sort()).toEqual(['createdAt', 'documentId']);
    expect(reply.body.data.documentId).toMatch(/^[a-z0-9]{24}$/);
    expect(Math.abs(new Date(reply.body.data.createdAt).getTime() - Date.now())).toBeLessThan(60_000);
    const text = JSON.stringify(reply.body);
    for (const value of [fields.name, fields.phone, fields.message]) expect(text).not.toContain(String(value));
    expect(await consultRows(fast, `document_id = '${reply.body.data.documentId}'`)).toHaveLength(1);
  });

  it('stores no plaintext: the personal fields are sealed, and open only with the right key', async () => {
    const { documentId, fields } = await createConsult(fast, { message: 'Sample: is there parking near the clinic?' });
    const [row] = await consultRows(fast, `document_id = '${documentId}'`);
    const whole = JSON.stringify(row);
    for (const value of [fields.name, fields.phone, fields.email, fields.message]) expect(whole).not.toContain(String(value));
    for (const column of SEALED_COLUMNS.filter((name) => name !== 'staff_note')) expect(row?.[column]).toMatch(/^v1\.[0-9a-f]{12}\./);

    const keyring = createKeyring(CONSULT_ENCRYPTION_KEY);
    expect(open(keyring, 'name', row!.name)).toBe(fields.name);
    expect(open(keyring, 'message', row!.message!)).toBe(fields.message);
    // Under another key, or moved into another column, a value does not open, and says so.
    expect(() => open(createKeyring(randomBytes(32).toString('base64')), 'name', row!.name)).toThrow(SealedFieldError);
    expect(() => open(keyring, 'email', row!.name)).toThrow(SealedFieldError);
  });

  it('keeps keyed hashes that find the request by email and by phone, however they are written', async () => {
    const { documentId } = await createConsult(fast, { email: 'Sample.Person@Example.com', phone: '+1 (555) 010-7788' });
    const [row] = await consultRows(fast, `document_id = '${documentId}'`);
    const key = sealingKey(CONSULT_ENCRYPTION_KEY);
    expect(row?.email_hash).toBe(emailLookupHash(key, ' sample.person@example.COM '));
    expect(row?.phone_hash).toBe(phoneLookupHash(key, '555.010.7788'));
    expect(row?.email_hash).not.toBe(emailLookupHash(sealingKey(randomBytes(32).toString('base64')), 'sample.person@example.com'));
  });

  it('stores a filled-in honeypot nowhere, with the answer a person gets', async () => {
    const before = (await consultRows(fast)).length;
    const reply = await postConsult(fast, consultFields({ homepage: 'https://spam.example' }), { headers: from(freshIp()) });
    expect(reply.status).toBe(201);
    expect(Object.keys(reply.body.data).sort()).toEqual(['createdAt', 'documentId']);
    expect(await consultRows(fast)).toHaveLength(before);
  });
});

describe('what is refused, field by field', () => {
  const cases: [string, Record<string, unknown>, string, RegExp?][] = [
    ['consent missing', { consent: undefined }, 'consent', /Tick the box/],
    ['consent false', { consent: false }, 'consent'],
    ['consent as a string', { consent: 'true' }, 'consent'],
    ['no way to reach the person', { phone: '', email: '' }, 'phone', /phone number or an email/],
    ['the preferred contact not given', { preferredContact: 'email', email: '' }, 'email', /email address/],
    ['an unknown preferred contact', { preferredContact: 'post' }, 'preferredContact', /phone or email/],
    ['an unknown best time', { bestTime: 'midnight' }, 'bestTime', /morning, afternoon, evening or any/],
    ['no name', { name: '  ' }, 'name', /required/],
    ['a name on two lines', { name: 'Sample\nPerson' }, 'name', /one line/],
    ['a bad email', { email: 'not-an-address' }, 'email', /valid email/],
    ['a phone that is not one', { phone: 'call me' }, 'phone', /phone number/],
    ['a message over 2,000 characters', { message: 'x'.repeat(2001) }, 'message', /at most 2000/],
    ['a name that is not text', { name: { first: 'Sample' } }, 'name', /string/],
    ['NUL in the message', { message: 'a\u0000b' }, 'message', /not text/],
  ];
  it.each(cases)('%s', async (_label, overrides, path, message) => {
    const before = (await consultRows(fast)).length;
    expectFieldError(await postConsult(fast, consultFields(overrides), { headers: from(freshIp()) }), path, message);
    expect(await consultRows(fast)).toHaveLength(before);
  });

  it('accepts a message of exactly 2,000 characters, emoji counted as one', async () => {
    const reply = await postConsult(fast, consultFields({ message: `${'😀'.repeat(10)}${'x'.repeat(1990)}` }), { headers: from(freshIp()) });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  });

  it('refuses every field it does not accept (no status, note, id or dates from visitors)', async () => {
    const reply = await postConsult(
      fast,
      consultFields({ status: 'closed', staffNote: 'x', id: 1, documentId: 'abc', createdAt: '2020-01-01', emailHash: 'x', keyId: 'x' }),
      { headers: from(freshIp()) },
    );
    for (const path of ['status', 'staffNote', 'id', 'documentId', 'createdAt', 'emailHash', 'keyId']) {
      expectFieldError(reply, path, 'This field cannot be set');
    }
  });

  it('answers a body without a data object with a 400 that says so', async () => {
    for (const body of [{}, { data: 'x' }, { data: [consultFields()] }, []]) {
      const reply = await request(fast.url, '/api/consult-requests', { method: 'POST', body });
      expectFieldError(reply, 'data', /object/);
    }
  });

  it('answers a form post, plain text or no Content-Type with 415, and a large body with 413', async () => {
    for (const [body, type] of [
      [new URLSearchParams({ name: 'x' }).toString(), 'application/x-www-form-urlencoded'],
      ['name=x', 'text/plain'],
    ] as const) {
      const response = await fetch(`${fast.url}/api/consult-requests`, { method: 'POST', headers: { 'Content-Type': type }, body });
      expect(response.status).toBe(415);
      expect(((await response.json()) as { error: unknown }).error).toMatchObject({ status: 415, message: expect.stringContaining('Send the request as JSON') });
    }
    const big = JSON.stringify({ data: consultFields({ message: 'x'.repeat(2_000_000) }) });
    const response = await fetch(`${fast.url}/api/consult-requests`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: unknown }).error).toMatchObject({ status: 413, name: 'PayloadTooLargeError' });
  });
});

describe('the form token and the flood and duplicate limits', () => {
  const tokenIssued = (ageMs: number) =>
    issueToken(deriveKey(GUARDED_SECRET, 'form-token', 'consult-requests'), Date.now() - ageMs);

  it('refuses a missing, forged or expired token, and one sent sooner than a person fills the form', async () => {
    expectFieldError(await postConsult(guarded, consultFields(), { formToken: null, headers: from(freshIp()) }), 'formToken', /required/);
    const forged = await postConsult(guarded, consultFields(), { formToken: 'v1.1.abcdefghijklmnop.' + 'a'.repeat(43), headers: from(freshIp()) });
    expectFieldError(forged, 'formToken', /not valid/);
    expect(forged.body.error.details.reason).toBe('invalid');
    const expired = await postConsult(guarded, consultFields(), { formToken: tokenIssued(3 * 60 * 60_000), headers: from(freshIp()) });
    expect(expired.body.error.details.reason).toBe('expired');
    const tooFast = await postConsult(guarded, consultFields(), { headers: from(freshIp()) });
    expectFieldError(tooFast, 'formToken', /too quickly/);
    expect(tooFast.body.error.details).toMatchObject({ reason: 'too-fast', retryAfter: expect.any(Number) });
    expect(await consultRows(guarded)).toHaveLength(0);
  });

  it("refuses the comment form's token: a token is good for its own form only", async () => {
    await sleep(3100);
    const reply = await postConsult(guarded, consultFields(), { formToken: await commentFormToken(guarded), headers: from(freshIp()) });
    expect(reply.body.error?.details?.reason).toBe('invalid');
  });

  it('lets one IP, and one email or phone from anywhere, send one request per minute: 429 with Retry-After', async () => {
    const ip = freshIp();
    const first = consultFields();
    expect((await postConsult(guarded, first, { formToken: tokenIssued(10_000), headers: from(ip) })).status).toBe(201);

    const sameIp = await postConsult(guarded, consultFields(), { formToken: tokenIssued(10_000), headers: from(ip) });
    expect(sameIp.status).toBe(429);
    expect(sameIp.body.error).toMatchObject({ status: 429, name: 'RateLimitError', details: { retryAfter: expect.any(Number) } });
    expect(Number(sameIp.headers.get('retry-after'))).toBeGreaterThan(0);

    for (const [label, overrides] of [
      ['same email', { email: String(first.email).toUpperCase(), phone: '' , preferredContact: 'email' }],
      ['same phone', { phone: String(first.phone).replace(/\D/g, ''), email: '' }],
    ] as const) {
      const reply = await postConsult(guarded, consultFields(overrides), { formToken: tokenIssued(10_000), headers: from(freshIp()) });
      expect(reply.status, label).toBe(429);
    }
    const someoneElse = await postConsult(guarded, consultFields(), { formToken: tokenIssued(10_000), headers: from(freshIp()) });
    expect(someoneElse.status).toBe(201);
  });

  it('refuses the same open request sent twice with 409, also when both arrive together', async () => {
    const fields = consultFields();
    const token = await consultToken(fast);
    const replies = await Promise.all(
      [0, 1, 2].map(() => postConsult(fast, fields, { formToken: token, headers: from(freshIp()) })),
    );
    expect(replies.map((reply) => reply.status).sort()).toEqual([201, 409, 409]);
    const conflict = replies.find((reply) => reply.status === 409)!;
    expect(conflict.body.error).toMatchObject({ status: 409, name: 'ConflictError' });
    expect(JSON.stringify(conflict.body)).not.toContain(String(fields.name));
  });
});

describe('nothing of a request is readable through the public API', () => {
  it('has no route to list, read, change or delete requests', async () => {
    const { documentId } = await createConsult(fast);
    for (const [method, path] of [
      ['GET', '/api/consult-requests'],
      ['GET', `/api/consult-requests/${documentId}`],
      ['PUT', `/api/consult-requests/${documentId}`],
      ['DELETE', `/api/consult-requests/${documentId}`],
      ['GET', `/api/consult-requests?filters[email][$notNull]=true`],
      ['GET', '/api/consult-requests?populate=*'],
    ]) {
      const reply = await request(fast.url, path, { method, body: method === 'PUT' ? { data: { status: 'closed' } } : undefined });
      expect([403, 404], `${method} ${path}: ${reply.status}`).toContain(reply.status);
      expect(JSON.stringify(reply.body)).not.toContain(documentId);
    }
  });
});

describe('the front desk is told, without personal data', () => {
  it('emails every Front desk user "New consultation request" with the admin link, and nothing the visitor sent', async () => {
    const { documentId, fields } = await createConsult(fast);
    const mail = await smtp.waitFor((message) => message.text.includes(documentId), 20_000);
    expect(mail, fast.output().slice(-2000)).toBeDefined();
    expect(mail?.subject).toBe('New consultation request');
    expect(mail?.to).toEqual([USERS.frontdesk.email]);
    expect(mail?.text).toContain(`/admin/plugins/front-desk/requests/${documentId}`);
    const everything = `${mail?.subject}\n${mail?.text}\n${mail?.html}\n${mail?.raw}`;
    for (const value of [fields.name, fields.phone, fields.email, fields.message, String(fields.phone).replace(/\D/g, '')]) {
      expect(everything).not.toContain(String(value));
    }
    // The moderators are not told about requests.
    expect(smtp.received.filter((message) => message.text.includes(documentId))).toHaveLength(1);
  });
});
