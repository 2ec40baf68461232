/**
 * Budgets and timings, measured in Chromium against the built site. Not a test: these machines are
 * shared and noisy, so it reports medians and ratios to the budgets instead of failing on a number.
 *   npm run bench [-- --runs N] [--no-build] [--no-lighthouse]
 * The build is timed cold and warm, paired against stock Starlight building the same text
 * (scripts/bench-build.ts, bench/starlight/); the ratios are the figures to read.
 * Prints a table and writes bench-results/bench-<date>.json (scripts/bench-record.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { convertPlan } from '../src/lib/convert/index.ts';
import { launch } from '../tests/support/e2e/browser.ts';
import { serve } from '../tests/support/e2e/server.ts';
import { benchSearch } from './bench-search.ts';
import { NGINX, startNginx } from './serve-prod.ts';
import { benchLighthouse, lighthouseTable, type LighthouseRow } from './bench-lighthouse.ts';
import { PAGES, SEARCH_PAGE } from './bench-pages.ts';
import { writeBenchResult } from './bench-record.ts';
import { installStarlight, pairedBuilds, pairedTable, projectSubject, starlightSubject, writeStarlightDocs, type PairedResult } from './bench-build.ts';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const KB = 1024;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// 1. The whole build (astro build: convert, pages, search index, compression), cold and warm,
// paired against stock Starlight building the same text (scripts/bench-build.ts).
let builds: PairedResult | null = null;
if (!args.includes('--no-build')) {
  installStarlight();
  writeStarlightDocs();
  builds = pairedBuilds([projectSubject(process.cwd()), starlightSubject()], RUNS);
}

// 2. The converter alone, in process.
const source = readFileSync('content/sources/liaoning-2015-24.txt');
const convertTimes: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = performance.now();
  convertPlan(source, { file: 'liaoning-2015-24.txt' });
  convertTimes.push(performance.now() - t);
}

// 3. Bytes each page needs before interaction (scripts/bench-pages.ts): every response up to the
// load event, gzipped.
/** JavaScript budget of the graph page (issue: ≤ 35 KB gzip, d3 only as used). */
const GRAPH_JS_BUDGET = 35 * KB;
// Measured through nginx with deploy/nginx.conf when it is installed (as served in production),
// otherwise through the plain test server.
const nginx = existsSync(NGINX) ? await startNginx('dist') : null;
const plain = nginx ? null : await serve('dist');
const url = nginx?.url ?? plain!.url;
const servedBy = nginx ? 'nginx (deploy/nginx.conf)' : 'the test server (no compression)';
const browser = await launch();
const pages: { name: string; path: string; requests: number; rawBytes: number; gzipBytes: number; budget: number; scripts: number; jsGzipBytes: number; foreign: string[]; loadMs: number }[] = [];
for (const p of PAGES) {
  const loads: number[] = [];
  let last = { requests: 0, rawBytes: 0, gzipBytes: 0, scripts: 0, jsGzipBytes: 0, foreign: [] as string[] };
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const bodies: Promise<{ raw: number; gz: number; script: boolean }>[] = [];
    // Inline scripts count as JavaScript too (Astro inlines small ones into the HTML).
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('response', (r) => {
      bodies.push(r.body().then((b) => ({ raw: b.length, gz: gzipSync(b).length, script: r.request().resourceType() === 'script' })).catch(() => ({ raw: 0, gz: 0, script: false })));
    });
    const t = performance.now();
    await page.goto(url + p.path, { waitUntil: 'load' });
    loads.push(performance.now() - t);
    const b = await Promise.all(bodies);
    const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((x) => x.textContent ?? '').join('\n'));
    const jsGzipBytes = (inline ? gzipSync(Buffer.from(inline)).length : 0) + b.filter((x) => x.script).reduce((n, x) => n + x.gz, 0);
    last = { requests: b.length, rawBytes: b.reduce((n, x) => n + x.raw, 0), gzipBytes: b.reduce((n, x) => n + x.gz, 0), scripts: b.filter((x) => x.script).length + (inline ? 1 : 0), jsGzipBytes, foreign };
    await context.close();
  }
  pages.push({ name: p.name, path: p.path, ...last, budget: p.budget, loadMs: median(loads) });
}
// Search: bytes for a first and a following query, typing → rendered (scripts/bench-search.ts).
const search = await benchSearch(url, browser, RUNS);
await browser.close();

// 4. Lighthouse on one page of each template (skip with --no-lighthouse: it takes minutes).
let lighthouseRows: LighthouseRow[] = [];
if (!args.includes('--no-lighthouse')) {
  lighthouseRows = await benchLighthouse(url, [...PAGES, SEARCH_PAGE], RUNS);
}
if (nginx) await nginx.stop();
plain?.server.close();

const result = {
  runs: RUNS,
  builds,
  convertMs: { median: median(convertTimes) },
  servedBy,
  pages,
  lighthouse: lighthouseRows,
  search: search.result,
};
const written = writeBenchResult('bench', result);

const f = (n: number) => (n / KB).toFixed(1);
if (builds) console.log(`\n${pairedTable(builds)}`);
console.log(`convert alone, median of 20: ${result.convertMs.median.toFixed(0)} ms`);
console.log(`pages served by ${servedBy}; sizes below are the gzip of each response body\n`);
console.log('page                  requests  scripts  raw KB  gzip KB  budget KB  ratio  load ms  JS gzip KB  other origins');
for (const p of pages) {
  console.log(
    `${p.name.padEnd(22)}${String(p.requests).padStart(8)}${String(p.scripts).padStart(9)}${f(p.rawBytes).padStart(8)}${f(p.gzipBytes).padStart(9)}${f(p.budget).padStart(11)}${(p.gzipBytes / p.budget).toFixed(2).padStart(7)}${p.loadMs.toFixed(0).padStart(9)}${f(p.jsGzipBytes).padStart(12)}  ${p.foreign.length}`,
  );
}
const graph = pages.find((p) => p.path.endsWith('/departments/graph/'));
if (graph) console.log(`\ngraph page JavaScript: ${f(graph.jsGzipBytes)} KB gzip of ${f(GRAPH_JS_BUDGET)} KB budget (ratio ${(graph.jsGzipBytes / GRAPH_JS_BUDGET).toFixed(2)}); other measured pages with JavaScript: ${pages.filter((p) => p !== graph && p.jsGzipBytes > 0).map((p) => `${p.name} ${f(p.jsGzipBytes)} KB`).join(', ') || 'none'}`);
if (lighthouseRows.length) console.log(`\n${lighthouseTable(lighthouseRows, RUNS)}`);
console.log(`\n${search.table}`);
console.log(`\nwritten to ${written}`);
