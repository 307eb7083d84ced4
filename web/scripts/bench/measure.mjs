// How the benchmark loads the page: Lighthouse's mobile slow-4G throttling, CPU slowdown and
// screen, and what the page records about its Largest Contentful Paint, layout shifts and the
// JavaScript it fetched before its LCP.

export const PAGE_PATH = '/articles/what-is-ketamine-treatment';
export const EXPECTED_H1 = 'What is ketamine treatment?';

// Lighthouse 12's mobile slow-4G preset (throttling.mobileSlow4G in its constants), applied the
// way its DevTools throttling does: the RTT × 3.75 as per-request latency, throughput × 0.9,
// in bytes per second for the protocol.
const KBPS_TO_BYTES_PER_S = 1024 / 8;
export const NETWORK = {
  offline: false,
  latency: 150 * 3.75, // 562.5 ms
  downloadThroughput: Math.floor(1.6 * 1024 * 0.9 * KBPS_TO_BYTES_PER_S), // 1,474.56 kbps
  uploadThroughput: Math.floor(750 * 0.9 * KBPS_TO_BYTES_PER_S), // 675 kbps
};
export const CPU_SLOWDOWN = 4;
// Lighthouse's mobile screen emulation (a Moto G Power).
export const SCREEN = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/** Runs in the page before its own scripts: records LCP candidates and layout shifts. */
function observe() {
  const state = {
    /** @type {number | null} */ lcp: null,
    lcpElement: '',
    /** @type {Array<{ value: number, startTime: number }>} */ shifts: [],
  };
  Reflect.set(window, '__bench', state);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const candidate = /** @type {PerformanceEntry & { element: Element | null }} */ (entry);
      state.lcp = candidate.startTime;
      const element = candidate.element;
      state.lcpElement = element
        ? `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 50)}"`
        : '(element removed)';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const shift = /** @type {PerformanceEntry & { value: number, hadRecentInput: boolean }} */ (entry);
      if (!shift.hadRecentInput) state.shifts.push({ value: shift.value, startTime: shift.startTime });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** Reads what observe() recorded, and the JavaScript fetched before the LCP. */
function collect() {
  const state = /** @type {{ lcp: number | null, lcpElement: string, shifts: Array<{ value: number, startTime: number }> }} */ (
    Reflect.get(window, '__bench')
  );
  const lcp = state.lcp ?? Infinity;
  const scripts = performance
    .getEntriesByType('resource')
    .map((entry) => /** @type {PerformanceResourceTiming} */ (entry))
    .filter((entry) => new URL(entry.name).pathname.endsWith('.js') && entry.startTime < lcp)
    .map((entry) => ({ url: new URL(entry.name).pathname, encodedBytes: entry.encodedBodySize }));
  return {
    lcp: state.lcp,
    lcpElement: state.lcpElement,
    shifts: state.shifts,
    h1: document.querySelector('h1')?.textContent?.trim() ?? '',
    scripts,
  };
}

/**
 * CLS as the web-vitals library defines it: the largest session window of shifts less than
 * 1 s apart, a window lasting at most 5 s.
 * @param {Array<{ value: number, startTime: number }>} shifts
 */
function cumulativeLayoutShift(shifts) {
  let worst = 0;
  let session = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { value, startTime } of shifts) {
    if (startTime - last > 1000 || startTime - first > 5000) {
      session = 0;
      first = startTime;
    }
    session += value;
    last = startTime;
    worst = Math.max(worst, session);
  }
  return worst;
}

/**
 * One cold load of the page.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 * @param {{ throttle: boolean }} options
 */
export async function load(browser, url, { throttle }) {
  const context = await browser.newContext(SCREEN);
  try {
    await context.addInitScript(observe);
    const page = await context.newPage();
    if (throttle) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', NETWORK);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Not `networkidle` alone: while the throttled CPU parses the bundle, the network is quiet
    // for longer than its 500 ms. Wait for the article itself (or give up and say so below).
    await page
      .getByRole('heading', { level: 1, name: EXPECTED_H1, exact: true })
      .waitFor({ timeout: 60_000 })
      .catch(() => undefined);
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    await page.waitForTimeout(1000); // let the last paints report their entries
    const result = await page.evaluate(collect);
    return { ...result, cls: cumulativeLayoutShift(result.shifts) };
  } finally {
    await context.close();
  }
}
