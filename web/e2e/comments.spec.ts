// Comments end to end: a visitor posts, only they see it while it waits; the moderator
// approves it in the admin's moderation queue; everyone sees it; a reply threads under it.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatViolations, WCAG_TAGS } from './support/axe';
import { ONCE, expect, test } from './support/test';

const ARTICLE = '/articles/what-is-ketamine-treatment';
const AWAITING = 'Your comment is awaiting moderation.';
// The CMS refuses a form sent sooner than COMMENT_MIN_FILL_SECONDS (3) after it was loaded.
const PERSON_TYPING_MS = 3_500;

function commentsOf(page: Page) {
  return page.getByRole('region', { name: /comment/i });
}

/** Fills in and sends the form with the keyboard only, as a person without a mouse would. */
async function postWithKeyboard(page: Page, values: { comment: string; name: string; email: string }) {
  const form = page.getByRole('form', { name: /Leave a Reply/ });
  // Located by role and exact name: "Comment" is also a word of the save-my-details label.
  const field = (name: string) => form.getByRole('textbox', { name, exact: true });
  await field('Comment').focus();
  await page.keyboard.type(values.comment);
  await page.keyboard.press('Tab');
  await expect(field('Name')).toBeFocused();
  await page.keyboard.type(values.name);
  await page.keyboard.press('Tab');
  await expect(field('Email')).toBeFocused();
  await page.keyboard.type(values.email);
  await page.keyboard.press('Tab');
  await expect(field('Website')).toBeFocused();
  // The honeypot is out of the tab order: next come the checkbox and the button.
  await page.keyboard.press('Tab');
  await expect(form.getByRole('checkbox', { name: /Save my name/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Post Comment' })).toBeFocused();
  await page.waitForTimeout(PERSON_TYPING_MS);
  await page.keyboard.press('Enter');
}

test(`a visitor's comment waits for the moderator, then everyone sees it and a reply threads under it ${ONCE}`, async ({
  browser,
  stack,
}) => {
  // Two visitors, the admin panel and two comments typed like a person: longer than one page.
  test.setTimeout(180_000);
  const stamp = Date.now();
  const visitorName = `E2E Visitor ${stamp}`;
  const text = `Is the free consult done by phone? (${stamp})`;

  const visitor = await (await browser.newContext({ baseURL: stack.webUrl })).newPage();
  const stranger = await (await browser.newContext({ baseURL: stack.webUrl })).newPage();

  await visitor.goto(ARTICLE);
  await expect(commentsOf(visitor).getByRole('heading', { level: 2, name: /comment/i })).toBeVisible();
  await postWithKeyboard(visitor, { comment: text, name: visitorName, email: `visitor-${stamp}@example.com` });

  const own = commentsOf(visitor).getByRole('listitem').filter({ hasText: text });
  await expect(own.getByText(AWAITING)).toBeVisible();
  await expect(visitor.getByRole('form', { name: /Leave a Reply/ }).getByRole('textbox', { name: 'Comment', exact: true })).toHaveValue('');

  // It survives a reload in that browser, and nobody else sees it.
  await visitor.reload();
  await expect(commentsOf(visitor).getByRole('listitem').filter({ hasText: text }).getByText(AWAITING)).toBeVisible();
  await stranger.goto(ARTICLE);
  await expect(commentsOf(stranger).getByText('Sample Visitor A').first()).toBeVisible();
  await expect(stranger.getByText(text)).toHaveCount(0);

  // The moderator approves it in the moderation queue.
  const admin = await (await browser.newContext({ baseURL: stack.cmsUrl })).newPage();
  await admin.goto('/admin/auth/login');
  await admin.getByLabel(/email/i).fill(stack.accounts.moderator.email);
  await admin.getByLabel(/^password/i).fill(stack.accounts.moderator.password);
  await admin.getByRole('button', { name: /log ?in/i }).click();
  await admin.getByRole('link', { name: /comment moderation/i }).click();
  await admin.getByRole('checkbox', { name: `Select the comment by ${visitorName}` }).check();
  await admin.getByRole('group', { name: 'Bulk actions' }).getByRole('button', { name: 'Approve' }).click();
  await expect(admin.getByRole('checkbox', { name: `Select the comment by ${visitorName}` })).toHaveCount(0);

  // Both browsers now see it as an ordinary, approved comment.
  for (const page of [visitor, stranger]) {
    await page.reload();
    const approved = commentsOf(page).getByRole('listitem').filter({ hasText: text });
    await expect(approved).toBeVisible();
    await expect(approved.getByText(AWAITING)).toHaveCount(0);
  }

  // The stranger replies; the reply threads under the comment, awaiting moderation for them.
  await commentsOf(stranger).getByRole('button', { name: `Reply to ${visitorName}` }).click();
  await expect(stranger.getByRole('heading', { name: new RegExp(`Leave a Reply to ${visitorName}`) })).toBeVisible();
  const reply = `Thanks for asking (${stamp})`;
  await postWithKeyboard(stranger, { comment: reply, name: `E2E Replier ${stamp}`, email: `replier-${stamp}@example.com` });
  const parent = commentsOf(stranger).getByRole('listitem').filter({ hasText: text }).first();
  await expect(parent.getByRole('listitem').filter({ hasText: reply }).getByText(AWAITING)).toBeVisible();

  // The comment area, with its form, passes axe.
  const { violations } = await new AxeBuilder({ page: stranger }).include('#comments').withTags(WCAG_TAGS).analyze();
  expect(violations.map((v) => v.id), formatViolations(violations)).toEqual([]);
});
