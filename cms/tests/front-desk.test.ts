import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { CONSULT, consultRows, FAST_CONSULT_ENV, type ConsultRow } from './support/consult';
import { REQUESTS, REQUESTS_COUNT, sendConsultRequest, type NewConsultRequest } from './support/front-desk';
import { adminLogin, CM, request } from './support/http';
import { sql } from './support/moderation';

const NOTE_LIMIT = 2000;

interface View {
  documentId: string;
  createdAt: string;
  updatedAt: string;
  status: 'new' | 'contacted' | 'closed';
  name: string;
  phone: string | null;
  email: string | null;
  preferredContact: string;
  bestTime: string;
  message: string | null;
  consentedAt: string;
  staffNote: string | null;
  closedAt: string | null;
  userAgent: string | null;
}

/** Sent in this order, so the list (newest first) is Cy, Ben, Ada. */
const ADA: NewConsultRequest = {
  name: 'Ada Caller',
  phone: '+1 (555) 010-2000',
  preferredContact: 'phone',
  bestTime: 'morning',
  message: 'I would like to ask about the first session.\nMornings before ten are best.',
  userAgent: 'AdaBrowser/1.0',
};
const BEN: NewConsultRequest = {
  name: 'Ben Writer',
  email: 'ben.writer@example.com',
  preferredContact: 'email',
  bestTime: 'evening',
  message: 'Is a referral needed?',
};
const CY: NewConsultRequest = {
  name: 'Cy Both',
  phone: '555 010 4000',
  email: 'cy.both@example.com',
  preferredContact: 'email',
  bestTime: 'any',
};

let cms: Cms;
const tokens = { frontdesk: '', moderator: '', editor: '', admin: '' };
const ids = { ada: '', ben: '', cy: '' };

async function list(query = '', token = tokens.frontdesk) {
  const reply = await request(cms.url, `${REQUESTS}${query}`, { token });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body as { data: View[]; meta: { pagination: Record<string, number>; counts: Record<string, number> } };
}

const update = (documentId: string, body: unknown, token = tokens.frontdesk) =>
  request(cms.url, `${REQUESTS}/${documentId}`, { method: 'PUT', token, body });

/** The stored row, every column (a refused change must leave all of them as they were). */
async function row(documentId: string): Promise<ConsultRow> {
  const [found] = await consultRows(cms, `document_id = ${sql(documentId)}`);
  expect(found, documentId).toBeDefined();
  return found as ConsultRow;
}

beforeAll(async () => {
  cms = await startCms({ env: FAST_CONSULT_ENV });
  const [frontdesk, moderator, editor, admin] = await Promise.all([
    adminLogin(cms.url, USERS.frontdesk),
    adminLogin(cms.url, USERS.moderator),
    adminLogin(cms.url, USERS.editor),
    adminLogin(cms.url, USERS.admin),
  ]);
  Object.assign(tokens, { frontdesk, moderator, editor, admin });
  ids.ada = await sendConsultRequest(cms, ADA);
  ids.ben = await sendConsultRequest(cms, BEN);
  ids.cy = await sendConsultRequest(cms, CY);
});

afterAll(async () => {
  await cms?.destroy();
});

describe('the Front desk reads requests', () => {
  it('lists new requests newest first, decrypted, with the count of every status', async () => {
    const reply = await request(cms.url, REQUESTS, { token: tokens.frontdesk });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const { data, meta } = reply.body;
    expect(data.map((item: View) => item.name)).toEqual([CY.name, BEN.name, ADA.name]);
    expect(data.map((item: View) => item.documentId)).toEqual([ids.cy, ids.ben, ids.ada]);
    expect(meta).toEqual({
      pagination: { page: 1, pageSize: 20, pageCount: 1, total: 3 },
      counts: { new: 3, contacted: 0, closed: 0 },
    });
    expect(data[2]).toMatchObject({ phone: ADA.phone, email: null, message: ADA.message, preferredContact: 'phone' });
    expect(data[1]).toMatchObject({ phone: null, email: BEN.email, bestTime: 'evening' });

    // What the list shows decrypted is stored sealed: none of it is in the table in clear.
    const stored = JSON.stringify(await cms.db.query('SELECT * FROM consult_requests'));
    for (const secret of [ADA.name, ADA.phone, 'first session', BEN.email, CY.name]) {
      expect(stored).not.toContain(secret);
    }
  });

  it('pages through a tab', async () => {
    const second = await list('?status=new&page=2&pageSize=2');
    expect(second.data.map((item) => item.name)).toEqual([ADA.name]);
    expect(second.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 2, total: 3 });
    const first = await list('?status=new&page=1&pageSize=2');
    expect(first.data.map((item) => item.name)).toEqual([CY.name, BEN.name]);
  });

  it('reads one request with every field', async () => {
    const reply = await request(cms.url, `${REQUESTS}/${ids.ada}`, { token: tokens.frontdesk });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.body).toEqual({
      data: {
        documentId: ids.ada,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        updatedAt: expect.any(String),
        status: 'new',
        name: ADA.name,
        phone: ADA.phone,
        email: null,
        preferredContact: 'phone',
        bestTime: 'morning',
        message: ADA.message,
        consentedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        staffNote: null,
        closedAt: null,
        userAgent: 'AdaBrowser/1.0',
      },
    });
  });

  it('counts the new requests for the menu badge', async () => {
    const reply = await request(cms.url, REQUESTS_COUNT, { token: tokens.frontdesk });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.body).toEqual({ data: { new: 3 } });
  });
});

