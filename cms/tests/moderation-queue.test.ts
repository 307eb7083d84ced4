import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, USERS, type Cms } from './support/cms';
import { adminLogin, request } from './support/http';
import {
  COUNT,
  createComment,
  ERASE,
  EXPORT,
  QUEUE,
  SEED_ARTICLE,
  SET_STATUS,
  seededArticleId,
  sql,
} from './support/moderation';

interface Item {
  documentId: string;
  article: { documentId: string; title: string; slug: string } | null;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  createdAt: string;
  moderationStatus: string;
  excerpt: string;
  linkCount: number;
  parent: string | null;
}

let cms: Cms;
let moderator: string;
let editor: string;
let admin: string;

const MARKUP_BODY = '<b>hi</b>\n\n   <script>x</script>\tthere';
const LONG_BODY = `${'Lorem   ipsum\n\ndolor sit amet. '.repeat(20)}THE END`;
const LINKS_BODY = 'See https://one.example/a, http://two.example and www.three.example (and //four.example/x).';

const ids: Record<'markup' | 'long' | 'links', string> = { markup: '', long: '', links: '' };

async function list(query = '', token = moderator) {
  const reply = await request<{ data: Item[]; meta: { pagination: Record<string, number> } }>(
    cms.url,
    `${QUEUE}${query}`,
    { token },
  );
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

async function pendingCount() {
  const reply = await request(cms.url, COUNT, { token: moderator });
  expect(reply.status).toBe(200);
  return reply.body.data.pending as number;
}

async function statusesInDb(documentIds: string[]) {
  const rows = await cms.db.query<{ document_id: string; moderation_status: string }>(
    `SELECT document_id, moderation_status FROM comments WHERE document_id IN (${documentIds.map(sql).join(', ')})`,
  );
  return Object.fromEntries(rows.map((row) => [row.document_id, row.moderation_status]));
}

const times = (items: Item[]) => items.map((item) => Date.parse(item.createdAt));
const ascending = (values: number[]) => values.every((value, i) => i === 0 || values[i - 1] <= value);
const descending = (values: number[]) => values.every((value, i) => i === 0 || values[i - 1] >= value);

beforeAll(async () => {
  cms = await startCms();
  [moderator, editor, admin] = await Promise.all([
    adminLogin(cms.url, USERS.moderator),
    adminLogin(cms.url, USERS.editor),
    adminLogin(cms.url, USERS.admin),
  ]);
  const article = await seededArticleId(cms.url);
  // Written after the seed, so they queue behind the seeded pending comment.
  ids.markup = await createComment(cms.url, admin, article, {
    body: MARKUP_BODY,
    authorName: 'Markup Tester',
    authorEmail: 'markup.tester@example.com',
  });
  ids.long = await createComment(cms.url, admin, article, {
    body: LONG_BODY,
    authorName: 'Long Writer',
    authorEmail: 'long.writer@example.com',
  });
  ids.links = await createComment(cms.url, admin, article, {
    body: LINKS_BODY,
    authorName: 'Link Dropper',
    authorEmail: 'link.dropper@example.com',
    authorUrl: 'https://link-dropper.example',
  });
});

afterAll(async () => {
  await cms?.destroy();
});

describe('the moderation queue, as the Moderator', () => {
  it('lists pending comments by default, oldest first, with what a moderator decides on', async () => {
    const { data, meta } = await list();
    expect(data.length).toBe(4);
    expect(data.every((item) => item.moderationStatus === 'pending')).toBe(true);
    expect(ascending(times(data))).toBe(true);
    // The seeded pending comment was written first, so it is first in line.
    expect(data.map((item) => item.authorName)).toEqual([
      'Sample Visitor C',
      'Markup Tester',
      'Long Writer',
      'Link Dropper',
    ]);
    expect(meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 4 });

    const first = data[0];
    expect(first).toEqual({
      documentId: expect.any(String),
      article: { documentId: expect.any(String), title: SEED_ARTICLE.title, slug: SEED_ARTICLE.slug },
      authorName: 'Sample Visitor C',
      authorEmail: 'sample.visitor.c@example.com',
      authorUrl: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      moderationStatus: 'pending',
      excerpt: 'Is the free consult by phone or in person?',
      linkCount: 0,
      parent: null,
    });
    expect(data.find((item) => item.documentId === ids.links)?.authorUrl).toBe('https://link-dropper.example');
  });

  it('gives the excerpt as plain text: markup kept as the characters typed, whitespace collapsed', async () => {
    const { data } = await list();
    const markup = data.find((item) => item.documentId === ids.markup);
    expect(typeof markup?.excerpt).toBe('string');
    expect(markup?.excerpt).toBe('<b>hi</b> <script>x</script> there');
  });

  it('cuts long bodies to 200 characters, on one line, ending with an ellipsis', async () => {
    const { data } = await list();
    const long = data.find((item) => item.documentId === ids.long);
    const excerpt = long?.excerpt ?? '';
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(200);
    expect(Array.from(excerpt).length).toBeGreaterThan(190);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).not.toMatch(/\s{2,}|\n|\t/);
    expect(excerpt.startsWith('Lorem ipsum dolor sit amet. Lorem ipsum dolor')).toBe(true);
    expect(excerpt).not.toContain('THE END');
  });

  it('counts the links in each comment', async () => {
    const { data } = await list();
    const count = (documentId: string) => data.find((item) => item.documentId === documentId)?.linkCount;
    expect(count(ids.links)).toBe(4);
    expect(count(ids.markup)).toBe(0);
  });

  it('lists decided comments newest first, and "all" as the pending queue followed by the rest', async () => {
    const approved = (await list('?status=approved')).data;
    expect(approved.length).toBe(3);
    expect(approved.every((item) => item.moderationStatus === 'approved')).toBe(true);
    expect(descending(times(approved))).toBe(true);

    expect((await list('?status=spam')).data.map((item) => item.authorName)).toEqual(['Sample Spammer (sample)']);
    expect((await list('?status=trash')).data.map((item) => item.authorName)).toEqual(['Sample Visitor D']);

    const all = await list('?status=all');
    expect(all.meta.pagination.total).toBe(9);
    const statuses = all.data.map((item) => item.moderationStatus);
    expect(statuses.slice(0, 4)).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect(statuses.slice(4)).not.toContain('pending');
    expect(ascending(times(all.data.slice(0, 4)))).toBe(true);
    expect(descending(times(all.data.slice(4)))).toBe(true);
  });

  it('pages through the list without overlap, across the pending/decided boundary', async () => {
    const whole = (await list('?status=all&pageSize=100')).data.map((item) => item.documentId);
    const pages: string[] = [];
    for (const page of [1, 2, 3]) {
      const { data, meta } = await list(`?status=all&page=${page}&pageSize=3`);
      expect(meta.pagination).toEqual({ page, pageSize: 3, pageCount: 3, total: 9 });
      pages.push(...data.map((item) => item.documentId));
    }
    expect(pages).toEqual(whole);
    expect((await list('?status=all&page=4&pageSize=3')).data).toEqual([]);
  });

  it('shows which comment a reply answers', async () => {
    const approved = (await list('?status=approved')).data;
    const reply = approved.find((item) => item.authorName === 'Sample Clinic Team (placeholder)');
    const original = approved.find((item) => item.authorName === 'Sample Visitor A');
    expect(reply?.parent).toBe(original?.documentId);
    expect(original?.parent).toBeNull();
  });

  it('counts pending comments for the menu badge', async () => {
    const reply = await request(cms.url, COUNT, { token: moderator });
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ data: { pending: 4 } });
  });

  it('approves, spams, trashes and restores several comments at once', async () => {
    const chosen = [ids.markup, ids.long];
    const before = await pendingCount();

    const setAll = async (status: string) => {
      const reply = await request(cms.url, SET_STATUS, { method: 'POST', token: moderator, body: { documentIds: chosen, status } });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      expect(reply.body.data).toEqual({ status, documentIds: chosen, updated: 2 });
      expect(await statusesInDb(chosen)).toEqual({ [ids.markup]: status, [ids.long]: status });
    };

    await setAll('approved');
    expect(await pendingCount()).toBe(before - 2);
    const approved = (await list('?status=approved')).data.map((item) => item.documentId);
    expect(approved).toEqual(expect.arrayContaining(chosen));
    expect((await list()).data.map((item) => item.documentId)).not.toContain(ids.markup);

    await setAll('spam');
    expect((await list('?status=spam')).data.map((item) => item.documentId)).toEqual(expect.arrayContaining(chosen));
    await setAll('trash');
    expect((await list('?status=trash')).data.map((item) => item.documentId)).toEqual(expect.arrayContaining(chosen));

    // Restore: back into the queue, in the place their age gives them.
    await setAll('pending');
    expect(await pendingCount()).toBe(before);
    expect((await list()).data.map((item) => item.authorName)).toEqual([
      'Sample Visitor C',
      'Markup Tester',
      'Long Writer',
      'Link Dropper',
    ]);
  });

  it('changes only the moderation status', async () => {
    const [row] = await cms.db.query<{ body: string; author_email: string }>(
      `SELECT body, author_email FROM comments WHERE document_id = ${sql(ids.markup)}`,
    );
    expect(row.body).toBe(MARKUP_BODY);
    expect(row.author_email).toBe('markup.tester@example.com');
  });

  it('refuses bad input with a 400 in Strapi’s error shape, and changes nothing', async () => {
    const known = ids.links;
    const tooMany = Array.from({ length: 101 }, (_, i) => `id${i}`);
    const bodies: unknown[] = [
      { documentIds: [known], status: 'deleted' },
      { documentIds: [known], status: 'APPROVED' },
      { documentIds: [known] },
      { documentIds: [], status: 'approved' },
      { documentIds: known, status: 'approved' },
      { documentIds: [42], status: 'approved' },
      { documentIds: ['../../admin'], status: 'approved' },
      { documentIds: tooMany, status: 'approved' },
      { documentIds: [known, 'doesnotexist000000000000'], status: 'approved' },
      { documentIds: [known], status: 'approved', moderatedBy: 'someone' },
      [known],
    ];
    for (const body of bodies) {
      const reply = await request(cms.url, SET_STATUS, { method: 'POST', token: moderator, body });
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.data, JSON.stringify(body)).toBeNull();
      expect(reply.body.error, JSON.stringify(body)).toMatchObject({
        status: 400,
        name: 'ValidationError',
        message: expect.any(String),
        details: { errors: expect.any(Array) },
      });
    }
    // The unknown id named its position, and the known comment next to it was left alone.
    const mixed = await request(cms.url, SET_STATUS, {
      method: 'POST',
      token: moderator,
      body: { documentIds: [known, 'doesnotexist000000000000'], status: 'spam' },
    });
    expect(mixed.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['documentIds', '1'] }),
    ]);
    expect(await statusesInDb([known])).toEqual({ [known]: 'pending' });

    for (const query of ['?status=deleted', '?status=', '?page=0', '?page=1.5', '?pageSize=101', '?pageSize=abc']) {
      const reply = await request(cms.url, `${QUEUE}${query}`, { token: moderator });
      expect(reply.status, query).toBe(400);
      expect(reply.body.error.name, query).toBe('ValidationError');
    }
  });

  it('may not export or erase personal data', async () => {
    const exported = await request(cms.url, `${EXPORT}?email=sample.visitor.c@example.com`, { token: moderator });
    expect(exported.status).toBe(403);
    const erased = await request(cms.url, ERASE, {
      method: 'POST',
      token: moderator,
      body: { email: 'sample.visitor.c@example.com', removeText: true },
    });
    expect(erased.status).toBe(403);
    const [row] = await cms.db.query<{ author_name: string }>(
      "SELECT author_name FROM comments WHERE author_email = 'sample.visitor.c@example.com'",
    );
    expect(row.author_name).toBe('Sample Visitor C');
  });

  it('holds the read and moderate actions, not the privacy action', async () => {
    const reply = await request(cms.url, '/admin/users/me/permissions', { token: moderator });
    const actions = (reply.body.data as { action: string }[]).map((p) => p.action);
    expect(actions).toEqual(expect.arrayContaining(['plugin::moderation.read', 'plugin::moderation.moderate']));
    expect(actions).not.toContain('plugin::moderation.privacy');
  });
});

