import { expect, type Page } from '@playwright/test';

/**
 * A link of the site's navigation, as a visitor reaches it: if no such link is visible (a
 * phone layout may fold the navigation away), the menu button is opened first.
 */
export async function siteNavLink(page: Page, name: RegExp) {
  const links = page.getByRole('navigation').getByRole('link', { name }).filter({ visible: true });
  if ((await links.count()) === 0) {
    const menu = page.getByRole('button', { name: /menu|navigation/i }).filter({ visible: true });
    if ((await menu.count()) > 0) await menu.first().click();
  }
  await expect(links.first(), `no visible navigation link named ${String(name)}`).toBeVisible();
  return links.first();
}

/** The header's phone link: "Call Us", dialling the clinic. */
export const callUsLink = (page: Page) => page.getByRole('link', { name: /call us/i }).first();
