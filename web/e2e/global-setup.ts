/**
 * Starts the stack the specs run against (web/scripts/stack.mjs): the real CMS, seeded on a
 * throwaway SQLite file, and nginx serving web/dist with the production configuration.
 * The addresses and admin passwords reach the tests as E2E_* environment variables (workers
 * start after this and inherit them); the returned function is the global teardown.
 *
 * web/dist is rebuilt (`vite build`) only when it is missing or older than its sources:
 * `npm test` builds it right before, a developer running `pnpm e2e` after an edit gets a
 * fresh build. With E2E_WEB_URL and E2E_CMS_URL already set, an already running stack
 * (`node scripts/stack.mjs`) is used instead.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { assertChromium } from '../scripts/chromium.mjs';
import { WEB_DIR, ensureWebBuild, stackEnv, startStack } from '../scripts/stack.mjs';

const ARTIFACTS = path.join(WEB_DIR, 'e2e-artifacts');

export default async function globalSetup() {
  assertChromium();
  // Screenshots of this run only (e2e/responsive.spec.ts writes them).
  rmSync(path.join(ARTIFACTS, 'screenshots'), { recursive: true, force: true });
  if (process.env.E2E_WEB_URL && process.env.E2E_CMS_URL) {
    process.stderr.write(`[stack] using the running stack at ${process.env.E2E_WEB_URL} (CMS ${process.env.E2E_CMS_URL})\n`);
    return undefined;
  }

  ensureWebBuild();
  // Preview links live a minute here, so e2e/preview.spec.ts can see one expire.
  const stack = await startStack({ logDir: path.join(ARTIFACTS, 'stack-logs'), env: { PREVIEW_TTL_SECONDS: '60' } });
  Object.assign(process.env, stackEnv(stack));
  process.stderr.write(`[stack] web ${stack.webUrl}, CMS ${stack.cmsUrl}; logs in ${path.relative(WEB_DIR, stack.logDir)}/\n`);

  return async () => {
    await stack.stop();
  };
}
