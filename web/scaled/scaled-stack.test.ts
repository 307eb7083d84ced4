/**
 * The site run as two CMS processes and two page renderers behind nginx, on one PostgreSQL
 * database and one Redis (scripts/stack.mjs with STACK_INSTANCES=2 STACK_DATABASE=postgres,
 * set by vitest.scaled.config.ts): every process serves the same content, a publish through
 * one is what the other serves next, and stopping a CMS process loses no comment a visitor
 * was told was stored.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack } from '../scripts/stack.mjs';

type Stack = Awaited<ReturnType<typeof startStack>>;

interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** The parts of the answers that these tests read. */
type Data<T> = { data: T };
type Article = { documentId: string; title: string };
type Comment = { documentId: string; body: string };

const CM = '/content-manager/collection-types';
const ARTICLE = 'api::article.article';
const COMMENT = 'api::comment.comment';
const SLUG = 'what-is-ketamine-treatment';

/** The answer nginx gives when no CMS process can answer, the CMS's own 503. */
const UNAVAILABLE = {
  data: null,
  error: {
    status: 503,
    name: 'ServiceUnavailableError',
    message: 'The service is temporarily unavailable, please try again.',
    details: {},
  },
};

async function request<T = unknown>(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body: body as T };
}

async function adminLogin(base: string, account: { email: string; password: string }): Promise<string> {
  const reply = await request<Data<{ token: string }>>(base, '/admin/login', { method: 'POST', body: account });
  if (reply.status !== 200) throw new Error(`Admin login failed for ${account.email}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body.data.token;
}

async function publishedArticle(base: string): Promise<Article> {
  const reply = await request<Data<Article[]>>(base, `/api/articles?filters[slug][$eq]=${SLUG}&fields[0]=title`);
  expect(reply.status).toBe(200);
  const [article] = reply.body.data;
  if (!article) throw new Error(`No published article ${SLUG} on ${base}`);
  return article;
}

/** Resolves once the process is gone (it was sent SIGTERM); the CMS is given 30 s to finish. */
async function exited(pid: number): Promise<void> {
  for (let attempt = 0; attempt < 120; attempt += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`CMS process ${pid} did not exit after SIGTERM`);
}

let stack: Stack;
let first: string;
let second: string;

beforeAll(async () => {
  stack = await startStack();
  [first = '', second = ''] = stack.cmsUrls;
});

afterAll(async () => {
  await stack?.stop();
});

describe('two CMS processes and two page renderers behind nginx', () => {
  it('starts two CMS processes on one database, each answering on its own address and through nginx', async () => {
    expect(stack.cmsUrls).toHaveLength(2);
    expect(stack.cmsPids).toHaveLength(2);
    expect(new Set(stack.cmsPids).size).toBe(2);
    for (const url of stack.cmsUrls) {
      expect((await request(url, '/_health')).status).toBe(204);
      expect((await publishedArticle(url)).documentId).toBeTruthy();
    }
    // The balanced address is nginx's, none of the processes' own.
    expect(stack.cmsUrls).not.toContain(stack.cmsUrl);
    expect((await publishedArticle(stack.cmsUrl)).documentId).toBe((await publishedArticle(first)).documentId);
    const throughSite = await request(stack.webUrl, `/api/articles?filters[slug][$eq]=${SLUG}&fields[0]=title`);
    expect(throughSite.status).toBe(200);
    expect((await request(stack.webUrl, '/')).status).toBe(200);
  });

  it('serves a title published through one CMS process from the other at the next request, and on the page through nginx', async () => {
    const token = await adminLogin(first, stack.accounts.editor);
    const { documentId } = await publishedArticle(first);
    const title = `Ketamine treatment explained ${randomBytes(4).toString('hex')}`;

    const saved = await request(first, `${CM}/${ARTICLE}/${documentId}`, { method: 'PUT', token, body: { title } });
    expect(saved.status).toBe(200);
    const published = await request(first, `${CM}/${ARTICLE}/${documentId}/actions/publish`, { method: 'POST', token, body: { title } });
    expect(published.status).toBe(200);

    expect((await publishedArticle(second)).title).toBe(title);
    expect((await publishedArticle(stack.cmsUrl)).title).toBe(title);
    const page = await fetch(`${stack.webUrl}/articles/${SLUG}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(title);
  });

  it('answers every comment of a burst with 201 or a clean 503 while a CMS process is stopped, and stores every 201', async () => {
    const { documentId: article } = await publishedArticle(stack.webUrl);
    const formToken = (await request<Data<{ token: string }>>(stack.webUrl, '/api/comments/form-token')).body.data.token;
    const post = (index: number) => {
      const author = `scaled-${index}-${randomBytes(4).toString('hex')}`;
      return request<Data<Comment>>(stack.webUrl, '/api/comments', {
        method: 'POST',
        body: {
          data: {
            article,
            authorName: `Visitor ${author}`,
            authorEmail: `${author}@example.com`,
            body: `Question ${author}: how many sessions are usual?`,
            formToken,
            homepage: '',
          },
        },
      });
    };

    // Four visitors at a time, 48 comments; the second CMS process gets SIGTERM once the
    // first eight have been answered, while the others are in flight.
    const replies: Reply<Data<Comment>>[] = [];
    const victim = stack.cmsPids[1] ?? 0;
    let next = 0;
    const visitor = async () => {
      while (next < 48) {
        const index = next;
        next += 1;
        replies.push(await post(index));
        if (replies.length === 8) process.kill(victim, 'SIGTERM');
      }
    };
    await Promise.all([visitor(), visitor(), visitor(), visitor()]);
    await exited(victim);

    const statuses = replies.map((reply) => reply.status);
    expect(statuses.filter((status) => status !== 201 && status !== 503), statuses.join(' ')).toEqual([]);
    for (const reply of replies.filter((r) => r.status === 503)) {
      expect(reply.body).toEqual(UNAVAILABLE);
      expect(Number(reply.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const stored = replies.filter((reply) => reply.status === 201);
    expect(stored.length).toBeGreaterThan(0);

    // Read back as the admin through the process that kept running.
    const token = await adminLogin(first, stack.accounts.admin);
    for (const { body: created } of stored) {
      const comment = await request<Data<Comment>>(first, `${CM}/${COMMENT}/${created.data.documentId}`, { token });
      expect(comment.status, created.data.documentId).toBe(200);
      expect(comment.body.data.body).toBe(created.data.body);
    }

    // The site keeps answering, through nginx, on the process that is left.
    expect((await request(stack.webUrl, '/')).status).toBe(200);
    expect((await request(stack.webUrl, '/api/articles')).status).toBe(200);
    expect((await request(stack.cmsUrl, '/api/articles')).status).toBe(200);
  });
});
