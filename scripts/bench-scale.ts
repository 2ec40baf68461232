/**
 * How the build and the site scale with the number of plans. Not a test: it reports figures and
 * their ratios to the budgets.
 *   npm run bench:scale [-- --n 1,10,100] [--keep]
 *   npm run bench:scale -- --measure DIST [PATH]   search bytes of a built library only
 *                                                  (bench-results/bench-scale-measure-<date>.json)
 * For each N it generates a deterministic synthetic library (scripts/synthetic-library.ts) in a
 * temporary folder (removed afterwards unless --keep), builds it as `npm run build` does (one
 * `astro build`, whose stages print their times: convert → pages → Pagefind → compression, with
 * empty caches), then rebuilds after one plan changed (caches warm), and measures the built site. Prints a table and writes bench-results/bench-scale-<date>.json
 * (scripts/bench-record.ts); each row is also appended to bench-results/bench-scale.log as it is
 * measured (not committed), so an hour-long run that stops at N = 100 keeps its smaller rows.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launch } from '../tests/support/e2e/browser.ts';
import { serve } from '../tests/support/e2e/server.ts';
import { writeBenchResult } from './bench-record.ts';
import { stageTimes } from '../src/integrations/build-stages.ts';
import { fixtureTexts, sentencePool, syntheticLibrary } from './synthetic-library.ts';

const KB = 1024;
const args = process.argv.slice(2);
const nAt = args.indexOf('--n');
const NS = (nAt >= 0 ? args[nAt + 1] : '1,10,100').split(',').map(Number);
const KEEP = args.includes('--keep');
const BUDGET = { buildS: 180, peakMB: 2048, marginalS: 1.5, pageDeltaKB: 1, firstKB: 150, nextKB: 40 };
const QUERIES = ['智能制造', '轴承', '机器人', '融资', '省科技厅', '石化', '数控机床', '人才培养'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? 0 : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

interface Stage { seconds: number; cpu: number; peakMB: number; stderr: string }


/** Runs one build stage under GNU time: wall seconds and the peak resident memory of its process tree. */
function stage(cmd: string[], env: Record<string, string>): Stage {
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %M %U %S', process.execPath, ...cmd], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const m = /@@ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !m) throw new Error(`${cmd.join(' ')} failed:\n${r.stderr?.slice(-4000)}\n${r.stdout?.slice(-2000)}`);
  // CPU seconds (user + system) too: on a shared machine the wall time mostly measures the others.
  return { seconds: Number(m[1]), cpu: +(Number(m[3]) + Number(m[4])).toFixed(2), peakMB: Number(m[2]) / 1024, stderr: r.stderr };
}

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}
const bytesOf = (dir: string) => [...walk(dir)].reduce((n, f) => n + statSync(f).size, 0);

/** Gzip bytes a reading page needs before interaction: its HTML and the CSS and JS it links. */
function pageWeight(dist: string, html: string): number {
  const text = readFileSync(html, 'utf8');
  const assets = [...text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="(\/[^"]+)"/g)].map((m) => join(dist, m[1]));
  const gz = (f: string) => (existsSync(`${f}.gz`) ? statSync(`${f}.gz`).size : gzipSync(readFileSync(f), { level: 9 }).length);
  return [html, ...assets.filter((a) => existsSync(a))].reduce((n, f) => n + gz(f), 0);
}

/** What a response is, for the breakdown by file: Pagefind's files by their role, the rest by type. */
function fileKind(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('.pagefind')) return 'wasm';
  const ext = /\.pf_(meta|index|filter|fragment)$/.exec(path);
  if (ext) return { meta: 'page list', index: 'word chunks', filter: 'filter chunks', fragment: 'fragments' }[ext[1]]!;
  if (/\/pagefind(?:\/[^/]+)*\/pagefind\.js$/.test(path)) return 'pagefind.js';
  if (path.endsWith('.js')) return 'script';
  if (path.endsWith('.css')) return 'styles';
  if (path.endsWith('.json')) return 'data';
  return 'other';
}

