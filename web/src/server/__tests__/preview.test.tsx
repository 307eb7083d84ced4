import { createPreviewUrl, previewApiKey, type PreviewTarget } from '@clinic/rules';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { act } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readServerState } from '@/lib/server-state';
import { createPreviewRenderer, type PreviewAnswer } from '@/server/preview';
import { renderPage } from '@/server/render';
import { createTemplate } from '@/server/template';
import { articleFixture } from '@/testing/fixtures';
import { cmsApi } from '@/testing/handlers';
import { hydratePage } from '@/testing/hydrate';
import { server } from '@/testing/server';

const SECRET = 'a-preview-secret-for-the-renderer-tests';
const site = window.location.origin;
const articlePath = `/articles/${articleFixture.slug}`;
const renderPreview = createPreviewRenderer({ secret: SECRET, siteUrl: site });
const template = createTemplate('<!doctype html><html lang="en"><head><title>T</title></head><body><div id="root"></div></body></html>');

const draft = {
  ...articleFixture,
  title: 'Draft title the editor is writing',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Draft body, not reviewed yet.' }] }],
  relatedTreatments: articleFixture.relatedTreatments.map((treatment) => ({ ...treatment, name: `${treatment.name} (draft)` })),
};

let authorization: string;
/** Every request the renderer sent the CMS: path, status parameter, credentials. */
let sent: { path: string; status: string | null; authorized: boolean }[];
let reviewed = { medicalReviewer: { name: 'Sample Medical Reviewer' } as { name: string } | null, lastReviewedAt: '2026-11-01' as string | null };

beforeAll(async () => {
  authorization = `Bearer ${await previewApiKey(SECRET)}`;
});

beforeEach(() => {
  sent = [];
  reviewed = { medicalReviewer: { name: 'Sample Medical Reviewer' }, lastReviewedAt: '2026-11-01' };
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    sent.push({ path: url.pathname, status: url.searchParams.get('status'), authorized: request.headers.get('authorization') === authorization });
  });
  // The CMS as the renderer meets it: drafts only for the preview token, asked with status=draft.
  const drafts = (request: Request) => request.headers.get('authorization') === authorization && new URL(request.url).searchParams.get('status') === 'draft';
  server.use(
    http.get(cmsApi('/articles/:documentId'), ({ request, params }) => {
      if (request.headers.get('authorization') !== authorization) return HttpResponse.json({ data: null, error: { status: 403 } }, { status: 403 });
      if (params.documentId !== articleFixture.documentId) return HttpResponse.json({ data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } }, { status: 404 });
      return HttpResponse.json({ data: { slug: articleFixture.slug, updatedAt: '2026-11-30T09:15:00.000Z', ...reviewed }, meta: {} });
    }),
    http.get(cmsApi('/articles'), ({ request }) => HttpResponse.json({ data: [drafts(request) ? draft : articleFixture], meta: {} })),
  );
});

afterEach(() => {
  server.events.removeAllListeners();
  vi.unstubAllGlobals();
});

const link = (target: Partial<PreviewTarget> = {}, options: { now?: number; ttlSeconds?: number } = {}) =>
  createPreviewUrl(site, { type: 'article', documentId: articleFixture.documentId, status: 'draft', ...target }, { secret: SECRET, ...options });

async function preview(url: string): Promise<PreviewAnswer & { root: string }> {
  const answer = await renderPreview(new URL(url));
  if (answer.result.kind !== 'page') throw new Error(`no page: ${JSON.stringify(answer)}`);
  return { ...answer, root: answer.result.root };
}

