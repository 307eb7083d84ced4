// From the home page, a visitor reaches every kind of page by clicking.
import { article, site, treatments } from './support/content';
import { articlePage, articlesPage, faqPage, homePage, treatmentsPage, visit, type SitePage } from './support/pages';
import { siteNavLink } from './support/site';
import { expect, test } from './support/test';

const navigation: Array<{ link: RegExp; to: SitePage }> = [
  { link: /^articles$/i, to: articlesPage },
  { link: /^treatments$/i, to: treatmentsPage },
  { link: /^(faqs?|frequently asked questions)$/i, to: faqPage },
];

for (const { link, to } of navigation) {
  test(`the site navigation's ${to.name} link opens ${to.path}`, async ({ page }) => {
    await visit(page, homePage);
    await (await siteNavLink(page, link)).click();
    await expect(page).toHaveURL(to.path);
    await expect(to.rendered(page)).toBeVisible();
  });
}

test('the lead article on the home page opens the article', async ({ page }) => {
  await visit(page, homePage);
  await page.getByRole('main').getByRole('link', { name: article.title }).first().click();
  await expect(page).toHaveURL(article.path);
  await expect(articlePage.rendered(page)).toBeVisible();
});

test('a treatment card on the home page opens that treatment', async ({ page }) => {
  await visit(page, homePage);
  const main = page.getByRole('main');
  const treatment = await (async () => {
    for (const candidate of treatments) {
      if ((await main.getByRole('link', { name: candidate.name }).count()) > 0) return candidate;
    }
    throw new Error('no treatment card on the home page');
  })();
  await main.getByRole('link', { name: treatment.name }).first().click();
  await expect(page).toHaveURL(treatment.path);
  await expect(page.getByRole('heading', { level: 1, name: treatment.name, exact: true })).toBeVisible();
});

test('the clinic name in the header leads back home', async ({ page }) => {
  await visit(page, faqPage);
  await page.getByRole('banner').getByRole('link', { name: site.clinicName }).first().click();
  await expect(page).toHaveURL('/');
  await expect(homePage.rendered(page)).toBeVisible();
});