function recorder(page: Page) {
  let bodies: Promise<[string, number]>[] = [];
  let last = Date.now();
  page.on('response', (r) => {
    last = Date.now();
    bodies.push(r.body().then((b): [string, number] => [r.url(), gzipSync(b).length]).catch((): [string, number] => [r.url(), 0]));
  });
  let byKind: Record<string, number> = {};
  return {
    reset() { bodies = []; },
    /** Bytes (gzip) of the responses since the last reset, by kind of file. */
    get byKind() { return byKind; },
    async settle(quietMs = 400) {
      while (Date.now() - last < quietMs) await page.waitForTimeout(100);
      const all = await Promise.all(bodies);
      byKind = {};
      for (const [url, n] of all) byKind[fileKind(url)] = (byKind[fileKind(url)] ?? 0) + n;
      return all.reduce((a, [, n]) => a + n, 0);
    },
  };
}

/** Bytes (gzip) from typing in the header box of a reading page until the results show. */
async function queryBytes(dist: string, path: string): Promise<{ first: number; next: number; nextMax: number }> {
  const { server, url } = await serve(dist);
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const rec = recorder(page);
    await page.goto(url + path, { waitUntil: 'load' });
    await rec.settle();
    const type = async (q: string) => {
      rec.reset();
      await page.locator('#site-search').fill(q);
      await page.waitForFunction((q) => (document.querySelector('#site-search-panel .search-status')?.textContent ?? '').includes(`“${q}”`), q, { timeout: 60_000 });
      return rec.settle();
    };
    await page.locator('#site-search').focus();
    const first = await type(QUERIES[0]);
    const next: number[] = [];
    for (const q of QUERIES.slice(1)) next.push(await type(q));
    return { first, next: median(next), nextMax: Math.max(...next) };
  } finally {
    await browser.close();
    server.close();
  }
}

/**
 * Bytes (gzip) of the library's results page, where Enter in the header box leads: /search/?q=…
 * loaded cold (everything after its HTML) until the results settle, then each other query typed in
 * its box. Only the hits shown have their fragment fetched (src/browser/search/page.ts).
 */
async function searchPageBytes(dist: string): Promise<{ first: number; next: number; nextMax: number; firstByKind: Record<string, number>; html: number }> {
  const { server, url } = await serve(dist);
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const rec = recorder(page);
    let done = 0;
    const settled = async () => {
      await page.waitForFunction((n) => Number(document.body.dataset.searchDone ?? 0) > n, done, { timeout: 60_000 });
      done = Number(await page.evaluate(() => document.body.dataset.searchDone));
      return rec.settle();
    };
    // The HTML itself is not the search's: its bytes are taken out of the first query. (Awaited
    // after the navigation began, the response had passed: until 2026-12-07 the wait timed out and
    // the HTML was counted, 6.9 KB at 30 plans, 9.6 KB at 100.)
    const htmlResponse = page.waitForResponse((r) => new URL(r.url()).pathname === '/search/');
    await page.goto(`${url}/search/?q=${encodeURIComponent(QUERIES[0])}`, { waitUntil: 'commit' });
    const html = await htmlResponse.then((r) => r.body()).then((b) => gzipSync(b).length);
    const first = (await settled()) - html;
    const firstByKind = { ...rec.byKind };
    firstByKind.other = (firstByKind.other ?? 0) - html;
    const next: number[] = [];
    for (const q of QUERIES.slice(1)) {
      rec.reset();
      await page.locator('#q').fill(q);
      next.push(await settled());
    }
    return { first, next: median(next), nextMax: Math.max(...next), firstByKind, html };
  } finally {
    await browser.close();
    server.close();
  }
}

const kbByKind = (b: Record<string, number>) => Object.fromEntries(Object.entries(b).filter(([, n]) => n > 0).sort((x, y) => y[1] - x[1]).map(([k, n]) => [k, +(n / KB).toFixed(1)]));

interface Row {
  n: number;
  sourceKB: number;
  build: { whole: number; convert: number; astro: number; pagefind: number; compress: number; peakMB: number; cpuSeconds: number; loadAverage: number };
  rebuildOneChanged: { whole: number; convert: number; compress: number; convertedPlans: number };
  pages: number;
  distMB: number;
  distUncompressedMB: number;
  indexKB: number;
  readingPage: { medianGzipKB: number; fixedPageGzipKB: number; fixedPage: string };
  query: { firstKB: number; nextMedianKB: number; nextMaxKB: number };
  /** The library's /search/ page: first query (page loaded cold) and the next ones. */
  searchPage: { firstKB: number; nextMedianKB: number; nextMaxKB: number; firstByFileKB: Record<string, number>; htmlKB: number };
  answerCardKB: null;
}

