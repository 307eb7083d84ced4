// `pnpm --filter web bench`: how heavy and how fast the article page is, against targets.
//
//  1. Builds the app and the page renderer (as `pnpm build` does, into a temp folder so
//     web/dist stays as it is) and sums the gzipped size of the entry chunk and every chunk it
//     imports statically: the JavaScript that must arrive before the app can hydrate.
//  2. Starts the production-like stack (scripts/stack.mjs: the real CMS, seeded, on SQLite;
//     the page renderer; nginx with web/nginx/* serving that build and sending pages to the
//     renderer) and loads /articles/what-is-ketamine-treatment
//     in Debian's Chromium as Lighthouse's mobile preset does: slow 4G network throttling and
//     a 4× CPU slowdown through the DevTools protocol, a 412×823 screen at DPR 1.75, a fresh
//     browser context (cold cache, no open connection) per run, after one unmeasured warm-up
//     load that warms the servers. It records the Largest Contentful Paint, the layout shifts
//     without recent input (CLS, as the largest session window) and the JavaScript the page
//     fetched before its LCP, as nginx served it (compressed size from Resource Timing).
//  3. Prints a table with the targets. Missing a target does not fail the command; a broken
//     harness does. The numbers also go to e2e-artifacts/bench.json.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CPU_SLOWDOWN, PAGE_PATH, load } from './bench/measure.mjs';
import { entryJavaScript, reportText, summarize, writeArtifacts } from './bench/report.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, assertChromium } from './chromium.mjs';
import { WEB_DIR, startStack, viteBuild } from './stack.mjs';

const RUNS = 5;

/**
 * One unmeasured warm-up load, then RUNS throttled cold loads of the page.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function measureRuns(browser, url) {
  process.stderr.write(`▶ warm-up load of ${PAGE_PATH} (not measured)\n`);
  await load(browser, url, { throttle: false });
  const runs = [];
  for (let run = 1; run <= RUNS; run += 1) {
    process.stderr.write(`▶ run ${run}/${RUNS}: slow 4G, CPU ×${CPU_SLOWDOWN}, cold cache\n`);
    runs.push(await load(browser, url, { throttle: true }));
  }
  return runs;
}

async function main() {
  assertChromium();
  const work = mkdtempSync(path.join(tmpdir(), 'web-bench-'));
  const outDir = path.join(work, 'dist');
  const serverDir = path.join(work, 'dist-server');
  /** @type {import('./stack.mjs').Stack | undefined} */
  let stack;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  try {
    process.stderr.write('▶ vite build (with manifest, into a temp folder)\n');
    viteBuild({ outDir, serverOutDir: serverDir });
    const entry = entryJavaScript(outDir);

    process.stderr.write('▶ starting the CMS and nginx\n');
    stack = await startStack({ distDir: outDir, serverDir });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const runs = await measureRuns(browser, `${stack.webUrl}${PAGE_PATH}`);

    const summary = summarize(runs);
    process.stdout.write(reportText({ entry, summary, browserVersion: browser.version() }));
    writeArtifacts(WEB_DIR, { entry, runs, summary });
  } finally {
    await browser?.close();
    await stack?.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