describe('the Front desk handles requests', () => {
  it('marks a request contacted: it moves to the Contacted tab and leaves the badge', async () => {
    const reply = await update(ids.ben, { status: 'contacted' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    expect(reply.body.data).toMatchObject({ documentId: ids.ben, status: 'contacted', closedAt: null, name: BEN.name });
    expect((await row(ids.ben)).status).toBe('contacted');

    const contacted = await list('?status=contacted');
    expect(contacted.data.map((item) => item.documentId)).toEqual([ids.ben]);
    expect(contacted.meta.counts).toEqual({ new: 2, contacted: 1, closed: 0 });
    expect((await list()).data.map((item) => item.documentId)).toEqual([ids.cy, ids.ada]);
    expect((await request(cms.url, REQUESTS_COUNT, { token: tokens.frontdesk })).body).toEqual({ data: { new: 2 } });
  });

  it('closes a request, which records when, and reopens it, which clears that', async () => {
    const before = Date.now();
    const closed = await update(ids.ben, { status: 'closed' });
    expect(closed.status).toBe(200);
    expect(closed.body.data.status).toBe('closed');
    expect(Date.parse(closed.body.data.closedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect((await row(ids.ben)).closed_at).not.toBeNull();
    expect((await list('?status=closed')).data.map((item) => item.documentId)).toEqual([ids.ben]);

    const reopened = await update(ids.ben, { status: 'new' });
    expect(reopened.body.data).toMatchObject({ status: 'new', closedAt: null });
    expect(await row(ids.ben)).toMatchObject({ status: 'new', closed_at: null });
    expect((await list()).meta.counts).toEqual({ new: 3, contacted: 0, closed: 0 });
  });

  it('writes a staff note, stored sealed, and clears it with a blank one', async () => {
    const note = 'Called at 9:40, left a voicemail.\nTry again Thursday.';
    const saved = await update(ids.ada, { staffNote: note });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.data).toMatchObject({ staffNote: note, status: 'new' });
    expect((await request(cms.url, `${REQUESTS}/${ids.ada}`, { token: tokens.frontdesk })).body.data.staffNote).toBe(note);
    const stored = await row(ids.ada);
    expect(stored.staff_note).toMatch(/^v1\./);
    expect(stored.staff_note).not.toContain('voicemail');

    const both = await update(ids.ada, { status: 'contacted', staffNote: 'Reached her; booking sent.' });
    expect(both.body.data).toMatchObject({ status: 'contacted', staffNote: 'Reached her; booking sent.' });

    const cleared = await update(ids.ada, { staffNote: '   ' });
    expect(cleared.body.data.staffNote).toBeNull();
    expect((await row(ids.ada)).staff_note).toBeNull();
  });

  it('takes a note of exactly the limit, counted in characters, and refuses one longer', async () => {
    // 2,000 emoji are 4,000 UTF-16 code units: the limit counts what a person counts.
    const atLimit = '🙂'.repeat(NOTE_LIMIT);
    expect((await update(ids.cy, { staffNote: atLimit })).status).toBe(200);
    const tooLong = await update(ids.cy, { staffNote: `${atLimit}x` });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
    expect(tooLong.body.error.details.errors[0].path).toEqual(['staffNote']);
  });

  it('answers 404 for a documentId no request has', async () => {
    for (const id of ['nosuchrequest0000000000a', 'count-me-not', '%20']) {
      const read = await request(cms.url, `${REQUESTS}/${id}`, { token: tokens.frontdesk });
      expect(read.status, id).toBe(404);
      expect(read.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
      const changed = await update(id, { status: 'closed' });
      expect(changed.status, id).toBe(404);
      expect(changed.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
    }
  });

  it('refuses a bad list query or change with a 400, and changes nothing', async () => {
    for (const query of ['?status=archived', '?status=all', '?page=0', '?page=abc', '?pageSize=0', '?pageSize=101']) {
      const reply = await request(cms.url, `${REQUESTS}${query}`, { token: tokens.frontdesk });
      expect(reply.status, query).toBe(400);
      expect(reply.body.error, query).toMatchObject({ status: 400, name: 'ValidationError' });
    }
    const before = await row(ids.cy);
    for (const body of [
      {},
      [],
      { status: 'archived' },
      { status: 1 },
      { status: null },
      { staffNote: 42 },
      { staffNote: 'nul \u0000 inside' },
      { status: 'closed', closedAt: '2020-01-01T00:00:00.000Z' },
      { name: 'Someone else' },
      { staffNote: 'ok', email: 'other@example.com' },
    ]) {
      const reply = await update(ids.cy, body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error, JSON.stringify(body)).toMatchObject({ status: 400, name: 'ValidationError' });
    }
    const after = await row(ids.cy);
    expect(after).toEqual(before);
  });
});

describe('no one else reaches the front desk', () => {
  const routes = (): [string, string, unknown?][] => [
    ['GET', REQUESTS],
    ['GET', `${REQUESTS}?status=contacted`],
    ['GET', REQUESTS_COUNT],
    ['GET', `${REQUESTS}/${ids.cy}`],
    ['PUT', `${REQUESTS}/${ids.cy}`, { status: 'closed', staffNote: 'not mine to write' }],
  ];

  it('without an admin token: 401 on every route, and nothing of a request in the answer', async () => {
    for (const [method, path, body] of routes()) {
      const reply = await request(cms.url, path, { method, body });
      expect(reply.status, `${method} ${path}`).toBe(401);
      expect(JSON.stringify(reply.body)).not.toContain(CY.name);
    }
    expect((await row(ids.cy)).status).toBe('new');
  });

  it('the Moderator and the Editor: 403 on every route, and the request is unchanged', async () => {
    for (const who of ['moderator', 'editor'] as const) {
      for (const [method, path, body] of routes()) {
        const reply = await request(cms.url, path, { method, body, token: tokens[who] });
        expect(reply.status, `${who}: ${method} ${path}`).toBe(403);
        expect(JSON.stringify(reply.body)).not.toContain(CY.name);
      }
    }
    expect((await row(ids.cy)).status).toBe('new');
  });

  it('the Moderator and the Editor: 403 on consultation requests in the Content Manager', async () => {
    for (const who of ['moderator', 'editor'] as const) {
      for (const [method, path] of [
        ['GET', `${CM}/${CONSULT}`],
        ['GET', `${CM}/${CONSULT}/${ids.cy}`],
        ['PUT', `${CM}/${CONSULT}/${ids.cy}`],
        ['DELETE', `${CM}/${CONSULT}/${ids.cy}`],
      ]) {
        const reply = await request(cms.url, path, { method, token: tokens[who], body: method === 'PUT' ? { status: 'closed' } : undefined });
        expect(reply.status, `${who}: ${method} ${path}`).toBe(403);
      }
    }
    expect((await row(ids.cy)).status).toBe('new');
  });
});

describe('the Front desk reaches nothing else', () => {
  it('gets 403 on the Content Manager (requests and every other type), moderation, media and settings', async () => {
    const attempts: [string, string][] = [
      ['GET', `${CM}/${CONSULT}`],
      ['GET', `${CM}/${CONSULT}/${ids.cy}`],
      ['PUT', `${CM}/${CONSULT}/${ids.cy}`],
      ['DELETE', `${CM}/${CONSULT}/${ids.cy}`],
      ['GET', `${CM}/api::article.article`],
      ['POST', `${CM}/api::article.article`],
      ['GET', `${CM}/api::comment.comment`],
      ['GET', `${CM}/api::faq-entry.faq-entry`],
      ['GET', `${CM}/api::clinician.clinician`],
      ['GET', '/content-manager/single-types/api::site-setting.site-setting'],
      ['GET', '/moderation/comments'],
      ['GET', '/moderation/comments/count'],
      ['POST', '/moderation/comments/actions/set-status'],
      ['GET', '/moderation/privacy/export?email=cy.both@example.com'],
      ['POST', '/moderation/privacy/erase'],
      ['GET', '/upload/files'],
      ['GET', '/upload/folders'],
      ['GET', '/admin/users'],
      ['GET', '/admin/roles'],
      ['GET', '/admin/api-tokens'],
      ['GET', '/admin/webhooks'],
      ['GET', '/users-permissions/roles'],
    ];
    for (const [method, path] of attempts) {
      const reply = await request(cms.url, path, {
        method,
        token: tokens.frontdesk,
        body: method === 'GET' || method === 'DELETE' ? undefined : { status: 'closed' },
      });
      expect(reply.status, `${method} ${path}`).toBe(403);
    }
    // An upload as the media library sends it, with a file: refused, not merely malformed.
    const form = new FormData();
    form.append('files', new Blob(['not allowed'], { type: 'text/plain' }), 'note.txt');
    const upload = await fetch(`${cms.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${tokens.frontdesk}` }, body: form });
    expect(upload.status).toBe(403);
    expect((await row(ids.cy)).status).toBe('new');
  });
});

describe('the Super Admin', () => {
  it('lists, reads and handles requests too', async () => {
    expect((await list('', tokens.admin)).data.map((item) => item.documentId)).toContain(ids.cy);
    const read = await request(cms.url, `${REQUESTS}/${ids.cy}`, { token: tokens.admin });
    expect(read.status).toBe(200);
    expect(read.body.data).toMatchObject({ name: CY.name, email: CY.email, phone: CY.phone });
    const changed = await update(ids.cy, { status: 'contacted' }, tokens.admin);
    expect(changed.status).toBe(200);
    expect((await row(ids.cy)).status).toBe('contacted');
    expect((await request(cms.url, REQUESTS_COUNT, { token: tokens.admin })).body).toEqual({ data: { new: 1 } });
  });
});