describe('a preview render', () => {
  it('shows the draft of the article and of what it relates to, with the banner; the public page stays published', async () => {
    const { status, root } = await preview(await link());
    expect(status).toBe(200);
    expect(root).toContain(`<h1>${draft.title}</h1>`);
    expect(root).toContain('Draft body, not reviewed yet.');
    expect(root).toContain(`${articleFixture.relatedTreatments[0]?.name} (draft)`);
    expect(root).toContain('Preview — not published');
    expect(root).toContain('Last saved <time dateTime="2026-11-30T09:15:00.000Z">November 30, 2026 at 9:15 AM UTC</time>');
    expect(root).toContain('Ready for publishing');

    const publicPage = await renderPage(new Request(new URL(articlePath, site)));
    if (publicPage.kind !== 'page') throw new Error('no public page');
    expect(publicPage.root).toContain(`<h1>${articleFixture.title}</h1>`);
    expect(publicPage.root).not.toContain(draft.title);
    expect(publicPage.root).not.toContain('Preview —');
  });

  it('reads the page content with the preview token, drafts where the type has them, and the comments as a visitor', async () => {
    await preview(await link());
    const articles = sent.filter((request) => request.path === '/api/articles');
    expect(articles).toEqual([{ path: '/api/articles', status: 'draft', authorized: true }]);
    expect(sent.find((request) => request.path === '/api/site-setting')).toEqual({ path: '/api/site-setting', status: null, authorized: true });
    const comments = sent.filter((request) => request.path.startsWith('/api/comments'));
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.every((request) => !request.authorized)).toBe(true);

    sent.length = 0;
    await renderPage(new Request(new URL(articlePath, site)));
    expect(sent.some((request) => request.authorized || request.status !== null)).toBe(false);
  });

  it('says what keeps an article from being published, by the same rule as the CMS', async () => {
    reviewed = { medicalReviewer: null, lastReviewedAt: null };
    const { root } = await preview(await link());
    expect(root).toContain('Cannot be published yet: no medical reviewer, no last-reviewed date');
    expect(root).not.toContain('Ready for publishing');
  });

  it('shows the published version when asked for it, and says so', async () => {
    const { root } = await preview(await link({ status: 'published' }));
    expect(root).toContain('Preview — published version');
    expect(root).toContain(`<h1>${articleFixture.title}</h1>`);
    expect(sent.some((request) => request.status === 'draft')).toBe(false);
  });

  it.each([
    ['expired', () => link({}, { ttlSeconds: 60, now: Date.now() - 61_000 })],
    ['forged', async () => (await link()).replace(/token=[^&]+/, 'token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')],
    ['for another document', async () => (await link()).replace(`documentId=${articleFixture.documentId}`, 'documentId=another-document')],
    ['without a token', async () => (await link()).replace(/&token=[^&]+/, '')],
  ])('refuses a link %s with the 401 page, without reading any draft', async (_name, make) => {
    const { status, root } = await preview(await make());
    expect(status).toBe(401);
    expect(root).toContain('This preview link cannot be opened');
    expect(root).not.toContain(draft.title);
    expect(sent.some((request) => request.authorized)).toBe(false);
  });

  it('answers 404 for a document that no longer exists', async () => {
    const { status, root } = await preview(await link({ documentId: 'deleted-document' }));
    expect(status).toBe(404);
    expect(root).toContain('This preview link cannot be opened');
  });
});

describe('a preview page in the browser', () => {
  it('hydrates at the previewed page from the draft, and never refetches it from the public API', async () => {
    const url = await link();
    const { result } = await renderPreview(new URL(url));
    if (result.kind !== 'page') throw new Error('no page');
    const html = template.page(result);
    expect(readServerState(new DOMParser().parseFromString(html, 'text/html'))?.preview).toMatchObject({ path: articlePath, status: 'draft' });
    sent.length = 0;
    const { onRecoverableError, consoleError, unmount } = await hydratePage(html, new URL(url).pathname + new URL(url).search);
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: draft.title })).toBeInTheDocument();
    expect(screen.getByText('Preview — not published')).toBeInTheDocument();
    expect(sent.filter((request) => request.path === '/api/articles' || request.path === '/api/site-setting')).toEqual([]);
    unmount();
  });
});
