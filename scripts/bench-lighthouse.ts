/**
 * Lighthouse (mobile, its default simulated throttling) on one page of each template, with Debian's
 * Chromium: median of RUNS runs for the four category scores, LCP and TBT. Called by scripts/bench.ts,
 * which records the rows in its file, or on its own against the built dist/ (through nginx when it
 * is installed), writing bench-results/bench-lighthouse-<date>.json:
 *   node scripts/bench-lighthouse.ts [--runs N]
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../tests/support/e2e/browser.ts';

export interface LighthouseRow {
  name: string;
  path: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function benchLighthouse(baseUrl: string, pages: { name: string; path: string }[], runs = 3): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const p of pages) {
      const samples: Omit<LighthouseRow, 'name' | 'path'>[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(baseUrl + p.path, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
        const lhr = result!.lhr;
        const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
        samples.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
          tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        });
      }
      const m = (k: keyof (typeof samples)[number]) => median(samples.map((s) => s[k]));
      rows.push({ name: p.name, path: p.path, performance: m('performance'), accessibility: m('accessibility'), bestPractices: m('bestPractices'), seo: m('seo'), lcpMs: m('lcpMs'), tbtMs: m('tbtMs') });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

export function lighthouseTable(rows: LighthouseRow[], runs: number): string {
  const head = `Lighthouse, mobile, median of ${runs}:\npage                  perf  a11y  best   seo   LCP ms   TBT ms`;
  const body = rows.map((r) => `${r.name.padEnd(22)}${String(r.performance).padStart(4)}${String(r.accessibility).padStart(6)}${String(r.bestPractices).padStart(6)}${String(r.seo).padStart(6)}${r.lcpMs.toFixed(0).padStart(9)}${r.tbtMs.toFixed(0).padStart(9)}`);
  return [head, ...body].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { existsSync } = await import('node:fs');
  const { NGINX, startNginx } = await import('./serve-prod.ts');
  const { serve } = await import('../tests/support/e2e/server.ts');
  const { PAGES, SEARCH_PAGE } = await import('./bench-pages.ts');
  const { writeBenchResult } = await import('./bench-record.ts');
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args[at + 1]) : 3;
  const nginx = existsSync(NGINX) ? await startNginx('dist') : null;
  const plain = nginx ? null : await serve('dist');
  const rows = await benchLighthouse(nginx?.url ?? plain!.url, [...PAGES, SEARCH_PAGE], runs);
  if (nginx) await nginx.stop();
  plain?.server.close();
  const servedBy = nginx ? 'nginx (deploy/nginx.conf)' : 'the test server (no compression)';
  console.log(`${lighthouseTable(rows, runs)}\n\nwritten to ${writeBenchResult('bench-lighthouse', { runs, servedBy, rows })}`);
}
