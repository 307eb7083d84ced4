// The care team as visitors find it: from the main navigation to the team page, from there or
// from an article's byline to a clinician's page, which lists what they wrote and reviewed.
import AxeBuilder from '@axe-core/playwright';
import { formatViolations, WCAG_TAGS } from './support/axe';
import { expect, test } from './support/test';

test('a visitor finds the care team and a clinician’s page, and each passes axe', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Our team' })).toBeVisible();
  await expect(page).toHaveURL(/\/team$/);
  let { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((violation) => violation.id), formatViolations(violations)).toEqual([]);

  await page.getByRole('link', { name: 'Sample Medical Reviewer (placeholder)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sample Medical Reviewer (placeholder)' })).toBeVisible();
  const reviewed = page.getByRole('region', { name: /Articles medically reviewed by/ });
  await expect(reviewed.getByRole('link', { name: 'What is ketamine treatment?' })).toBeVisible();
  ({ violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze());
  expect(violations.map((violation) => violation.id), formatViolations(violations)).toEqual([]);
});

test('an article’s byline leads to its author’s page, rendered by the server', async ({ page, request }) => {
  await page.goto('/articles/what-is-ketamine-treatment');
  await page.getByRole('link', { name: /^Sample Author \(placeholder\)/ }).click();
  await expect(page).toHaveURL(/\/team\/sample-author$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sample Author (placeholder)' })).toBeVisible();

  const rendered = await request.get('/team/sample-author');
  expect(rendered.status()).toBe(200);
  expect(await rendered.text()).toContain('<h1>Sample Author (placeholder)</h1>');
  expect((await request.get('/team/nobody-by-this-name')).status()).toBe(404);
});