describe('who else reaches the moderation routes', () => {
  const routes: [string, string, unknown?][] = [
    ['GET', QUEUE],
    ['GET', COUNT],
    ['POST', SET_STATUS, { documentIds: ['x'], status: 'approved' }],
    ['GET', `${EXPORT}?email=sample.visitor.c@example.com`],
    ['POST', ERASE, { email: 'sample.visitor.c@example.com', removeText: false }],
  ];

  it('the Editor gets 403 on every route: editors write articles, moderators moderate', async () => {
    for (const [method, path, body] of routes) {
      const reply = await request(cms.url, path, { method, token: editor, body });
      expect(reply.status, `${method} ${path}`).toBe(403);
    }
  });

  it('a visitor without an admin token gets 401 on every route', async () => {
    for (const [method, path, body] of routes) {
      const reply = await request(cms.url, path, { method, body });
      expect(reply.status, `${method} ${path}`).toBe(401);
    }
  });

  it('the Super Admin holds every moderation action', async () => {
    const reply = await request(cms.url, '/admin/users/me/permissions', { token: admin });
    const actions = (reply.body.data as { action: string }[]).map((p) => p.action);
    expect(actions).toEqual(
      expect.arrayContaining(['plugin::moderation.read', 'plugin::moderation.moderate', 'plugin::moderation.privacy']),
    );
  });
});
