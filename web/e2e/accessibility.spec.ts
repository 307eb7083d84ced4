// axe-core finds no WCAG 2.2 A/AA violation on any page, at either viewport.
import AxeBuilder from '@axe-core/playwright';
import { formatViolations, WCAG_TAGS } from './support/axe';
import { contentPages, faqPage, notFoundPage, visit } from './support/pages';
import { expect, test } from './support/test';

for (const sitePage of [...contentPages, notFoundPage]) {
  test(`${sitePage.path} has no axe violations (${WCAG_TAGS.join(', ')})`, async ({ page }) => {
    await visit(page, sitePage);
    await page.waitForLoadState('networkidle');
    if (sitePage === faqPage) {
      // The answers are content too: scan them open.
      const closed = page.locator('details:not([open]) > summary');
      for (let count = await closed.count(); count > 0; count -= 1) await closed.first().click();
      await expect(closed).toHaveCount(0);
    }
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(violations.map((violation) => violation.id), `axe violations on ${sitePage.path}:\n\n${formatViolations(violations)}`).toEqual([]);
  });
}
