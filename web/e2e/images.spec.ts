// Uploaded images as visitors get them: the article's cover in every size Strapi made, loaded
// at once (it is what the page opens with), holding its place so nothing moves when it arrives.
import { expect, test } from './support/test';

const ARTICLE = '/articles/what-is-ketamine-treatment';

test('the article cover has a srcset, its size and its text, and the page does not shift when it loads', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(ARTICLE);
  const cover = page.getByRole('img', { name: /sample cover image/ });
  await expect(cover).toHaveAttribute('srcset', /\s\d+w, .*\s1600w$/);
  await expect(cover).toHaveAttribute('width', '1600');
  await expect(cover).toHaveAttribute('height', '900');
  await expect(cover).toHaveAttribute('loading', 'eager');
  await expect(cover).toHaveAttribute('sizes', /100vw/);
  await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.waitForLoadState('networkidle');
  const shift = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, value) => sum + value, 0));
  expect(shift).toBeLessThan(0.01);
});
