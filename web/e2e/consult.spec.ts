// A visitor asks for a consultation: from the header's Free Consult button to the clinic's
// confirmation, with the keyboard only, the form checked by the CMS's own rules on the way,
// and every state of the form clean for axe.
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { formatViolations, WCAG_TAGS } from './support/axe';
import { site } from './support/content';
import { ONCE, expect, test } from './support/test';

// The CMS refuses a form sent sooner than CONSULT_MIN_FILL_SECONDS (3) after its token was issued.
const PERSON_TYPING_MS = 3_500;

const formOf = (page: Page) => page.getByRole('form', { name: 'Your request' });

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, { max = 40 } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target, `not reached with ${max} presses of Tab`).toBeFocused();
}

async function expectNoAxeViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(violations.map((violation) => violation.id), `axe violations ${state}:\n\n${formatViolations(violations)}`).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `the page is ${scrollWidth}px wide in a ${innerWidth}px viewport`).toBeLessThanOrEqual(innerWidth);
}

/** Opens /consult and waits for the app to take the rendered form over (it then fetches its token). */
async function openConsult(page: Page) {
  const token = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/consult-requests/form-token');
  await page.goto('/consult');
  expect((await token).status()).toBe(200);
  await expect(formOf(page)).toBeVisible();
}

test("a visitor asks for a consultation from the header's button, with the keyboard only, and gets the clinic's confirmation", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const stamp = `${testInfo.project.name}-${Date.now()}`;
  const visitor = { name: `E2E Visitor ${stamp}`, phone: '(555) 010-7788', email: `consult-${stamp}@example.com` };
  const note = `Are there appointments on Saturdays? (${stamp})`;

  // From any page: the header's Free Consult button.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const consult = page.getByRole('banner').getByRole('link', { name: site.consultCta, exact: true });
  const token = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/consult-requests/form-token');
  await tabTo(page, consult);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/consult$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Request a consultation' })).toBeVisible();
  expect((await token).status()).toBe(200);

  const urgent = page.getByRole('complementary', { name: 'If it is urgent' });
  await expect(urgent.getByRole('link', { name: site.phone })).toHaveAttribute('href', site.telHref);
  await expect(urgent.getByText(site.crisisLine, { exact: false })).toBeVisible();
  const form = formOf(page);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page, 'on the form');

  // Sent empty: the problems next to the fields, the focus on the first.
  const send = form.getByRole('button', { name: 'Send request' });
  await tabTo(page, send);
  await page.keyboard.press('Enter');
  const name = form.getByRole('textbox', { name: /^Name/ });
  await expect(name).toBeFocused();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByText('This field is required')).toBeVisible();
  await expect(form.getByText('Tick the box to let the clinic contact you about this request')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page, 'on the form with errors');

  // Filled in from the name on, with Tab, typing, Space and the arrow keys.
  await page.keyboard.type(visitor.name);
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Phone number' })).toBeFocused();
  await page.keyboard.type(visitor.phone);
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Email address' })).toBeFocused();
  await page.keyboard.type(visitor.email);
  await page.keyboard.press('Tab');
  const byPhone = form.getByRole('radio', { name: 'By phone' });
  await expect(byPhone).toBeFocused();
  await page.keyboard.press('Space');
  await expect(byPhone).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('radio', { name: 'Morning' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(form.getByRole('radio', { name: 'Afternoon' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('textbox', { name: 'Message (optional)' })).toBeFocused();
  await page.keyboard.type(note);
  // The honeypot is out of the tab order: next come the consent box, the privacy link and the button.
  await page.keyboard.press('Tab');
  const consent = form.getByRole('checkbox', { name: 'The clinic may contact me about this request' });
  await expect(consent).toBeFocused();
  await page.keyboard.press('Space');
  await expect(consent).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('link', { name: /privacy policy/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(send).toBeFocused();
  await page.waitForTimeout(PERSON_TYPING_MS);
  const sent = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/consult-requests');
  await page.keyboard.press('Enter');
  expect((await sent).status()).toBe(201);

  // The confirmation in place of the form, focused; nothing typed is shown back.
  const heading = page.getByRole('heading', { level: 2, name: 'Your request was sent' });
  await expect(heading).toBeFocused();
  const confirmation = page.getByRole('region', { name: 'Your request was sent' });
  await expect(confirmation.getByText(site.consultConfirmation)).toBeVisible();
  await expect(confirmation.getByText(/If it is urgent, call/)).toBeVisible();
  await expect(confirmation.getByRole('link', { name: site.phone })).toHaveAttribute('href', site.telHref);
  await expect(confirmation.getByText(site.crisisLine, { exact: false })).toBeVisible();
  await expect(form).toHaveCount(0);
  for (const typed of [visitor.name, visitor.phone, visitor.email, note]) {
    await expect(page.getByText(typed, { exact: false })).toHaveCount(0);
  }
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page, 'on the confirmation');
});

test.describe('on a 360 px wide phone', { tag: ONCE }, () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the form and its errors fit the screen', async ({ page }) => {
    await openConsult(page);
    await expectNoSidewaysScroll(page);
    await formOf(page).getByRole('button', { name: 'Send request' }).click();
    await expect(formOf(page).getByText('This field is required')).toBeVisible();
    await expectNoSidewaysScroll(page);
    for (const field of await formOf(page).getByRole('textbox').all()) {
      const box = await field.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360, 'a field reaches past the screen').toBe(true);
    }
  });
});
