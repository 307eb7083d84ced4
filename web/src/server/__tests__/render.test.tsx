import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readServerState, serializeForScript, type ServerState } from '@/lib/server-state';
import { renderPage, type RenderResult } from '@/server/render';
import { createTemplate, stylesheetsOf } from '@/server/template';
import { articleFixture, siteSettingsFixture } from '@/testing/fixtures';
import { articleHandlers, CONSULT_FORM_TOKEN, siteSettingsHandlers } from '@/testing/handlers';
import { hydratePage } from '@/testing/hydrate';
import { server } from '@/testing/server';
import { recordRequests } from '@/testing/test-utils';

const INDEX_HTML = `<!doctype html><html lang="en"><head><title>Ketamine Clinic</title><script src="/config.js" defer></script></head><body><div id="root"></div></body></html>`;
const template = createTemplate(INDEX_HTML);
const articlePath = `/articles/${articleFixture.slug}`;

const render = (path: string) => renderPage(new Request(new URL(path, window.location.origin)));

function expectPage(result: RenderResult): asserts result is Extract<RenderResult, { kind: 'page' }> {
  expect(result.kind).toBe('page');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the page renderer', () => {
  it('renders the article with its content, its head elements and the data to hydrate from', async () => {
    const result = await render(articlePath);

    expectPage(result);
    expect(result.status).toBe(200);
    expect(result.head).toContain(`<title>${articleFixture.seo?.metaTitle ?? articleFixture.title}</title>`);
    expect(result.head).toContain(`<link rel="canonical" href="${window.location.origin}${articlePath}"/>`);
    expect(result.root).toContain(`<h1>${articleFixture.title}</h1>`);
    expect(result.root).toContain(siteSettingsFixture.phone);

    const page = new DOMParser().parseFromString(template.page(result), 'text/html');
    expect(page.querySelectorAll('title')).toHaveLength(1);
    const state = readServerState(page);
    const cached = state?.queries.queries.map((query) => query.state.data);
    expect(cached).toContainEqual(expect.objectContaining({ slug: articleFixture.slug, title: articleFixture.title }));
  });

  it.each([
    ['just rendered', 0],
    // From the page cache: rendered an hour ago, and still current (the cache is never stale).
    ['rendered an hour ago', 3_600_000],
  ])('hands the browser markup that hydrates without a mismatch and without fetching the page again (%s)', async (_name, age) => {
    const result = await render(articlePath);
    expectPage(result);
    const rendered = JSON.parse(result.state) as ServerState;
    rendered.queries.queries.forEach((query) => (query.state.dataUpdatedAt -= age));
    const requests = recordRequests();
    const { onRecoverableError, consoleError, unmount } = await hydratePage(template.page({ ...result, state: serializeForScript(rendered) }), articlePath);

    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: articleFixture.title })).toBeInTheDocument();
    expect(requests.map((url) => url.pathname)).not.toContain('/api/articles');
    expect(requests.map((url) => url.pathname)).not.toContain('/api/site-setting');
    expect(document.querySelectorAll('title')).toHaveLength(1);
    unmount();
  });

  it('puts the module preloads after the entry script, so the entry is requested first', () => {
    const index = INDEX_HTML.replace('</head>', '<script type="module" src="/assets/index-1.js"></script></head>');
    const page = createTemplate(index).page({ head: '', root: '', state: '{}', preloads: '<link rel="modulepreload" href="/assets/a.js">' });
    expect(page.indexOf('/assets/a.js')).toBeGreaterThan(page.indexOf('/assets/index-1.js'));
    expect(page.indexOf('/assets/a.js')).toBeLessThan(page.indexOf('</head>'));
  });

  it('keeps a $ in the content as it is', () => {
    expect(template.page({ head: '<title>$& $1</title>', root: '<p>$$</p>', state: '{}' })).toContain('<title>$& $1</title>');
  });

  it('renders the consultation request form without a form token: the cached page holds nothing of one visitor', async () => {
    const requests = recordRequests();
    const result = await render('/consult');

    expectPage(result);
    expect(result.status).toBe(200);
    expect(result.root).toContain('Request a consultation');
    expect(result.root).toContain('Send request');
    expect(requests.map((url) => url.pathname)).not.toContain('/api/consult-requests/form-token');
    const page = template.page(result);
    expect(page).not.toContain(CONSULT_FORM_TOKEN);
    const cached = readServerState(new DOMParser().parseFromString(page, 'text/html'))?.queries.queries.map((query) => query.queryKey[0]);
    expect(cached).toContain('site-settings');
    expect(cached).not.toContain('consult-requests');
  });

  it('answers 404 for an unknown path, with the not-found page rendered', async () => {
    const result = await render('/no-such-page');

    expectPage(result);
    expect(result.status).toBe(404);
    expect(result.root).toContain('Page not found');
  });

  it('leaves an unknown article to the browser, with a 404', async () => {
    server.use(articleHandlers.empty);

    expect(await render('/articles/no-such-article')).toMatchObject({ kind: 'shell', status: 404 });
  });

  it('leaves the page to the browser (its error view and retry), with a 503, when the CMS fails', async () => {
    server.use(siteSettingsHandlers.serverError);

    expect(await render(articlePath)).toMatchObject({ kind: 'shell', status: 503 });
  });

  it('inlines the stylesheet into rendered pages, so they paint without waiting for it; the shell links it', () => {
    const index = INDEX_HTML.replace('</head>', '<link rel="stylesheet" crossorigin href="/assets/index-abc.css"></head>');
    expect(stylesheetsOf(index)).toEqual(['/assets/index-abc.css']);
    const withCss = createTemplate(index, new Map([['/assets/index-abc.css', 'body{color:#111}']]));

    const page = withCss.page({ head: '<title>T</title>', root: '<p>x</p>', state: '{}' });
    expect(page).toContain('<style>body{color:#111}</style>');
    expect(page).not.toContain('index-abc.css');
    expect(withCss.shell).toContain('<link rel="stylesheet" crossorigin href="/assets/index-abc.css">');
  });

  it('refuses a template that is not the built index.html', () => {
    expect(() => createTemplate('<html><body></body></html>')).toThrow(/index\.html must contain/);
  });
});
