import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { consultRows, FAST_CONSULT_ENV } from './support/consult';
import { sendConsultRequest } from './support/front-desk';
import { adminLogin, request } from './support/http';
import { createComment, ERASE, EXPORT, SEED_ARTICLE, seededArticleId, sql } from './support/moderation';

let cms: Cms;
let admin: string;
let moderator: string;

/** Jane wrote two comments (the second a reply to someone) with her address in two spellings. */
const JANE = { name: 'Jane Q. Commenter', email: 'jane.commenter@example.com' };
const JOHN = { name: 'John Bystander', email: 'john.bystander@example.com' };
const RAE = { name: 'Rae Removal', email: 'rae.removal@example.com' };
const REMOVED_BODY = "[removed at the author's request]";

const ids = { jane1: '', jane2: '', john: '', rae: '' };

/**
 * Consultation requests: Jane sent one with her address (in another spelling) and her phone,
 * and one from her phone alone, the number written another way; John sent one too.
 */
const JANE_PHONE = '+1 (555) 010-3000';
const requestIds = { janeEmail: '', janePhone: '', john: '' };

interface Row {
  document_id: string;
  body: string;
  author_name: string;
  author_email: string;
  author_url: string | null;
  client_ip_hash: string | null;
  user_agent: string | null;
  moderation_status: string;
}

async function rows(documentIds: string[]) {
  const found = await cms.db.query<Row>(
    `SELECT document_id, body, author_name, author_email, author_url, client_ip_hash, user_agent, moderation_status
       FROM comments WHERE document_id IN (${documentIds.map(sql).join(', ')})`,
  );
  return Object.fromEntries(found.map((row) => [row.document_id, row]));
}

/** Every stored text of every comment, to prove an address or a name is gone. */
async function everyCommentText() {
  return JSON.stringify(await cms.db.query('SELECT * FROM comments')).toLowerCase();
}

const exportFor = (email: string, token = admin) =>
  request(cms.url, `${EXPORT}?email=${encodeURIComponent(email)}`, { token });

const exportByContact = (contact: { email?: string; phone?: string }, token = admin) =>
  request(cms.url, `${EXPORT}?${new URLSearchParams(contact).toString()}`, { token });

/** The consultation requests still stored. */
async function storedRequests() {
  return (await consultRows(cms)).map((row) => row.document_id).sort();
}

beforeAll(async () => {
  cms = await startCms({ env: FAST_CONSULT_ENV });
  [admin, moderator] = await Promise.all([adminLogin(cms.url, USERS.admin), adminLogin(cms.url, USERS.moderator)]);
  const article = await seededArticleId(cms.url);
  ids.john = await createComment(cms.url, admin, article, {
    body: 'A first question about the consult.',
    authorName: JOHN.name,
    authorEmail: JOHN.email,
    moderationStatus: 'approved',
  });
  ids.jane1 = await createComment(cms.url, admin, article, {
    body: 'My own experience, with details about me.',
    authorName: JANE.name,
    authorEmail: 'Jane.Commenter@Example.com',
    authorUrl: 'https://jane.example',
    clientIpHash: 'sha256:jane-ip-hash',
    userAgent: 'JaneBrowser/1.0',
    moderationStatus: 'approved',
  });
  ids.jane2 = await createComment(cms.url, admin, article, {
    body: 'Replying to John.',
    authorName: JANE.name,
    authorEmail: JANE.email,
    clientIpHash: 'sha256:jane-ip-hash',
    userAgent: 'JaneBrowser/1.0',
    parent: ids.john,
  });
  ids.rae = await createComment(cms.url, admin, article, {
    body: 'Please remove this later.',
    authorName: RAE.name,
    authorEmail: RAE.email,
    userAgent: 'RaeBrowser/2.0',
    moderationStatus: 'spam',
  });
  requestIds.janeEmail = await sendConsultRequest(cms, {
    name: JANE.name,
    email: 'JANE.Commenter@example.com',
    phone: JANE_PHONE,
    preferredContact: 'email',
    bestTime: 'morning',
    message: 'Please call me about a consultation.',
    userAgent: 'JaneBrowser/1.0',
  });
  requestIds.janePhone = await sendConsultRequest(cms, {
    name: 'J. Commenter',
    phone: '555.010.3000',
    preferredContact: 'phone',
    bestTime: 'evening',
    message: 'Evenings only, please.',
  });
  requestIds.john = await sendConsultRequest(cms, {
    name: JOHN.name,
    email: JOHN.email,
    preferredContact: 'email',
    bestTime: 'any',
  });
});

afterAll(async () => {
  await cms?.destroy();
});

