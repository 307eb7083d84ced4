// Every page fits the viewport (no horizontal scrolling) at 390×844 and 1280×800, with the
// Call Us link on screen without scrolling. A full-page screenshot of each page at each
// viewport is kept in e2e-artifacts/screenshots/<project>/<page>.png.
import path from 'node:path';
import { contentPages, notFoundPage, visit } from './support/pages';
import { callUsLink } from './support/site';
import { expect, test } from './support/test';

for (const sitePage of [...contentPages, notFoundPage]) {
  test(`${sitePage.path} fits the viewport and shows Call Us without scrolling`, async ({ page }, testInfo) => {
    await visit(page, sitePage);
    await page.waitForLoadState('networkidle');
    await page.evaluate(async () => {
      await document.fonts.ready;
    });

    // Soft assertions: the screenshot is taken, and both checks reported, whatever fails.
    await expect.soft(callUsLink(page), 'the Call Us link is not on screen without scrolling').toBeInViewport();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect.soft(scrollWidth, `the page is ${scrollWidth}px wide in a ${innerWidth}px viewport`).toBeLessThanOrEqual(innerWidth);

    const screenshot = path.join(
      path.dirname(testInfo.config.configFile ?? testInfo.config.rootDir),
      'e2e-artifacts',
      'screenshots',
      testInfo.project.name,
      `${sitePage.name}.png`,
    );
    await page.screenshot({ path: screenshot, fullPage: true });
    await testInfo.attach(`${testInfo.project.name}-${sitePage.name}`, { path: screenshot, contentType: 'image/png' });
  });
}
