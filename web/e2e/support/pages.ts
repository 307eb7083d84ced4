import { expect, type Locator, type Page } from '@playwright/test';
import { article, faqs, treatments } from './content';

/**
 * The site's pages (URLs fixed by the issue), each with what shows that it has rendered its
 * content rather than a loading state or the 404 page.
 */
export type SitePage = {
  /** Used in test titles and screenshot file names. */
  name: string;
  path: string;
  rendered: (page: Page) => Locator;
};

const main = (page: Page) => page.getByRole('main');

/** An FAQ entry: a `details` disclosure whose `summary` is the question. */
export function faqDisclosure(page: Page, question: string) {
  const details = page.locator('details').filter({ has: page.locator('summary', { hasText: question }) });
  return { details, summary: details.locator('summary') };
}

export const homePage: SitePage = {
  name: 'home',
  path: '/',
  rendered: (page) => main(page).getByRole('link', { name: article.title }).first(),
};

export const articlesPage: SitePage = {
  name: 'articles',
  path: '/articles',
  rendered: (page) => main(page).getByRole('link', { name: article.title }).first(),
};

export const articlePage: SitePage = {
  name: 'article',
  path: article.path,
  rendered: (page) => page.getByRole('heading', { level: 1, name: article.title, exact: true }),
};

export const treatmentsPage: SitePage = {
  name: 'treatments',
  path: '/treatments',
  rendered: (page) => main(page).getByRole('link', { name: treatments[0]?.name }).first(),
};

export const treatmentPages: SitePage[] = treatments.map((treatment) => ({
  name: `treatment-${treatment.slug}`,
  path: treatment.path,
  rendered: (page) => page.getByRole('heading', { level: 1, name: treatment.name, exact: true }),
}));

export const faqPage: SitePage = {
  name: 'faq',
  path: '/faq',
  rendered: (page) => faqDisclosure(page, faqs[0]?.question ?? '').summary,
};

export const consultPage: SitePage = {
  name: 'consult',
  path: '/consult',
  rendered: (page) => page.getByRole('form', { name: 'Your request' }),
};

export const notFoundPage: SitePage = {
  name: 'not-found',
  path: '/no-such-page',
  rendered: (page) => page.getByRole('heading', { level: 1, name: /not found/i }),
};

/** Every content page, in the site's order. */
export const contentPages: SitePage[] = [homePage, articlesPage, articlePage, treatmentsPage, ...treatmentPages, faqPage, consultPage];

/** Opens a page and waits until its content is on screen. */
export async function visit(page: Page, sitePage: SitePage) {
  await page.goto(sitePage.path);
  await expect(sitePage.rendered(page), `${sitePage.path} did not render its content`).toBeVisible();
}
