// Debian's Chromium, as the end-to-end tests and the benchmark drive it.
// `npx playwright install` cannot download a browser on the project's machines, so
// Playwright always launches /usr/bin/chromium (Debian package `chromium`).
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags that work as root on the project's machines (see shared/platform-notes.md).
 * Without the background-networking ones Chromium floods the closed network with
 * refused connections. Playwright adds a fresh --user-data-dir itself.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws a message that says what to install when Debian's Chromium is missing. */
export function assertChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: install Debian's Chromium (apt-get install chromium). ` +
        '`npm test` installs it when run as root.',
    );
  }
}