describe('personal data, as the Super Admin', () => {
  it('exports every comment by an address, whatever its case, with every stored field', async () => {
    const reply = await exportFor('JANE.commenter@example.COM');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-disposition')).toMatch(/^attachment; filename="[^"]+\.json"$/);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.body.data.email).toBe('JANE.commenter@example.COM');
    expect(Date.parse(reply.body.data.exportedAt)).not.toBeNaN();

    const comments = reply.body.data.comments as Record<string, unknown>[];
    expect(comments.map((c) => c.documentId)).toEqual([ids.jane1, ids.jane2]);
    expect(comments[0]).toEqual({
      documentId: ids.jane1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      moderationStatus: 'approved',
      authorName: JANE.name,
      authorEmail: 'Jane.Commenter@Example.com',
      authorUrl: 'https://jane.example',
      body: 'My own experience, with details about me.',
      clientIpHash: 'sha256:jane-ip-hash',
      userAgent: 'JaneBrowser/1.0',
      article: { documentId: expect.any(String), title: SEED_ARTICLE.title, slug: SEED_ARTICLE.slug },
      parent: null,
    });
    expect(comments[1]).toMatchObject({ parent: ids.john, moderationStatus: 'pending', authorUrl: null });
    expect(JSON.stringify(comments)).not.toContain(JOHN.email);

    // The consultation request sent with that address, decrypted, every field; not the one
    // sent from her phone alone, which the address does not find.
    expect(reply.body.data.phone).toBeNull();
    expect(reply.body.data.consultRequests).toEqual([
      {
        documentId: requestIds.janeEmail,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
        status: 'new',
        name: JANE.name,
        phone: JANE_PHONE,
        email: 'JANE.Commenter@example.com',
        preferredContact: 'email',
        bestTime: 'morning',
        message: 'Please call me about a consultation.',
        consentedAt: expect.any(String),
        staffNote: null,
        closedAt: null,
        userAgent: 'JaneBrowser/1.0',
      },
    ]);
  });

  it('exports by phone number the consultation requests only, however the number is written', async () => {
    const reply = await exportByContact({ phone: '(555) 010 3000' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.body.data).toMatchObject({ email: null, phone: '(555) 010 3000', comments: [] });
    const found = reply.body.data.consultRequests as { documentId: string; name: string }[];
    expect(found.map((r) => r.documentId)).toEqual([requestIds.janeEmail, requestIds.janePhone]);
    expect(found.map((r) => r.name)).toEqual([JANE.name, 'J. Commenter']);
    expect(JSON.stringify(reply.body)).not.toContain(JOHN.name);
  });

  it('exports by email address and phone number together, each request once', async () => {
    const reply = await exportByContact({ email: JANE.email, phone: JANE_PHONE });
    expect(reply.status).toBe(200);
    expect(reply.body.data.comments.map((c: { documentId: string }) => c.documentId)).toEqual([ids.jane1, ids.jane2]);
    expect(reply.body.data.consultRequests.map((r: { documentId: string }) => r.documentId)).toEqual([
      requestIds.janeEmail,
      requestIds.janePhone,
    ]);
  });

  it('matches the whole address only', async () => {
    for (const partial of ['commenter@example.com', 'jane.commenter@example.co', 'jane%@example.com', 'jane_commenter@example.com']) {
      const reply = await exportFor(partial);
      expect(reply.status, partial).toBe(200);
      expect(reply.body.data.comments, partial).toEqual([]);
      expect(reply.body.data.consultRequests, partial).toEqual([]);
    }
  });

  it('refuses a missing or malformed address or number, or a removeText that is not a boolean, with a 400', async () => {
    for (const path of [
      EXPORT,
      `${EXPORT}?email=`,
      `${EXPORT}?email=&phone=`,
      `${EXPORT}?email=not-an-address`,
      `${EXPORT}?email=a@b@example.com`,
      `${EXPORT}?phone=call-me`,
      `${EXPORT}?phone=555-01`,
      `${EXPORT}?email=not-an-address&phone=${encodeURIComponent(JANE_PHONE)}`,
    ]) {
      const reply = await request(cms.url, path, { token: admin });
      expect(reply.status, path).toBe(400);
      expect(reply.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    }
    for (const body of [
      { removeText: false },
      { email: 'not-an-address', removeText: false },
      { email: JANE.email },
      { email: JANE.email, removeText: 'yes' },
      { email: JANE.email, removeText: false, alsoDelete: true },
      { email: '', phone: '  ', removeText: false },
      { phone: 'call-me', removeText: false },
      { phone: 5550103000, removeText: false },
      { phone: JANE_PHONE },
    ]) {
      const reply = await request(cms.url, ERASE, { method: 'POST', token: admin, body });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    }
    // Neither given: the problem is named on both fields, where the form shows it.
    const neither = await request(cms.url, `${EXPORT}?email=&phone=`, { token: admin });
    expect(neither.body.error.details.errors.map((e: { path: string[] }) => e.path)).toEqual([['email'], ['phone']]);
    expect((await rows([ids.jane1]))[ids.jane1].author_name).toBe(JANE.name);
    expect(await storedRequests()).toEqual(Object.values(requestIds).sort());
  });

  it('erases an author’s personal data and keeps the text when asked to', async () => {
    const reply = await request(cms.url, ERASE, {
      method: 'POST',
      token: admin,
      body: { email: 'Jane.Commenter@example.com', removeText: false },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    // The two comments anonymised, and the consultation request sent with that address deleted.
    expect(reply.body).toEqual({ data: { erased: 2, consultRequests: 1 } });
    expect(await storedRequests()).toEqual([requestIds.janePhone, requestIds.john].sort());

    const after = await rows([ids.jane1, ids.jane2, ids.john]);
    for (const id of [ids.jane1, ids.jane2]) {
      expect(after[id]).toMatchObject({
        author_name: 'Anonymous',
        author_email: expect.stringMatching(/^erased-[0-9a-f]{16}@example\.invalid$/),
        author_url: null,
        client_ip_hash: null,
        user_agent: null,
      });
    }
    // Each erased comment gets its own placeholder, so they cannot be linked through it.
    expect(after[ids.jane1].author_email).not.toBe(after[ids.jane2].author_email);
    expect(after[ids.jane1].body).toBe('My own experience, with details about me.');
    expect(after[ids.jane2].body).toBe('Replying to John.');
    expect(after[ids.jane1].moderation_status).toBe('approved');

    const everything = await everyCommentText();
    expect(everything).not.toContain('jane.commenter@example.com');
    expect(everything).not.toContain(JANE.name.toLowerCase());
    expect(everything).not.toContain('jane-ip-hash');
    expect(everything).not.toContain('janebrowser');

    // John's comment is untouched, and Jane's reply still answers it.
    expect(after[ids.john]).toMatchObject({ author_name: JOHN.name, author_email: JOHN.email });
    const [link] = await cms.db.query<{ parent: string }>(
      `SELECT p.document_id AS parent FROM comments c
         JOIN comments_parent_lnk l ON l.comment_id = c.id
         JOIN comments p ON p.id = l.inv_comment_id
        WHERE c.document_id = ${sql(ids.jane2)}`,
    );
    expect(link.parent).toBe(ids.john);

    expect((await exportFor(JANE.email)).body.data.comments).toEqual([]);
    expect((await exportFor(JANE.email)).body.data.consultRequests).toEqual([]);
  });

  it('erases by phone number: deletes the requests from that number and touches no comment', async () => {
    const before = await everyCommentText();
    const reply = await request(cms.url, ERASE, {
      method: 'POST',
      token: admin,
      body: { phone: ' 555 010 3000 ', removeText: true },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toEqual({ data: { erased: 0, consultRequests: 1 } });
    expect(await storedRequests()).toEqual([requestIds.john]);
    expect(await everyCommentText()).toBe(before);
    const stored = JSON.stringify(await cms.db.query('SELECT * FROM consult_requests'));
    expect(stored).not.toContain('evenings only');
    expect((await exportByContact({ phone: JANE_PHONE })).body.data.consultRequests).toEqual([]);
  });

  it('replaces the text as well when asked to remove it', async () => {
    const reply = await request(cms.url, ERASE, { method: 'POST', token: admin, body: { email: RAE.email, removeText: true } });
    expect(reply.body).toEqual({ data: { erased: 1, consultRequests: 0 } });
    const after = (await rows([ids.rae]))[ids.rae];
    expect(after).toMatchObject({ author_name: 'Anonymous', body: REMOVED_BODY, user_agent: null, moderation_status: 'spam' });
    const everything = await everyCommentText();
    expect(everything).not.toContain(RAE.email);
    expect(everything).not.toContain('please remove this later');
  });

  it('answers 0 for an address with no comments', async () => {
    const reply = await request(cms.url, ERASE, {
      method: 'POST',
      token: admin,
      body: { email: 'nobody@example.com', removeText: true },
    });
    expect(reply.body).toEqual({ data: { erased: 0, consultRequests: 0 } });
    expect(await storedRequests()).toEqual([requestIds.john]);
  });
});

describe('personal data, as anyone else', () => {
  it('the Moderator gets 403 and changes nothing', async () => {
    expect((await exportFor(JOHN.email, moderator)).status).toBe(403);
    expect((await exportByContact({ phone: JANE_PHONE }, moderator)).status).toBe(403);
    const erased = await request(cms.url, ERASE, {
      method: 'POST',
      token: moderator,
      body: { email: JOHN.email, removeText: true },
    });
    expect(erased.status).toBe(403);
    expect((await rows([ids.john]))[ids.john]).toMatchObject({ author_name: JOHN.name, body: 'A first question about the consult.' });
    expect(await storedRequests()).toEqual([requestIds.john]);
  });

  it('the Front desk gets 403 too: it handles requests, it does not export or erase them', async () => {
    const frontdesk = await adminLogin(cms.url, USERS.frontdesk);
    expect((await exportFor(JOHN.email, frontdesk)).status).toBe(403);
    const erased = await request(cms.url, ERASE, { method: 'POST', token: frontdesk, body: { email: JOHN.email, removeText: false } });
    expect(erased.status).toBe(403);
    expect(await storedRequests()).toEqual([requestIds.john]);
  });

  it('a request without an admin token gets 401', async () => {
    expect((await request(cms.url, `${EXPORT}?email=${JOHN.email}`)).status).toBe(401);
    const erased = await request(cms.url, ERASE, { method: 'POST', body: { email: JOHN.email, removeText: true } });
    expect(erased.status).toBe(401);
  });
});
