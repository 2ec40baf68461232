/**
 * Search budgets, measured in Chromium against the built site (called by scripts/bench.ts, which
 * records them in its file, or on its own: node scripts/bench-search.ts [--runs N], which writes
 * bench-results/bench-search-<date>.json). Bytes are response bodies gzipped (Pagefind's
 * index files are gzip already), counted from the first keystroke until the results are shown and
 * the network is quiet.
 *   first query   a reading page loaded cold, the header box focused, 机器人 typed
 *   next query    on the same page, each of NEXT_QUERIES typed in turn after it: median and largest
 *   results page  /search/?q=石化 loaded cold: everything after the HTML
 *   render        typing → results rendered in the box, index loaded, median over many queries
 *   answer data   the answer files (/<plan>/answers.json, or answers-keyword.json for a keyword) a search fetches when it starts
 *   card          /search/?q=<question> loaded cold: time from the first results shown to the
 *                 answer card shown (0 when the card comes first), median and largest over QUESTIONS
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

const KB = 1024;
const BUDGET = { first: 120 * KB, next: 30 * KB, renderMs: 100, answerData: 15 * KB, cardMs: 100 };
const READING = '/liaoning-2015-24/tasks/p3-3/';
const NEXT_QUERIES = ['轴承', '光伏', 'MES', '央企', '融资', '新松', '质监局', '数控机床', '盘锦 石化', '中国制造2025', '淘汰落后 水泥'];
const QUESTIONS = ['谁牵头 质量', '谁负责绿色制造？', '计量归哪个部门管', '创新平台由哪个部门负责', '省质监局负责什么', '疫苗由哪个部门负责', '融资找哪个部门', '宇航员归哪个部门管', '誰牽頭 技術創新', 'who leads 两化融合'];
const RENDER_QUERIES = ['机器人', '轴承', '光伏', 'MES', '央企', '融资', '新松', '沈鼓', '质监局', '金融办', '数控机床', '3D 电视', '盘锦 石化', '中国制造2025', '產業聯盟'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

interface Fetched { url: string; gzip: number }

/** Records the responses of a page from now on. */
function recorder(page: Page) {
  let bodies: Promise<Fetched>[] = [];
  let last = Date.now();
  page.on('response', (r) => {
    last = Date.now();
    bodies.push(r.body().then((b) => ({ url: new URL(r.url()).pathname, gzip: gzipSync(b).length })).catch(() => ({ url: r.url(), gzip: 0 })));
  });
  return {
    reset() { bodies = []; },
    async settle(quietMs = 400) {
      while (Date.now() - last < quietMs) await page.waitForTimeout(100);
      return Promise.all(bodies);
    },
  };
}

const sum = (xs: Fetched[]) => xs.reduce((n, x) => n + x.gzip, 0);

async function typeAndWait(page: Page, q: string) {
  await page.evaluate(() => document.getElementById('site-search-panel')?.setAttribute('data-wait', '1'));
  await page.locator('#site-search').fill(q);
  await page.waitForFunction((q) => {
    const status = document.querySelector('#site-search-panel .search-status')?.textContent ?? '';
    return status.includes(`“${q}”`);
  }, q);
}

export interface SearchBench {
  firstQuery: { bytes: number; requests: number; files: Fetched[] };
  nextQuery: { bytes: number; requests: number; largest: { query: string; bytes: number }; samples: number };
  resultsPage: { bytes: number; requests: number };
  readingPageScripts: { bytes: number; requests: number };
  renderMs: { median: number; p90: number; samples: number };
  answerData: { bytes: number; files: number };
  cardAfterResultsMs: { median: number; max: number; samples: number };
  budgets: typeof BUDGET;
}

