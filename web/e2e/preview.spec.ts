// Editors preview a draft on the real site from the admin: the admin's preview panel shows the
// page rendered from the draft, with the preview banner; the public page keeps the published
// version; the link stops working for anyone once it has expired (the global setup runs the
// stack with a short PREVIEW_TTL_SECONDS).
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Browser } from '@playwright/test';
import { formatViolations, WCAG_TAGS } from './support/axe';
import { adminToken } from './support/admin';
import type { E2eStack } from './support/stack';
import { ONCE, expect, test } from './support/test';

const SLUG = 'what-is-ketamine-treatment';
const ARTICLE_UID = 'api::article.article';

const editorToken = (request: APIRequestContext, stack: E2eStack) => adminToken(request, stack, 'editor');

async function articleDocumentId(request: APIRequestContext, stack: E2eStack) {
  const reply = await request.get(`${stack.cmsUrl}/api/articles?filters[slug][$eq]=${SLUG}&fields[0]=title`);
  return ((await reply.json()) as { data: { documentId: string }[] }).data[0]?.documentId ?? '';
}

async function loggedInAdmin(browser: Browser, stack: E2eStack) {
  const admin = await (await browser.newContext({ baseURL: stack.cmsUrl })).newPage();
  await admin.goto('/admin/auth/login');
  await admin.getByLabel(/email/i).fill(stack.accounts.editor.email);
  await admin.getByLabel(/^password/i).fill(stack.accounts.editor.password);
  await admin.getByRole('button', { name: /log ?in/i }).click();
  await admin.waitForURL(/\/admin\/?$/);
  return admin;
}

test(`an editor previews a draft from the admin, and the link expires for everyone ${ONCE}`, async ({ browser, request, stack }) => {
  test.setTimeout(180_000);
  const documentId = await articleDocumentId(request, stack);
  const draftTitle = `Draft title for preview ${Date.now()}`;
  const token = await editorToken(request, stack);
  try {
    // The editor changes the article's title in the admin, saves the draft and opens the preview.
    const admin = await loggedInAdmin(browser, stack);
    await admin.goto(`/admin/content-manager/collection-types/${ARTICLE_UID}/${documentId}`);
    await admin.getByLabel(/^title/i).fill(draftTitle);
    await admin.getByRole('button', { name: /^save$/i }).click();
    await expect(admin.getByRole('button', { name: /^save$/i })).toBeDisabled();
    await admin.getByRole('link', { name: /open preview/i }).click();

    // The preview panel shows the site's page, rendered from the draft, with the banner.
    const panel = admin.locator('iframe[title="Preview"]');
    const frame = panel.contentFrame();
    await expect(frame.getByRole('heading', { level: 1, name: draftTitle })).toBeVisible();
    await expect(frame.getByText('Preview — not published')).toBeVisible();
    await expect(frame.getByText('Ready for publishing')).toBeVisible();
    const link = (await panel.getAttribute('src')) ?? '';
    expect(new URL(link).origin).toBe(stack.webUrl);
    const expires = Number(new URL(link).searchParams.get('expires')) * 1000;
    expect(expires - Date.now(), 'the stack must run with a short PREVIEW_TTL_SECONDS (see e2e/global-setup.ts)').toBeLessThan(120_000);

    // Visitors still get the published article.
    const visitor = await (await browser.newContext({ baseURL: stack.webUrl })).newPage();
    await visitor.goto(`/articles/${SLUG}`);
    await expect(visitor.getByRole('heading', { level: 1 })).not.toHaveText(draftTitle);

    // Opened in a tab of its own, the preview hydrates and stays the draft: it never asks the
    // public API for the article again, not even when the tab regains focus. It passes axe.
    const tab = await (await browser.newContext()).newPage();
    const articleReads: string[] = [];
    tab.on('request', (sent) => {
      if (new URL(sent.url()).pathname.startsWith('/api/articles')) articleReads.push(sent.url());
    });
    const answer = await tab.goto(link);
    expect(answer?.status()).toBe(200);
    expect(answer?.headers()['cache-control']).toBe('private, no-store');
    await tab.waitForLoadState('networkidle');
    await tab.evaluate(() => {
      window.dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await tab.waitForLoadState('networkidle');
    await expect(tab.getByRole('heading', { level: 1, name: draftTitle })).toBeVisible();
    expect(articleReads).toEqual([]);
    const { violations } = await new AxeBuilder({ page: tab }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((violation) => violation.id), formatViolations(violations)).toEqual([]);

    // Once the link has expired, a browser without any session gets the 401 page and no draft.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, expires - Date.now()) + 1500));
    const stranger = await (await browser.newContext()).newPage();
    const expired = await stranger.goto(link);
    expect(expired?.status()).toBe(401);
    await expect(stranger.getByRole('heading', { level: 1, name: 'This preview link cannot be opened' })).toBeVisible();
    await expect(stranger.getByText(draftTitle)).toHaveCount(0);
  } finally {
    // The other specs read the published article: leave no draft change behind.
    await request.post(`${stack.cmsUrl}/content-manager/collection-types/${ARTICLE_UID}/${documentId}/actions/discard`, {
      headers: { Authorization: `Bearer ${token}` },
    });
  }
});

test(`a preview link that is missing, forged or for another document shows no draft ${ONCE}`, async ({ page, request, stack }) => {
  const documentId = await articleDocumentId(request, stack);
  const token = await editorToken(request, stack);
  const reply = await request.get(`${stack.cmsUrl}/content-manager/preview/url/${ARTICLE_UID}?documentId=${documentId}&status=draft`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const link = new URL(((await reply.json()) as { data: { url: string } }).data.url);
  const variants: [string, (url: URL) => void][] = [
    ['no token', (url) => url.searchParams.delete('token')],
    ['forged token', (url) => url.searchParams.set('token', 'A'.repeat(43))],
    ['another document', (url) => url.searchParams.set('documentId', 'another-document-id')],
    ['the published version', (url) => url.searchParams.set('status', 'published')],
  ];
  for (const [name, change] of variants) {
    const url = new URL(link);
    change(url);
    const answer = await page.goto(url.toString());
    expect(answer?.status(), name).toBe(401);
    await expect(page.getByRole('heading', { level: 1, name: 'This preview link cannot be opened' }), name).toBeVisible();
    await expect(page.getByText('Preview — not published'), name).toHaveCount(0);
  }

  // A public page with a preview parameter is the public page.
  const publicPage = await page.goto(`/articles/${SLUG}?${link.searchParams.toString()}`);
  expect(publicPage?.status()).toBe(200);
  await expect(page.getByText('Preview — not published')).toHaveCount(0);
  expect(publicPage?.headers()['x-frame-options']).toBe('DENY');
});
