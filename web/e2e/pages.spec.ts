// The site's own pages (about, visit us, privacy policy, accessibility statement), seeded by
// the CMS: reached from the footer, showing their content, accessible.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatViolations, WCAG_TAGS } from './support/axe';
import { site, sitePages } from './support/content';
import { expect, test } from './support/test';

const footerNav = (page: Page) => page.getByRole('contentinfo').getByRole('navigation', { name: 'Footer' });
const footerPages = sitePages.filter((sitePage) => sitePage.inFooter);

test('the footer links the pages marked for it, in their order, after the sections', async ({ page }) => {
  await page.goto('/');
  const links = footerNav(page).getByRole('link');
  await expect(links).toHaveText(['Articles', 'Treatment options', 'Frequently asked questions', ...footerPages.map((each) => each.title)]);
  await expect(page.getByRole('contentinfo').getByText(/not medical advice/)).toBeVisible();
});

for (const sitePage of footerPages) {
  test(`${sitePage.path} opens from the footer and shows its content`, async ({ page }) => {
    await page.goto('/faq');
    await footerNav(page).getByRole('link', { name: sitePage.title, exact: true }).click();
    await expect(page).toHaveURL(sitePage.path);
    await expect(page.getByRole('heading', { level: 1, name: sitePage.title, exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByText(sitePage.phrase)).toBeVisible();
  });
}

test('/about opens at its address and shows its content, marked as a sample', async ({ page }) => {
  const about = sitePages[0]!;
  const response = await page.goto(about.path);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: about.title, exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByText(about.phrase)).toBeVisible();
  await expect(page.getByRole('main').getByText('Sample page.')).toBeVisible();
});

test("visit us shows the phone, hours and address from the site settings, the phone as a tel: link", async ({ page }) => {
  await page.goto('/visit-us');
  const contact = page.getByRole('region', { name: 'Contact details' });
  await expect(contact.getByRole('link', { name: site.phone })).toHaveAttribute('href', site.telHref);
  await expect(contact.getByText(site.openingHours, { exact: true })).toBeVisible();
  await expect(contact.getByText(site.address, { exact: true })).toBeVisible();
});

for (const sitePage of sitePages) {
  test(`${sitePage.path} is rendered with its content, its canonical link, and has no axe violations`, async ({ page }) => {
    const response = await page.goto(sitePage.path);
    expect(response?.status()).toBe(200);
    // The renderer sent the page with its content: the heading is in the HTML itself.
    expect(await response?.text()).toContain(`<h1>${sitePage.title}</h1>`);
    await expect(page.getByRole('heading', { level: 1, name: sitePage.title, exact: true })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${sitePage.path}$`));
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((violation) => violation.id), `axe violations on ${sitePage.path}:\n\n${formatViolations(violations)}`).toEqual([]);
  });
}

test('an unknown page answers 404 with the not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-site-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible();
});
