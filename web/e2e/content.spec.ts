// Every page renders the clinic's seeded content, read from the real CMS.
import { article, faqs, site, treatments } from './support/content';
import {
  articlePage,
  articlesPage,
  contentPages,
  faqPage,
  faqDisclosure,
  homePage,
  treatmentPages,
  treatmentsPage,
  visit,
} from './support/pages';
import { callUsLink } from './support/site';
import { expect, test } from './support/test';

test.describe('every page', () => {
  for (const sitePage of contentPages) {
    test(`${sitePage.path} has one h1, the clinic's name, a Call Us phone link and the Free Consult link`, async ({ page }) => {
      await visit(page, sitePage);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await expect(page.getByRole('banner').getByText(site.clinicName).first()).toBeVisible();
      await expect(callUsLink(page)).toHaveAttribute('href', site.telHref);
      await expect(page.getByRole('link', { name: site.consultCta, exact: true }).first()).toBeVisible();
    });
  }
});

test('the home page leads with the article and shows the treatments', async ({ page }) => {
  await visit(page, homePage);
  const main = page.getByRole('main');
  await expect(main.getByRole('link', { name: article.title }).first()).toHaveAttribute('href', article.path);
  // At least one treatment card, each linking to its own page.
  const cards = treatments.map((treatment) => main.getByRole('link', { name: treatment.name }));
  let shown = 0;
  for (const [index, card] of cards.entries()) {
    if ((await card.count()) === 0) continue;
    shown += 1;
    await expect(card.first()).toHaveAttribute('href', treatments[index]?.path ?? '');
  }
  expect(shown, 'no treatment card on the home page').toBeGreaterThan(0);
});

test('the articles page lists the article, linked by its title', async ({ page }) => {
  await visit(page, articlesPage);
  await expect(page.getByRole('main').getByRole('link', { name: article.title }).first()).toHaveAttribute('href', article.path);
});

test('the article page shows the title, the whole body and its medical reviewer', async ({ page }) => {
  await visit(page, articlePage);
  // The body's sections, in order (other level-2 headings, such as the sources, may sit between).
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toContainText(article.sections);
  await expect(page.getByText(article.reviewer).first()).toBeVisible();
});

test('the treatments page lists every treatment, each linked by its name to its page', async ({ page }) => {
  await visit(page, treatmentsPage);
  const main = page.getByRole('main');
  for (const treatment of treatments) {
    await expect(main.getByRole('link', { name: treatment.name }).first()).toHaveAttribute('href', treatment.path);
  }
});

for (const [index, treatmentPage] of treatmentPages.entries()) {
  const treatment = treatments[index];
  if (!treatment) continue;
  test(`${treatmentPage.path} shows the treatment's name as its heading and its description`, async ({ page }) => {
    await visit(page, treatmentPage);
    await expect(page.getByRole('main').getByText(treatment.firstParagraph).first()).toBeVisible();
  });
}

test('the FAQ page shows every question as a disclosure that opens to its answer', async ({ page }) => {
  await visit(page, faqPage);
  await expect(page.locator('details > summary')).toContainText(faqs.map((faq) => faq.question));

  for (const faq of faqs) {
    const { details, summary } = faqDisclosure(page, faq.question);
    const answer = details.getByText(faq.answer);
    // Start closed whatever the page's default, then open and close it as a visitor would.
    if (await details.evaluate((element) => (element as HTMLDetailsElement).open)) await summary.click();
    await expect(answer).toBeHidden();
    await summary.click();
    await expect(details).toHaveAttribute('open', '');
    await expect(answer).toBeVisible();
    await summary.click();
    await expect(answer).toBeHidden();
  }
});

test('an FAQ answer opens from the keyboard', async ({ page }) => {
  await visit(page, faqPage);
  const faq = faqs[0];
  if (!faq) throw new Error('no FAQ in the seed');
  const { details, summary } = faqDisclosure(page, faq.question);
  if (await details.evaluate((element) => (element as HTMLDetailsElement).open)) await summary.click();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(details.getByText(faq.answer)).toBeVisible();
});
