/**
 * POST /api/comments: what is accepted, what is refused and with which
 * status, and what is stored. The time check and the flood limit are off here
 * (tests/comments-abuse.test.ts covers them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import {
  approvedComment,
  articleId,
  backdatePublication,
  commentFields,
  commentRow,
  commentRows,
  createArticle,
  HONEYPOT,
  moderate,
  postComment,
  postRaw,
  PUBLIC_KEYS,
  sql,
  unique,
  updateSettings,
} from './support/comments';
import { adminLogin, request } from './support/http';

let cms: Cms;
let article: string;
let editorToken: string;
let moderatorToken: string;

beforeAll(async () => {
  cms = await startCms({ env: { COMMENT_MIN_FILL_SECONDS: '0', COMMENT_FLOOD_SECONDS: '0' } });
  article = await articleId(cms);
  editorToken = await adminLogin(cms.url, USERS.editor);
  moderatorToken = await adminLogin(cms.url, USERS.moderator);
});

afterAll(async () => {
  await cms?.destroy();
});

const countComments = async () => Number((await cms.db.query('SELECT COUNT(*) AS n FROM comments'))[0].n);

function expectFieldError(reply: { status: number; body: any }, status: number, field: string) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.body.data).toBeNull();
  expect(reply.body.error.status).toBe(status);
  const paths = reply.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
  expect(paths).toContain(field);
}

describe('a visitor posts a comment', () => {
  it('gets 201 with the public fields only, held as pending', async () => {
    const fields = commentFields(article, { authorUrl: 'https://visitor.example.org/me' });
    const reply = await postComment(cms, fields, { headers: { 'User-Agent': 'CommentTest/1.0 (browser)' } });

    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(Object.keys(reply.body.data).sort()).toEqual([...PUBLIC_KEYS, 'moderationStatus'].sort());
    expect(reply.body.data).toMatchObject({
      authorName: fields.authorName,
      authorUrl: 'https://visitor.example.org/me',
      body: fields.body,
      parent: null,
      moderationStatus: 'pending',
    });
    expect(new Date(reply.body.data.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(reply.body)).not.toContain(fields.authorEmail as string);
  });

  it('stores the email, a keyed hash of the IP and the user agent, never the raw IP', async () => {
    const fields = commentFields(article);
    const reply = await postComment(cms, fields, { headers: { 'User-Agent': 'CommentTest/2.0' } });
    const row = await commentRow(cms, reply.body.data.documentId);

    expect(row.author_email).toBe(fields.authorEmail);
    expect(row.moderation_status).toBe('pending');
    expect(row.user_agent).toBe('CommentTest/2.0');
    expect(row.client_ip_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toMatch(/127\.0\.0\.1|::1\b/);

    // The same client gets the same hash: the flood check can find it.
    const again = await postComment(cms, commentFields(article));
    expect((await commentRow(cms, again.body.data.documentId)).client_ip_hash).toBe(row.client_ip_hash);
  });

  it('keeps at most 255 characters of the user agent', async () => {
    const reply = await postComment(cms, commentFields(article), { headers: { 'User-Agent': `UA/${'x'.repeat(400)}` } });
    expect(reply.status).toBe(201);
    const row = await commentRow(cms, reply.body.data.documentId);
    expect(row.user_agent).toBe(`UA/${'x'.repeat(252)}`);
  });

  it('trims the fields before storing them', async () => {
    const name = unique('Trimmed');
    const reply = await postComment(cms, commentFields(article, { authorName: `  ${name}\t`, body: '\n  Spaced text.  \n' }));
    expect(reply.status).toBe(201);
    expect(reply.body.data).toMatchObject({ authorName: name, body: 'Spaced text.' });
    const row = await commentRow(cms, reply.body.data.documentId);
    expect([row.author_name, row.body]).toEqual([name, 'Spaced text.']);
  });
});

describe('the client cannot choose what the server owns', () => {
  const forbidden: Record<string, unknown> = {
    moderationStatus: 'approved',
    publishedAt: '2020-01-01T00:00:00.000Z',
    id: 424242,
    documentId: 'chosenbytheclient0000000',
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    clientIpHash: 'f'.repeat(64),
    userAgent: 'Chosen/1.0',
    locale: 'fr',
    somethingElse: 'x',
  };

  for (const [field, value] of Object.entries(forbidden)) {
    it(`refuses "${field}" with a 400 on that field and stores nothing`, async () => {
      const body = unique('forbidden-field');
      const before = await countComments();
      const reply = await postComment(cms, commentFields(article, { body, [field]: value }));
      expectFieldError(reply, 400, field);
      expect(await countComments()).toBe(before);
      expect(await commentRows(cms, `body = ${sql(body)}`)).toEqual([]);
    });
  }

  it('refuses relation objects instead of documentIds (no connect/set tricks)', async () => {
    for (const articleValue of [{ connect: [{ documentId: article }] }, { documentId: article }, [article], 1]) {
      const reply = await postComment(cms, commentFields(article, { article: articleValue }));
      expectFieldError(reply, 400, 'article');
    }
  });
});

describe('field rules answer 400 with the field in error.details.errors', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['authorName', { authorName: '' }],
    ['authorName', { authorName: '   ' }],
    ['authorName', { authorName: 'n'.repeat(246) }],
    ['authorName', { authorName: 'Two\nlines' }],
    ['authorEmail', { authorEmail: 'not-an-email' }],
    ['authorEmail', { authorEmail: `${'e'.repeat(89)}@example.com` }],
    ['authorEmail', { authorEmail: undefined }],
    ['authorUrl', { authorUrl: 'javascript:alert(1)' }],
    ['authorUrl', { authorUrl: 'ftp://files.example.org' }],
    ['authorUrl', { authorUrl: 'www.example.org' }],
    ['authorUrl', { authorUrl: `https://example.org/${'p'.repeat(181)}` }],
    ['body', { body: '' }],
    ['body', { body: ' \n\t ' }],
    ['body', { body: 'b'.repeat(5001) }],
    ['body', { body: 'NUL \u0000 inside' }],
    ['body', { body: 'lone surrogate \ud800 inside' }],
    ['article', { article: undefined }],
    ['authorName', { authorName: 42 }],
    ['body', { body: ['an', 'array'] }],
    ['authorEmail', { authorEmail: { $ne: null } }],
  ];

  for (const [field, overrides] of cases) {
    it(`${field} = ${JSON.stringify(overrides[field])?.slice(0, 40)}`, async () => {
      const before = await countComments();
      const reply = await postComment(cms, commentFields(article, overrides));
      expectFieldError(reply, 400, field);
      expect(reply.body.error.name).toBe('ValidationError');
      expect(await countComments()).toBe(before);
    });
  }

  it('lists every problem at once', async () => {
    const reply = await postComment(cms, {}, { formToken: null });
    expect(reply.status).toBe(400);
    const paths = reply.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort();
    expect(paths).toEqual(['article', 'authorEmail', 'authorName', 'body', 'formToken']);
    for (const error of reply.body.error.details.errors) {
      expect(error).toMatchObject({ name: 'ValidationError', message: expect.any(String) });
    }
  });

  it('accepts the limits themselves: 245-character name, 100-character email, 200-character URL, 5,000-character body', async () => {
    const reply = await postComment(
      cms,
      commentFields(article, {
        authorName: unique('n').padEnd(245, 'n'),
        authorEmail: `${unique('e').padEnd(88, 'e')}@example.com`,
        authorUrl: `https://example.org/${unique('p').padEnd(180, 'p')}`,
        body: unique('b').padEnd(5000, 'b'),
      }),
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const row = await commentRow(cms, reply.body.data.documentId);
    expect([row.author_name.length, row.author_email.length, row.author_url?.length, row.body.length]).toEqual([245, 100, 200, 5000]);
  });

  it('counts characters, not bytes: 5,000 emoji are accepted and stored whole, 5,001 are refused', async () => {
    const emoji = '😀'.repeat(4990) + unique('').slice(0, 10).padEnd(10, '7');
    expect(Array.from(emoji)).toHaveLength(5000);
    const ok = await postComment(cms, commentFields(article, { body: emoji }));
    expect(ok.status, JSON.stringify(ok.body).slice(0, 300)).toBe(201);
    expect(ok.body.data.body).toBe(emoji);
    expect((await commentRow(cms, ok.body.data.documentId)).body).toBe(emoji);

    const tooLong = await postComment(cms, commentFields(article, { body: '😀'.repeat(5001) }));
    expectFieldError(tooLong, 400, 'body');
    expect(tooLong.body.error.details.errors[0].message).toMatch(/5000/);
  });
});

describe('the request itself', () => {
  it('answers 400 in Strapi’s shape, never a 500, for malformed or non-object JSON', async () => {
    for (const body of ['{"data": {', 'null', '"text"', '42', '{"__proto__": {"admin": true}}', '{"data": "text"}', '{"data": [1]}', '{}']) {
      const reply = await postRaw(cms, body, { 'Content-Type': 'application/json' });
      expect(reply.status, body).toBe(400);
      expect(reply.body.error, body).toMatchObject({ status: 400, name: 'ValidationError', message: expect.any(String) });
    }
    expect(cms.output()).not.toMatch(/SyntaxError/);
  });

  it('answers 415 to anything but JSON, and stores nothing', async () => {
    const before = await countComments();
    const form = new FormData();
    form.set('data', JSON.stringify({ article, body: 'x' }));
    const attempts: [string, string | FormData | URLSearchParams, Record<string, string>][] = [
      ['text/plain', JSON.stringify({ data: commentFields(article) }), { 'Content-Type': 'text/plain' }],
      ['multipart/form-data', form, {}],
      ['urlencoded', new URLSearchParams({ 'data[body]': 'x' }), {}],
      ['no Content-Type', JSON.stringify({ data: commentFields(article) }), {}],
      ['application/xml', '<data/>', { 'Content-Type': 'application/xml' }],
    ];
    for (const [label, body, headers] of attempts) {
      // fetch sets text/plain for a string body unless told otherwise: send a Blob without type for "none".
      const payload = label === 'no Content-Type' ? new Blob([body as string]) : body;
      const reply = await postRaw(cms, payload as never, headers);
      expect(reply.status, label).toBe(415);
      expect(reply.body.error, label).toMatchObject({ status: 415, name: 'UnsupportedMediaTypeError' });
    }
    expect(await countComments()).toBe(before);
  });

  it('answers 413 in Strapi’s shape to a body over 64 KB, with or without a Content-Length', async () => {
    const big = JSON.stringify({ data: commentFields(article, { body: 'x'.repeat(70_000) }) });
    const sized = await postRaw(cms, big, { 'Content-Type': 'application/json' });
    expect(sized.status).toBe(413);
    expect(sized.body.error).toMatchObject({ status: 413, name: 'PayloadTooLargeError' });

    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await fetch(`${cms.url}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as { error: unknown }).error).toMatchObject({ status: 413, name: 'PayloadTooLargeError' });

    // Just under the limit is read (and refused for its content, not its size).
    const under = JSON.stringify({ data: commentFields(article, { body: 'x'.repeat(60_000) }) });
    expect((await postRaw(cms, under, { 'Content-Type': 'application/json' })).status).toBe(400);
  });
});

describe('the article', () => {
  it('answers 404 for an unknown article and the same 404 for a draft', async () => {
    const draft = await createArticle(cms, editorToken, { publish: false });
    const before = await countComments();
    const unknown = await postComment(cms, commentFields('nosucharticle00000000000'));
    const onDraft = await postComment(cms, commentFields(draft));
    expect(unknown.status).toBe(404);
    expect(onDraft.status).toBe(404);
    expect(onDraft.body).toEqual(unknown.body);
    expect(onDraft.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
    expect(await countComments()).toBe(before);
  });

  it('answers 403 when comments are closed on the article', async () => {
    const closed = await createArticle(cms, editorToken, { commentsOpen: false });
    const reply = await postComment(cms, commentFields(closed));
    expect(reply.status).toBe(403);
    expect(reply.body.error).toMatchObject({ status: 403, name: 'ForbiddenError', message: expect.stringMatching(/closed/) });
  });

  it('accepts comments on a newly published article with comments open', async () => {
    const open = await createArticle(cms, editorToken, { commentsOpen: true });
    expect((await postComment(cms, commentFields(open))).status).toBe(201);
  });

  it('keeps comments open on an old article when COMMENTS_CLOSE_AFTER_DAYS is not set', async () => {
    const old = await createArticle(cms, editorToken);
    await backdatePublication(cms, old, 400);
    expect((await postComment(cms, commentFields(old))).status).toBe(201);
  });
});

describe('replies', () => {
  it('reply to an approved comment: 201 with the parent’s documentId', async () => {
    const parent = await approvedComment(cms, moderatorToken, commentFields(article));
    const reply = await postComment(cms, commentFields(article, { parent }));
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body.data.parent).toEqual({ documentId: parent });
  });

  it('reply to a pending, spam or trashed comment: 403', async () => {
    for (const status of ['pending', 'spam', 'trash']) {
      const posted = await postComment(cms, commentFields(article));
      if (status !== 'pending') await moderate(cms, moderatorToken, posted.body.data.documentId, status);
      const reply = await postComment(cms, commentFields(article, { parent: posted.body.data.documentId }));
      expect(reply.status, status).toBe(403);
      expect(reply.body.error.details.errors[0].path).toEqual(['parent']);
    }
  });

  it('reply to an unknown comment or to one on another article: 403', async () => {
    const other = await createArticle(cms, editorToken);
    const elsewhere = await approvedComment(cms, moderatorToken, commentFields(other));
    for (const parent of ['nosuchcomment00000000000', elsewhere]) {
      const reply = await postComment(cms, commentFields(article, { parent }));
      expect(reply.status, parent).toBe(403);
    }
  });

  it('nests three levels: a reply to a level-3 comment is refused', async () => {
    const level1 = await approvedComment(cms, moderatorToken, commentFields(article));
    const level2 = await approvedComment(cms, moderatorToken, commentFields(article, { parent: level1 }));
    const level3 = await approvedComment(cms, moderatorToken, commentFields(article, { parent: level2 }));
    const level4 = await postComment(cms, commentFields(article, { parent: level3 }));
    expect(level4.status).toBe(403);
    expect(level4.body.error.message).toMatch(/3 levels/);
    // Level 3 itself is fine.
    expect((await postComment(cms, commentFields(article, { parent: level2 }))).status).toBe(201);
  });
});

describe('duplicates', () => {
  it('answers 409 to the same comment by the same author on the same article and parent', async () => {
    const fields = commentFields(article);
    expect((await postComment(cms, fields)).status).toBe(201);
    const again = await postComment(cms, { ...fields, authorEmail: (fields.authorEmail as string).toUpperCase() });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ status: 409, name: 'ConflictError' });
    expect(await commentRows(cms, `body = ${sql(fields.body as string)}`)).toHaveLength(1);
  });

  it('accepts the same text by another author, on another article or as a reply', async () => {
    const fields = commentFields(article);
    expect((await postComment(cms, fields)).status).toBe(201);
    const other = await createArticle(cms, editorToken);
    const parent = await approvedComment(cms, moderatorToken, commentFields(article));
    for (const variant of [
      { ...fields, authorName: `${fields.authorName as string} Jr` },
      { ...fields, article: other },
      { ...fields, parent },
    ]) {
      expect((await postComment(cms, variant)).status).toBe(201);
    }
  });
});

describe('markup is text', () => {
  const payloads = [
    '<script>alert("xss")</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg/onload=alert(1)>',
    "';!--\"<XSS>=&{()}",
    '&lt;b&gt;already escaped&lt;/b&gt; &amp; &#x3C;',
    '[link](javascript:alert(1)) {{constructor.constructor("alert(1)")()}} ${7*7}',
    'Line one\r\nLine two\n\n\tTabbed — “quotes” ‘and’ emoji 🧪 and RTL \u202Eabc',
  ];

  it('stores and returns each payload byte for byte, neither stripped nor escaped', async () => {
    for (const payload of payloads) {
      const body = `${payload} ${unique('')}`;
      const name = `<b>${unique('name')}</b>`;
      const reply = await postComment(cms, commentFields(article, { body, authorName: name }));
      expect(reply.status, payload).toBe(201);
      expect(reply.body.data.body).toBe(body);
      expect(reply.body.data.authorName).toBe(name);
      const row = await commentRow(cms, reply.body.data.documentId);
      expect(Buffer.from(row.body)).toEqual(Buffer.from(body));
      expect(row.author_name).toBe(name);

      await moderate(cms, moderatorToken, reply.body.data.documentId, 'approved');
      const read = await request(cms.url, `/api/comments/${reply.body.data.documentId}`);
      expect(read.body.data.body).toBe(body);
    }
  });
});

describe('the honeypot', () => {
  it(`a filled "${HONEYPOT}" field gets the answer a person gets, and the comment goes to spam`, async () => {
    const person = await postComment(cms, commentFields(article, { [HONEYPOT]: '' }));
    const bot = await postComment(cms, commentFields(article, { [HONEYPOT]: 'https://bot.example.net' }));

    expect(bot.status).toBe(201);
    expect(person.status).toBe(201);
    expect(Object.keys(bot.body.data).sort()).toEqual(Object.keys(person.body.data).sort());
    expect(bot.body.data.moderationStatus).toBe('pending');
    expect(Object.keys(bot.body.meta ?? {})).toEqual(Object.keys(person.body.meta ?? {}));
    expect((await commentRow(cms, bot.body.data.documentId)).moderation_status).toBe('spam');
    expect((await commentRow(cms, person.body.data.documentId)).moderation_status).toBe('pending');
  });
});

describe('moderation rules from the site settings', () => {
  // The seeded settings: moderation list "dosage, prescription"; disallowed list "casino, viagra, …"; 2 links hold.
  const known = { authorName: 'Sample Visitor A', authorEmail: 'sample.visitor.a@example.com' };

  afterAll(async () => {
    await updateSettings(cms, editorToken, { commentAutoApproveKnownAuthors: false, commentHoldLinkCount: 2 });
  });

  const statusOf = async (reply: { status: number; body: any }) => {
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    return (await commentRow(cms, reply.body.data.documentId)).moderation_status;
  };

  it('holds every comment by default, even from a known author', async () => {
    expect(await statusOf(await postComment(cms, commentFields(article, known)))).toBe('pending');
  });

  it('sends a word of the disallowed list to spam, wherever it appears, in any case, with the usual answer', async () => {
    const variants: [Record<string, unknown>, Record<string, string>][] = [
      [{ body: 'Try our CaSiNo bonus' }, {}],
      [{ authorName: 'Casino King' }, {}],
      [{ authorEmail: 'win@casino.example.com' }, {}],
      [{ authorUrl: 'https://best-casino.example.com' }, {}],
      [{}, { 'User-Agent': 'Mozilla/5.0 CasinoBot/1.0' }],
      [{ body: 'A crypto giveaway for you' }, {}],
    ];
    for (const [overrides, headers] of variants) {
      const reply = await postComment(cms, commentFields(article, overrides), { headers });
      expect(reply.body.data?.moderationStatus, JSON.stringify(overrides)).toBe('pending');
      expect(await statusOf(reply), JSON.stringify({ overrides, headers })).toBe('spam');
    }
  });

  it('with auto-approval on, approves a known author (same name and email) and shows it at once', async () => {
    await updateSettings(cms, editorToken, { commentAutoApproveKnownAuthors: true });
    const reply = await postComment(cms, commentFields(article, known));
    expect(reply.body.data.moderationStatus).toBe('approved');
    expect(await statusOf(reply)).toBe('approved');
    expect((await request(cms.url, `/api/comments/${reply.body.data.documentId}`)).status).toBe(200);

    // Same name, other email (or the reverse) is not the known author.
    expect(await statusOf(await postComment(cms, commentFields(article, { authorName: known.authorName })))).toBe('pending');
    expect(await statusOf(await postComment(cms, commentFields(article, { authorEmail: known.authorEmail })))).toBe('pending');
  });

  it('still holds a known author for a moderation word or for too many links', async () => {
    await updateSettings(cms, editorToken, { commentAutoApproveKnownAuthors: true, commentHoldLinkCount: 2 });
    const held: [string, Record<string, unknown>, Record<string, string>][] = [
      ['moderation word in the body', { body: `What DOSAGE is used? ${unique('')}` }, {}],
      ['moderation word in the URL', { authorUrl: 'https://prescription.example.org' }, {}],
      ['moderation word in the user agent', {}, { 'User-Agent': 'Prescription-Checker/1.0' }],
      ['two links', { body: `See https://a.example.org and www.b.example.org ${unique('')}` }, {}],
    ];
    for (const [label, overrides, headers] of held) {
      const reply = await postComment(cms, commentFields(article, { ...known, body: unique('known'), ...overrides }), { headers });
      expect(await statusOf(reply), label).toBe('pending');
    }
    const oneLink = await postComment(cms, commentFields(article, { ...known, body: `See https://www.a.example.org ${unique('')}` }));
    expect(await statusOf(oneLink)).toBe('approved');

    await updateSettings(cms, editorToken, { commentHoldLinkCount: 1 });
    const heldNow = await postComment(cms, commentFields(article, { ...known, body: `See https://a.example.org ${unique('')}` }));
    expect(await statusOf(heldNow)).toBe('pending');
  });
});
