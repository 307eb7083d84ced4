import { test as base } from '@playwright/test';
import { readStack, type E2eStack } from './stack';

export { expect } from '@playwright/test';

// Fixture callbacks name Playwright's `use` argument `provide`: ESLint's React rules would
// take a function called `use` for React's hook.

/** Playwright's `test`, with the stack's addresses: relative URLs go to the web server. */
export const test = base.extend<{ stack: E2eStack }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the fixtures argument to be destructured
  stack: async ({}, provide) => {
    await provide(readStack());
  },
  baseURL: async ({ stack }, provide) => {
    await provide(stack.webUrl);
  },
});

/** Tag of the specs whose result does not depend on the viewport: the phone project skips them. */
export const ONCE = '@once';