export async function benchSearch(baseUrl: string, browser: Browser, runs = 3): Promise<{ result: SearchBench; table: string }> {
  const firsts: SearchBench['firstQuery'][] = [];
  const nexts: SearchBench['nextQuery'][] = [];
  const resultsPages: SearchBench['resultsPage'][] = [];
  let scripts: SearchBench['readingPageScripts'] = { bytes: 0, requests: 0 };
  const times: number[] = [];
  const cardDelays: number[] = [];
  let answerData = { bytes: 0, files: 0 };
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const rec = recorder(page);
    await page.goto(baseUrl + READING, { waitUntil: 'load' });
    const before = await rec.settle();
    const js = before.filter((f) => f.url.endsWith('.js'));
    scripts = { bytes: sum(js), requests: js.length };
    rec.reset();
    await page.locator('#site-search').focus();
    await typeAndWait(page, '机器人');
    const first = await rec.settle();
    firsts.push({ bytes: sum(first), requests: first.length, files: first });
    // 机器人 is a keyword: its part of the answer data (answers-keyword.json), not the whole file.
    const answerFiles = first.filter((f) => /\/answers(?:-keyword)?\.json$/.test(f.url));
    answerData = { bytes: sum(answerFiles), files: answerFiles.length };
    const each: { query: string; bytes: number; requests: number }[] = [];
    for (const q of NEXT_QUERIES) {
      rec.reset();
      await typeAndWait(page, q);
      const next = await rec.settle();
      each.push({ query: q, bytes: sum(next), requests: next.length });
    }
    const largest = each.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    nexts.push({
      bytes: median(each.map((x) => x.bytes)),
      requests: median(each.map((x) => x.requests)),
      largest: { query: largest.query, bytes: largest.bytes },
      samples: each.length,
    });
    // Typing → rendered, index loaded: warm every query once, then time it.
    for (const q of RENDER_QUERIES) await typeAndWait(page, q);
    for (const q of RENDER_QUERIES) {
      await page.locator('#site-search').fill('');
      const ms = await page.evaluate(async (q) => {
        const input = document.getElementById('site-search') as HTMLInputElement;
        const panel = document.getElementById('site-search-panel')!;
        const done = new Promise<number>((ok) => panel.addEventListener('search:rendered', () => ok(performance.now()), { once: true }));
        const t = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        return (await done) - t;
      }, q);
      times.push(ms);
    }
    await context.close();

    const ctx2 = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p2 = await ctx2.newPage();
    const rec2 = recorder(p2);
    await p2.goto(`${baseUrl}/search/?q=${encodeURIComponent('石化')}`);
    await p2.waitForSelector('body[data-search-done]');
    // Its URL ends with ?q=…: the path tells the HTML (counted until 2026-12-07).
    const all = (await rec2.settle()).filter((f) => new URL(f.url, baseUrl).pathname !== '/search/');
    resultsPages.push({ bytes: sum(all), requests: all.length });
    // Results shown → card shown, each question on a cold page (marks set by src/browser/search/page.ts).
    for (const q of QUESTIONS) {
      const p = await ctx2.newPage();
      await p.goto(`${baseUrl}/search/?q=${encodeURIComponent(q)}`);
      await p.waitForSelector('body[data-search-done]');
      const delay = await p.evaluate(() => {
        const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
        return Math.max(0, at('search:answer') - at('search:results'));
      });
      if (!Number.isNaN(delay)) cardDelays.push(delay);
      await p.close();
    }
    await ctx2.close();
  }
  const pick = <T extends { bytes: number }>(xs: T[]) => [...xs].sort((a, b) => a.bytes - b.bytes)[Math.floor(xs.length / 2)];
  const sorted = [...times].sort((a, b) => a - b);
  const result: SearchBench = {
    firstQuery: pick(firsts),
    nextQuery: pick(nexts),
    resultsPage: pick(resultsPages),
    readingPageScripts: scripts,
    renderMs: { median: median(times), p90: sorted[Math.floor(sorted.length * 0.9)], samples: times.length },
    answerData,
    cardAfterResultsMs: { median: median(cardDelays), max: Math.max(...cardDelays), samples: cardDelays.length },
    budgets: BUDGET,
  };
  const f = (n: number) => (n / KB).toFixed(1);
  const row = (name: string, value: string, budget: string, ratio: string) => `${name.padEnd(44)}${value.padStart(10)}${budget.padStart(10)}${ratio.padStart(8)}`;
  const table = [
    row('search', 'value', 'budget', 'ratio'),
    row('script on a reading page before use (KB gzip)', f(result.readingPageScripts.bytes), '—', '—'),
    row(`first query, cold page (KB, ${result.firstQuery.requests} requests)`, f(result.firstQuery.bytes), f(BUDGET.first), (result.firstQuery.bytes / BUDGET.first).toFixed(2)),
    row(`following query, median of ${result.nextQuery.samples} (KB, ${result.nextQuery.requests} req.)`, f(result.nextQuery.bytes), f(BUDGET.next), (result.nextQuery.bytes / BUDGET.next).toFixed(2)),
    row(`following query, largest (KB, ${result.nextQuery.largest.query})`, f(result.nextQuery.largest.bytes), f(BUDGET.next), (result.nextQuery.largest.bytes / BUDGET.next).toFixed(2)),
    row(`results page /search/?q=石化 (KB, ${result.resultsPage.requests} req.)`, f(result.resultsPage.bytes), '—', '—'),
    row(`typing → rendered, median of ${times.length} (ms)`, result.renderMs.median.toFixed(1), String(BUDGET.renderMs), (result.renderMs.median / BUDGET.renderMs).toFixed(2)),
    row('typing → rendered, p90 (ms)', result.renderMs.p90.toFixed(1), '—', '—'),
    row(`answer data per search (KB gzip, ${result.answerData.files} file)`, f(result.answerData.bytes), f(BUDGET.answerData), (result.answerData.bytes / BUDGET.answerData).toFixed(2)),
    row(`results → answer card, median of ${result.cardAfterResultsMs.samples} (ms)`, result.cardAfterResultsMs.median.toFixed(1), String(BUDGET.cardMs), (result.cardAfterResultsMs.median / BUDGET.cardMs).toFixed(2)),
    row('results → answer card, largest (ms)', result.cardAfterResultsMs.max.toFixed(1), String(BUDGET.cardMs), (result.cardAfterResultsMs.max / BUDGET.cardMs).toFixed(2)),
    '',
    'first query files: ' + result.firstQuery.files.map((x) => `${x.url.split('/').pop()} ${f(x.gzip)}`).join(', '),
  ].join('\n');
  return { result, table };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { launch } = await import('../tests/support/e2e/browser.ts');
  const { serve } = await import('../tests/support/e2e/server.ts');
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const { server, url } = await serve('dist');
  const browser = await launch();
  const runs = at >= 0 ? Number(args[at + 1]) : 3;
  const { result, table } = await benchSearch(url, browser, runs);
  await browser.close();
  server.close();
  const { writeBenchResult } = await import('./bench-record.ts');
  console.log(`${table}\n\nwritten to ${writeBenchResult('bench-search', { runs, servedBy: 'the test server (no compression)', ...result })}`);
}
