/** Helpers for the comment API tests: a visitor posting comments, and staff setting things up. */
import { randomBytes } from 'node:crypto';
import { TEST_DB, type Cms } from './cms';
import { CM, request, type Reply } from './http';

export const COMMENT = 'api::comment.comment';
export const ARTICLE = 'api::article.article';
export const SITE_SETTING = 'api::site-setting.site-setting';
export const SEEDED_SLUG = 'what-is-ketamine-treatment';
export const HONEYPOT = 'homepage';

/** The keys a public comment has, in every answer. */
export const PUBLIC_KEYS = ['authorName', 'authorUrl', 'body', 'createdAt', 'documentId', 'parent'].sort();

export const unique = (label = 'c') => `${label}-${randomBytes(6).toString('hex')}`;

/** SQL string literal. */
export const sql = (value: string) => `'${value.replace(/'/g, "''")}'`;

export async function articleId(cms: Cms, slug = SEEDED_SLUG): Promise<string> {
  const reply = await request(cms.url, `/api/articles?filters[slug][$eq]=${slug}&fields[0]=title`);
  const id = reply.body?.data?.[0]?.documentId;
  if (!id) throw new Error(`No published article ${slug}: ${JSON.stringify(reply.body)}`);
  return id;
}

export async function formToken(cms: Cms): Promise<string> {
  const reply = await request(cms.url, '/api/comments/form-token');
  if (reply.status !== 200) throw new Error(`form-token answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body.data.token;
}

/** A valid comment from a new author, with the given fields replacing the defaults. */
export function commentFields(article: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = unique('author');
  return {
    article,
    authorName: `Visitor ${id}`,
    authorEmail: `${id}@example.com`,
    body: `A question from ${id}: how long does an infusion take?`,
    ...overrides,
  };
}

export interface PostOptions {
  headers?: Record<string, string>;
  /** Defaults to a fresh token from the API; pass a string to send that one, null to send none. */
  formToken?: string | null;
}

/** POST /api/comments as a visitor: `{ data: { ...fields, formToken } }`. */
export async function postComment(cms: Cms, fields: Record<string, unknown>, options: PostOptions = {}): Promise<Reply<any>> {
  const token = options.formToken === undefined ? await formToken(cms) : options.formToken;
  const data = token === null ? fields : { ...fields, formToken: token };
  return request(cms.url, '/api/comments', { method: 'POST', body: { data }, headers: options.headers });
}

/** POST /api/comments with a body and Content-Type of the test's choosing. */
export async function postRaw(
  cms: Cms,
  body: string | Buffer | FormData | URLSearchParams | undefined,
  headers: Record<string, string> = {},
): Promise<Reply<any>> {
  const response = await fetch(`${cms.url}/api/comments`, {
    method: 'POST',
    headers: { Accept: 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, body: parsed };
}

export interface CommentRow {
  id: number;
  document_id: string;
  body: string;
  author_name: string;
  author_email: string;
  author_url: string | null;
  moderation_status: string;
  client_ip_hash: string | null;
  user_agent: string | null;
  created_at: unknown;
  published_at: unknown;
  [column: string]: unknown;
}

/** Every stored row of a comment, read below the API. */
export async function commentRows(cms: Cms, where: string): Promise<CommentRow[]> {
  return cms.db.query<CommentRow>(`SELECT * FROM comments WHERE ${where} ORDER BY id`);
}

export async function commentRow(cms: Cms, documentId: string): Promise<CommentRow> {
  const rows = await commentRows(cms, `document_id = ${sql(documentId)}`);
  if (rows.length !== 1) throw new Error(`Expected one row for comment ${documentId}, found ${rows.length}`);
  return rows[0];
}

/** Sets a comment's moderation state as a moderator does, in the Content Manager. */
export async function moderate(cms: Cms, token: string, documentId: string, moderationStatus: string) {
  const reply = await request(cms.url, `${CM}/${COMMENT}/${documentId}`, { method: 'PUT', token, body: { moderationStatus } });
  if (reply.status !== 200) throw new Error(`Moderation failed: ${reply.status} ${JSON.stringify(reply.body)}`);
}

/** Posts a comment and approves it: a visible comment to reply to. */
export async function approvedComment(
  cms: Cms,
  moderatorToken: string,
  fields: Record<string, unknown>,
): Promise<string> {
  const reply = await postComment(cms, fields);
  if (reply.status !== 201) throw new Error(`Comment refused: ${reply.status} ${JSON.stringify(reply.body)}`);
  await moderate(cms, moderatorToken, reply.body.data.documentId, 'approved');
  return reply.body.data.documentId;
}

const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** Creates an article in the Content Manager as an editor; published (with a medical reviewer) unless told not to. */
export async function createArticle(
  cms: Cms,
  editorToken: string,
  { commentsOpen = true, publish = true }: { commentsOpen?: boolean; publish?: boolean } = {},
): Promise<string> {
  const slug = unique('article');
  const clinicians = await request(cms.url, '/api/clinicians?fields[0]=name');
  const reviewer = clinicians.body.data[0].documentId;
  const created = await request(cms.url, `${CM}/${ARTICLE}`, {
    method: 'POST',
    token: editorToken,
    body: {
      title: `Test article ${slug}`,
      slug,
      excerpt: 'An article made by a test.',
      body: blocks('Test text.'),
      commentsOpen,
      lastReviewedAt: '2026-01-15',
      medicalReviewer: { connect: [{ documentId: reviewer }] },
    },
  });
  if (created.status !== 201) throw new Error(`Article not created: ${created.status} ${JSON.stringify(created.body)}`);
  const { documentId } = created.body.data;
  if (publish) {
    const published = await request(cms.url, `${CM}/${ARTICLE}/${documentId}/actions/publish`, {
      method: 'POST',
      token: editorToken,
      body: {},
    });
    if (published.status !== 200) throw new Error(`Article not published: ${published.status} ${JSON.stringify(published.body)}`);
  }
  return documentId;
}

/** Moves a published article's publication date `days` back, which the API cannot do. */
export async function backdatePublication(cms: Cms, documentId: string, days: number) {
  const value =
    TEST_DB === 'postgres'
      ? `NOW() - INTERVAL '${days} days'`
      : `(CAST(strftime('%s', 'now') AS INTEGER) - ${days} * 86400) * 1000`;
  await cms.db.execute(
    `UPDATE articles SET published_at = ${value} WHERE document_id = ${sql(documentId)} AND published_at IS NOT NULL`,
  );
}

/** Changes the site settings (comment moderation options) as an editor. */
export async function updateSettings(cms: Cms, editorToken: string, data: Record<string, unknown>) {
  const reply = await request(cms.url, `/content-manager/single-types/${SITE_SETTING}`, {
    method: 'PUT',
    token: editorToken,
    body: data,
  });
  if (reply.status !== 200) throw new Error(`Settings not saved: ${reply.status} ${JSON.stringify(reply.body)}`);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
