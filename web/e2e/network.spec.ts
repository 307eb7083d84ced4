// Each page talks to nobody but the web server and the CMS, runs under the production
// Content-Security-Policy without a violation, and throws no uncaught error.
import { contentPages, notFoundPage, visit } from './support/pages';
import { expect, ONCE, test } from './support/test';

for (const sitePage of [...contentPages, notFoundPage]) {
  test(`${sitePage.path} requests only the web server and the CMS, within the CSP`, { tag: ONCE }, async ({ page, stack }) => {
    const allowed = new Set([new URL(stack.webUrl).origin, new URL(stack.cmsUrl).origin]);
    const foreign: string[] = [];
    const cspViolations: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (!allowed.has(url.origin)) foreign.push(`${request.method()} ${request.url()}`);
    });
    page.on('console', (message) => {
      if (/content security policy/i.test(message.text())) cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.stack ?? error.message));

    await visit(page, sitePage);
    await page.waitForLoadState('networkidle');

    expect(foreign, 'requests to other hosts').toEqual([]);
    expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(errors, 'uncaught errors').toEqual([]);
  });
}