const root = process.cwd();
// --measure DIST [PATH]: only the search bytes of an already built library (e.g. one kept with --keep).
const measureAt = args.indexOf('--measure');
if (measureAt >= 0) {
  const q = await queryBytes(args[measureAt + 1], args[measureAt + 2] ?? '/liaoning-2015-7/tasks/p3-1/');
  const sp = await searchPageBytes(args[measureAt + 1]);
  const measured = { firstKB: +(q.first / KB).toFixed(1), nextMedianKB: +(q.next / KB).toFixed(1), nextMaxKB: +(q.nextMax / KB).toFixed(1), searchPage: { firstKB: +(sp.first / KB).toFixed(1), nextMedianKB: +(sp.next / KB).toFixed(1), nextMaxKB: +(sp.nextMax / KB).toFixed(1), firstByFileKB: kbByKind(sp.firstByKind), htmlKB: +(sp.html / KB).toFixed(1) } };
  process.stdout.write(`${JSON.stringify(measured)}\nwritten to ${writeBenchResult('bench-scale-measure', { dist: args[measureAt + 1], queries: QUERIES, ...measured }, root)}\n`);
  process.exit(0);
}
const pool = sentencePool(fixtureTexts(root));
const rows: Row[] = [];
const log = join(root, 'bench-results', 'bench-scale.log');
mkdirSync(join(root, 'bench-results'), { recursive: true });
for (const n of NS) {
  const dir = mkdtempSync(join(tmpdir(), `bench-scale-${n}-`));
  const sources = join(dir, 'sources');
  mkdirSync(sources);
  const plans = syntheticLibrary(n, pool);
  for (const p of plans) writeFileSync(join(sources, `${p.id}.txt`), p.text);
  const env = { POLICY_SOURCES_DIR: sources, POLICY_GENERATED_DIR: join(dir, 'generated'), POLICY_DIST_DIR: join(dir, 'dist'), POLICY_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  process.stderr.write(`N=${n}: ${plans.length} plans, ${(plans.reduce((a, p) => a + Buffer.byteLength(p.text), 0) / KB).toFixed(0)} KB of text in ${relative(root, dir)}\n`);
  // The whole build is `astro build` (src/integrations/build-stages.ts), which prints each stage's
  // time. --force: each library has its own generated directory, and Astro's content cache
  // (.astro/) would otherwise still list the pages of the previous library.
  const build = stage(['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--force'], env);
  const times = stageTimes(build.stderr);
  // One plan changes (its last body paragraph gains a sentence): only it is converted again, and
  // only the files whose bytes changed are compressed again.
  const changed = join(sources, `${plans[0].id}.txt`);
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\n(（一）[^\n]*。)\n/, '\n$1本条为基准测试所加。\n'));
  const rebuild = stage(['node_modules/astro/bin/astro.mjs', 'build', '--silent'], env);
  const retimes = stageTimes(rebuild.stderr);
  const hits = Number(/conversion cache: (\d+) of/.exec(rebuild.stderr)?.[1] ?? -1);
  const dist = env.POLICY_DIST_DIR;
  const htmls = [...walk(dist)].filter((f) => f.endsWith('index.html'));
  const reading = htmls.filter((f) => /\/tasks\/p[^/]+\/index\.html$/.test(f));
  const fixed = `/${plans[0].id}/tasks/p3-1/`;
  const q = await queryBytes(dist, fixed);
  const sp = await searchPageBytes(dist);
  const row: Row = {
    n,
    sourceKB: Math.round(plans.reduce((a, p) => a + Buffer.byteLength(p.text), 0) / KB),
    build: {
      whole: build.seconds,
      convert: times.convert, astro: +(build.seconds - times.convert - times['search-index'] - times.compress).toFixed(2), pagefind: times['search-index'], compress: times.compress,
      peakMB: Math.round(build.peakMB),
      cpuSeconds: build.cpu,
      loadAverage: loadavg()[0],
    },
    rebuildOneChanged: { whole: rebuild.seconds, convert: retimes.convert, compress: retimes.compress, convertedPlans: hits >= 0 ? n - hits : -1 },
    pages: htmls.length,
    distMB: +(bytesOf(dist) / KB / KB).toFixed(1),
    distUncompressedMB: +([...walk(dist)].filter((f) => !/\.(gz|br)$/.test(f)).reduce((a, f) => a + statSync(f).size, 0) / KB / KB).toFixed(1),
    indexKB: Math.round(bytesOf(join(dist, 'pagefind')) / KB),
    readingPage: { medianGzipKB: +(median(reading.map((f) => pageWeight(dist, f))) / KB).toFixed(2), fixedPageGzipKB: +(pageWeight(dist, join(dist, fixed, 'index.html')) / KB).toFixed(2), fixedPage: fixed },
    query: { firstKB: +(q.first / KB).toFixed(1), nextMedianKB: +(q.next / KB).toFixed(1), nextMaxKB: +(q.nextMax / KB).toFixed(1) },
    searchPage: { firstKB: +(sp.first / KB).toFixed(1), nextMedianKB: +(sp.next / KB).toFixed(1), nextMaxKB: +(sp.nextMax / KB).toFixed(1), firstByFileKB: kbByKind(sp.firstByKind), htmlKB: +(sp.html / KB).toFixed(1) },
    answerCardKB: null,
  };
  rows.push(row);
  appendFileSync(log, `${JSON.stringify(row)}\n`);
  process.stderr.write(`${JSON.stringify(row)}\n`);
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
}

