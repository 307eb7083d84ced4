// Pages arrive rendered: the content is in the HTML (for a first paint before any script, for
// search engines and for browsers without JavaScript), and the SPA takes it over in place.
import { article, faqs } from './support/content';
import { articlePage, contentPages, notFoundPage, visit } from './support/pages';
import { callUsLink, siteNavLink } from './support/site';
import { expect, ONCE, test } from './support/test';

test.describe('without JavaScript', { tag: ONCE }, () => {
  test.use({ javaScriptEnabled: false });

  for (const sitePage of [...contentPages, notFoundPage]) {
    test(`${sitePage.path} shows its content`, async ({ page }) => {
      await visit(page, sitePage);
      await expect(callUsLink(page)).toBeVisible();
    });
  }

  test('the article shows its reviewer, its sections and its head elements', async ({ page, stack }) => {
    await visit(page, articlePage);
    await expect(page.getByText(`Medically reviewed by ${article.reviewer}`, { exact: false })).toBeVisible();
    for (const section of article.sections) {
      await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
    }
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${stack.webUrl}${article.path}`);
    await expect(page.locator('title')).toHaveCount(1);
    await expect(page).toHaveTitle(/ketamine/i);
  });

  test('the FAQ answers are there to open', async ({ page }) => {
    await page.goto('/faq');
    await expect(page.locator('summary', { hasText: faqs[0]?.question ?? '' })).toBeVisible();
  });
});

test('a rendered page becomes the app in place: no second fetch of its content, no error, links navigate client-side', async ({
  page,
}) => {
  const errors: string[] = [];
  const apiRequests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/articles') || url.pathname.startsWith('/api/site-setting')) apiRequests.push(url.pathname);
  });

  await visit(page, articlePage);
  await page.waitForLoadState('networkidle');
  expect(errors, 'errors while hydrating').toEqual([]);
  expect(apiRequests, 'the page fetched again what it was rendered with').toEqual([]);
  await expect(page.locator('title')).toHaveCount(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);

  // A marker on window survives client-side navigation only: a full page load would drop it.
  await page.evaluate(() => Reflect.set(window, '__sameDocument', true));
  await (await siteNavLink(page, /^Treatments$/)).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Treatment options' })).toBeVisible();
  expect(await page.evaluate(() => Reflect.get(window, '__sameDocument') === true), 'the link reloaded the page').toBe(true);
  await expect(page.locator('title')).toHaveCount(1);
});

test('an unknown article answers 404 and the browser shows the not-found page', { tag: ONCE }, async ({ page }) => {
  const response = await page.goto('/articles/no-such-article');
  expect(response?.status()).toBe(404);
  await expect(notFoundPage.rendered(page)).toBeVisible();
});
