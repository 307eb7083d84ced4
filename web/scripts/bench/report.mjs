// What the benchmark prints and keeps: the gzipped entry JavaScript from Vite's manifest, the
// table of numbers against their targets, and e2e-artifacts/bench.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CPU_SLOWDOWN, EXPECTED_H1, NETWORK, PAGE_PATH, SCREEN } from './measure.mjs';

export const TARGETS = { jsKb: 130, lcpMs: 2000, cls: 0 };

/** kB as Vite prints them: 1,000 bytes. */
const kb = (/** @type {number} */ bytes) => bytes / 1000;
const ms = (/** @type {number} */ value) => (Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : 'none');

/**
 * The entry chunk and its static imports, from Vite's manifest, gzipped at nginx's level (5).
 * @param {string} outDir
 */
export function entryJavaScript(outDir) {
  /** @type {Record<string, { file: string, isEntry?: boolean, imports?: string[] }>} */
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry chunk');
  /** @type {Set<string>} */
  const files = new Set();
  /** @param {string} key */
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    (chunk.imports ?? []).forEach(visit);
  };
  visit(entry);
  const sizes = [...files].map((file) => ({
    file,
    gzipBytes: gzipSync(readFileSync(path.join(outDir, file)), { level: 5 }).length,
  }));
  return { files: sizes, gzipBytes: sizes.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0) };
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

/**
 * @param {string[]} header
 * @param {string[][]} rows
 */
function table(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (/** @type {string[]} */ cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

const verdict = (/** @type {boolean} */ ok) => (ok ? 'meets target' : 'OVER TARGET');

/**
 * @typedef {{ files: Array<{ file: string, gzipBytes: number }>, gzipBytes: number }} EntryJavaScript
 * @typedef {Awaited<ReturnType<typeof import('./measure.mjs').load>>} Run
 */

/**
 * The numbers the runs come to: each LCP and their median, the worst CLS, and the JavaScript
 * the first run fetched before its LCP.
 * @param {Run[]} runs
 */
export function summarize(runs) {
  const lcps = runs.map((run) => run.lcp ?? NaN);
  const first = runs[0];
  return {
    lcps,
    lcpMedian: median(lcps),
    clsMax: Math.max(...runs.map((run) => run.cls)),
    first,
    beforeLcpBytes: (first?.scripts ?? []).reduce((sum, script) => sum + script.encodedBytes, 0),
  };
}

/**
 * The printed report: the conditions, the table against the targets, and what run 1 loaded.
 * @param {{ entry: EntryJavaScript, summary: ReturnType<typeof summarize>, browserVersion: string }} options
 */
export function reportText({ entry, summary, browserVersion }) {
  const { lcps, lcpMedian, clsMax, first, beforeLcpBytes } = summary;
  const rows = [
    ['JS gzipped: entry + static imports (manifest)', `${kb(entry.gzipBytes).toFixed(1)} kB`, `≤ ${TARGETS.jsKb} kB`, verdict(kb(entry.gzipBytes) <= TARGETS.jsKb)],
    ['JS gzipped: fetched before LCP (as served)', `${kb(beforeLcpBytes).toFixed(1)} kB`, `≤ ${TARGETS.jsKb} kB`, verdict(kb(beforeLcpBytes) <= TARGETS.jsKb)],
    ['LCP, median of 5', ms(lcpMedian), `≤ ${ms(TARGETS.lcpMs)}`, verdict(lcpMedian <= TARGETS.lcpMs)],
    ['LCP, each run', lcps.map((value) => ms(value)).join(', '), '', ''],
    ['CLS, worst run', clsMax.toFixed(3), `${TARGETS.cls}`, verdict(clsMax <= TARGETS.cls)],
  ];

  const out = [
    '',
    `Benchmark of ${PAGE_PATH}`,
    `  Lighthouse mobile slow 4G (${NETWORK.latency} ms latency, 1,474.56 kbps down, 675 kbps up), CPU ×${CPU_SLOWDOWN},`,
    `  ${SCREEN.viewport.width}×${SCREEN.viewport.height} at DPR ${SCREEN.deviceScaleFactor}, cold cache per run; Chromium ${browserVersion}`,
    // The CPU slowdown multiplies whatever else the machine is doing: read LCP with this in mind.
    `  machine: ${availableParallelism()} cores, load average ${loadavg().map((value) => value.toFixed(1)).join(' / ')} (1 / 5 / 15 min) at the end of the runs`,
    '',
    table(['metric', 'value', 'target', ''], rows),
    '',
    `Entry chunk and static imports (gzip -5, as nginx compresses): ${entry.files.map((file) => `${file.file} ${kb(file.gzipBytes).toFixed(1)} kB`).join(', ')}`,
    `JS fetched before LCP (run 1): ${(first?.scripts ?? []).map((script) => `${script.url} ${kb(script.encodedBytes).toFixed(1)} kB`).join(', ') || 'none'}`,
    `LCP element (run 1): ${first?.lcpElement || 'none'}; page h1: "${first?.h1 ?? ''}"`,
  ];
  if (first?.h1 !== EXPECTED_H1) {
    out.push(`warning: the page's h1 is not "${EXPECTED_H1}": these numbers are for whatever the app rendered at ${PAGE_PATH}`);
  }
  return `${out.join('\n')}\n`;
}

/**
 * Keeps the numbers in e2e-artifacts/bench.json.
 * @param {string} webDir
 * @param {{ entry: EntryJavaScript, runs: Run[], summary: ReturnType<typeof summarize> }} options
 */
export function writeArtifacts(webDir, { entry, runs, summary }) {
  const { lcpMedian, clsMax, beforeLcpBytes } = summary;
  const artifacts = path.join(webDir, 'e2e-artifacts');
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(
    path.join(artifacts, 'bench.json'),
    `${JSON.stringify({ page: PAGE_PATH, network: NETWORK, cpuSlowdown: CPU_SLOWDOWN, screen: SCREEN, targets: TARGETS, entry, runs: runs.map(({ shifts: _shifts, ...run }) => run), lcpMedian, clsMax, jsBeforeLcpBytes: beforeLcpBytes }, null, 2)}\n`,
  );
}