const at = (n: number) => rows.find((r) => r.n === n);
const big = rows.at(-1)!;
const [a, b] = [at(10), at(100)];
const marginal = a && b ? (b.build.whole - a.build.whole) / (b.n - a.n) : null;
const one = at(1);
const ratios = {
  buildVsBudget: +(big.build.whole / BUDGET.buildS).toFixed(2),
  peakVsBudget: +(big.build.peakMB / BUDGET.peakMB).toFixed(2),
  marginalSecondsPerPlan: marginal === null ? null : +marginal.toFixed(2),
  marginalVsBudget: marginal === null ? null : +(marginal / BUDGET.marginalS).toFixed(2),
  fixedPageDeltaKB: one ? +(big.readingPage.fixedPageGzipKB - one.readingPage.fixedPageGzipKB).toFixed(2) : null,
  firstQueryVsBudget: +(big.query.firstKB / BUDGET.firstKB).toFixed(2),
  nextQueryVsBudget: +(big.query.nextMedianKB / BUDGET.nextKB).toFixed(2),
  searchPageFirstVsBudget: +(big.searchPage.firstKB / BUDGET.firstKB).toFixed(2),
  searchPageNextVsBudget: +(big.searchPage.nextMedianKB / BUDGET.nextKB).toFixed(2),
};
const table = [
  '| N | text | whole build (wall; CPU; 1-min load) | convert | astro | pagefind | compress | peak | pages | dist | index | reading page (median, gzip) | first query | next query (median / max) | /search/ first query | /search/ next (median / max) | rebuild, 1 plan changed: whole (convert / compress) |',
  '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.n} | ${r.sourceKB} KB | ${r.build.whole} s (CPU ${r.build.cpuSeconds} s, load ${r.build.loadAverage.toFixed(1)}) | ${r.build.convert} s | ${r.build.astro} s | ${r.build.pagefind} s | ${r.build.compress} s | ${r.build.peakMB} MB | ${r.pages} | ${r.distMB} MB | ${r.indexKB} KB | ${r.readingPage.medianGzipKB} KB (fixed page ${r.readingPage.fixedPageGzipKB} KB) | ${r.query.firstKB} KB | ${r.query.nextMedianKB} / ${r.query.nextMaxKB} KB | ${r.searchPage.firstKB} KB | ${r.searchPage.nextMedianKB} / ${r.searchPage.nextMaxKB} KB | ${r.rebuildOneChanged.whole} s (${r.rebuildOneChanged.convert} s, ${r.rebuildOneChanged.convertedPlans} converted / ${r.rebuildOneChanged.compress} s) |`),
].join('\n');
process.stdout.write(`${table}\n\nbudgets (N=${big.n}): ${JSON.stringify(ratios)}\n`);
process.stdout.write(`written to ${writeBenchResult('bench-scale', { ns: NS, queries: QUERIES, budgets: BUDGET, ratios, rows }, root)}\n`);
