import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { buildIncremental, buildSite, TEST_LIBRARY } from '../support/e2e/build.ts';
import { launch } from '../support/e2e/browser.ts';
import { serve } from '../support/e2e/server.ts';
import { siteFiles } from '../support/e2e/site-files.ts';

/**
 * npm run build:incremental on the test library, twice: cold (every plan built), then after one
 * plan's text changed (qingchuan-2020-3: a sentence added to an item, which changes neither its
 * title, 文号, citations nor departments, so no other plan's pages show anything new). Each result
 * is compared with the same library built in one piece.
 */
const CHANGED = 'qingchuan-2020-3';
const ADDED = '推进量子通信试验网络建设。';
let dir = '';
let files: string[] = [];
let whole = '';
let wholeChanged = '';
let first: ReturnType<typeof buildIncremental>;
let second: ReturnType<typeof buildIncremental>;
let browser: Browser;
let server: Server;
let base = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'incremental-'));
  // The plans' files in a folder of the test's own, so that one can be changed.
  mkdirSync(join(dir, 'sources'));
  files = TEST_LIBRARY.map((f) => {
    const to = join(dir, 'sources', basename(f));
    copyFileSync(f, to);
    return to;
  });
  whole = buildSite(files, { compress: false }).dist;
  first = buildIncremental(files, dir, join(dir, 'dist-1'), { compress: false });
  const changed = files.find((f) => basename(f).startsWith(CHANGED))!;
  const text = readFileSync(changed, 'utf8');
  const line = /\n（一）建设数字基础设施。[^\n]*。\n/;
  expect(text).toMatch(line);
  writeFileSync(changed, text.replace(line, (m) => `${m.slice(0, -1)}${ADDED}\n`));
  second = buildIncremental(files, dir, join(dir, 'dist-2'), { compress: false });
  wholeChanged = buildSite(files, { compress: false }).dist;
  ({ server, url: base } = await serve(second.dist));
  browser = await launch();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

const SHARDS_META = /<meta name="search-shards" content="([^"]*)">/;

/** Same files and bytes, but the library pages' list of search shards (as tests/e2e/shards.test.ts). */
function expectSameSite(incremental: string, inOnePiece: string): void {
  const a = siteFiles(inOnePiece);
  expect(siteFiles(incremental)).toEqual(a);
  expect(a.length).toBeGreaterThan(250);
  let library = 0;
  for (const f of a) {
    const one = readFileSync(join(inOnePiece, f));
    const two = readFileSync(join(incremental, f));
    if (!f.endsWith('.html')) {
      expect(two.equals(one), f).toBe(true);
      continue;
    }
    const html = two.toString('utf8');
    expect(one.toString('utf8'), f).not.toMatch(SHARDS_META);
    if (SHARDS_META.test(html)) {
      // The library pages only: a plan's pages search their plan's bundle.
      expect(['liaoning-2015-24', 'liaoning-2019-8', 'qingchuan-2020-3'], f).not.toContain(f.split('/')[0]);
      library++;
      expect(html.match(SHARDS_META)![1], f).toBe('/pagefind/shards/1/');
    }
    expect(html.replace(SHARDS_META, ''), f).toBe(one.toString('utf8'));
  }
  expect(library).toBeGreaterThan(10);
  expect(JSON.parse(readFileSync(join(incremental, 'pagefind/shards.json'), 'utf8'))).toEqual(['/pagefind/shards/1/']);
}

describe('an incremental build', () => {
  it('builds every plan the first time and gives the site a build in one piece gives', () => {
    expect(first.report.built).toEqual(['liaoning-2015-24', 'liaoning-2019-8', 'qingchuan-2020-3']);
    expect(first.report.reused).toEqual([]);
    expectSameSite(first.dist, whole);
  });

  it('builds only the changed plan after one plan changed, and its search shard', () => {
    expect(second.report.built).toEqual([CHANGED]);
    expect(second.report.reused).toEqual(['liaoning-2015-24', 'liaoning-2019-8']);
    expect(second.report.searchShards).toEqual({ count: 1, built: [1], reused: [] });
    // A reused plan's page is the cache's file itself (a hard link), as in the first site.
    const page = 'liaoning-2019-8/plan/index.html';
    expect(statSync(join(second.dist, page)).ino).toBe(statSync(join(first.dist, page)).ino);
    expect(statSync(join(second.dist, `${CHANGED}/plan/index.html`)).ino).not.toBe(statSync(join(first.dist, `${CHANGED}/plan/index.html`)).ino);
    expect(readFileSync(join(second.dist, `${CHANGED}/plan/index.html`), 'utf8')).toContain(ADDED);
  });

  it('gives after the change the site a build in one piece of the changed library gives', () => {
    expectSameSite(second.dist, wholeChanged);
  });

  it('brings the first site up to date in place, building nothing, removing what it no longer has', () => {
    mkdirSync(join(first.dist, 'stray'));
    writeFileSync(join(first.dist, 'stray', 'index.html'), 'stray');
    writeFileSync(join(first.dist, 'liaoning-2019-8', 'stray.txt'), 'stray');
    const third = buildIncremental(files, dir, first.dist, { compress: false });
    expect(third.report.built).toEqual([]);
    expect(third.report.searchShards).toEqual({ count: 1, built: [], reused: [1] });
    expectSameSite(first.dist, wholeChanged);
  });

  it('finds the changed text from the library search page', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${base}/search/?q=${encodeURIComponent('量子通信')}`);
    await page.waitForSelector('body[data-search-done]');
    const urls = await page.locator('#search-results > li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.some((u) => u.startsWith(`/${CHANGED}/`))).toBe(true);
    await ctx.close();
  });
});
