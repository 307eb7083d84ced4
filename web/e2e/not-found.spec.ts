// Addresses that match nothing show the 404 page, with the site's header still there.
import { notFoundPage } from './support/pages';
import { callUsLink } from './support/site';
import { expect, test } from './support/test';

const unknown = [
  { what: 'an unknown article', path: '/articles/no-such-article' },
  { what: 'an unknown treatment', path: '/treatments/no-such-treatment' },
  { what: 'an unknown address', path: '/no-such-page' },
  { what: 'a page of articles past the last', path: '/articles?page=2' },
];

for (const { what, path } of unknown) {
  test(`${what} (${path}) shows the not-found page`, async ({ page }) => {
    await page.goto(path);
    await expect(notFoundPage.rendered(page)).toBeVisible();
    await expect(callUsLink(page)).toBeVisible();
  });
}
