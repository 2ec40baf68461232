import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSharded, buildSite, TEST_LIBRARY } from '../support/e2e/build.ts';
import { launch } from '../support/e2e/browser.ts';
import { serve } from '../support/e2e/server.ts';
import { siteFiles } from '../support/e2e/site-files.ts';

/**
 * A sharded build (npm run build -- --shard K/3 for K = 1 … 3, then npm run build:merge) of the
 * test library against the same library built in one piece. With N = 3 the three plans fall in
 * shards 3 (liaoning-2015-24, liaoning-2019-8) and 2 (qingchuan-2020-3); shard 1 is empty, as a
 * shard of a small library can be.
 */
let whole = '';
let merged = '';
let shards = '';
let browser: Browser;
let server: Server;
let base = '';
beforeAll(async () => {
  whole = buildSite(TEST_LIBRARY, { compress: false }).dist;
  ({ dist: merged, shards } = buildSharded(TEST_LIBRARY, 3, { compress: false }));
  ({ server, url: base } = await serve(merged));
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('a sharded build', () => {
  it('assigns each plan to one shard and keeps the library pages out of the shards', () => {
    const record = (k: number) => JSON.parse(readFileSync(join(shards, String(k), 'shard.json'), 'utf8'));
    expect(record(1)).toEqual({ shard: '1/3', plans: [] });
    expect(record(2)).toEqual({ shard: '2/3', plans: ['qingchuan-2020-3'] });
    expect(record(3)).toEqual({ shard: '3/3', plans: ['liaoning-2015-24', 'liaoning-2019-8'] });
    const top = readdirSync(join(shards, '3')).sort();
    expect(top).toEqual(expect.arrayContaining(['liaoning-2015-24', 'liaoning-2019-8', 'pagefind']));
    for (const library of ['index.html', 'search', 'departments', 'plans', 'feed.atom', 'search-vocab.json', '404.html', 'qingchuan-2020-3']) expect(top).not.toContain(library);
  });

  it('gives the same pages as a build in one piece, byte for byte but the library pages\' list of shard bundles', () => {
    const a = siteFiles(whole);
    const b = siteFiles(merged);
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(250);
    const shardsMeta = /<meta name="search-shards" content="([^"]*)">/;
    let library = 0;
    for (const f of a.filter((f) => f.endsWith('.html'))) {
      const one = readFileSync(join(whole, f), 'utf8');
      const two = readFileSync(join(merged, f), 'utf8');
      expect(one, f).not.toMatch(shardsMeta);
      if (two.match(shardsMeta)) {
        library++;
        expect(two.match(shardsMeta)![1], f).toBe('/pagefind/shards/2/ /pagefind/shards/3/');
      }
      expect(two.replace(shardsMeta, ''), f).toBe(one);
    }
    // The library pages (home, search, facets, departments, open data, 404) and those only.
    expect(library).toBeGreaterThan(10);
    expect(readFileSync(join(merged, 'liaoning-2015-24/plan/index.html'), 'utf8')).not.toMatch(shardsMeta);
    expect(JSON.parse(readFileSync(join(merged, 'pagefind/shards.json'), 'utf8'))).toEqual(['/pagefind/shards/2/', '/pagefind/shards/3/']);
    for (const plan of ['liaoning-2015-24', 'liaoning-2019-8', 'qingchuan-2020-3']) expect(readdirSync(join(merged, 'pagefind/plans', plan))).toContain('pagefind.js');
  });

  it('searches the plans of every shard from the library search page, through the directory', async () => {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/search/?q=${encodeURIComponent('智能制造')}`);
    await page.waitForSelector('body[data-search-done]');
    // Plan by plan until the first page is full (src/lib/search/directory.ts): the rest on request.
    while (await page.locator('#search-more').isVisible()) {
      await page.locator('#search-more').click();
      await page.waitForFunction(() => !document.body.dataset.searchBusy);
    }
    const plans = new Set(await page.locator('#search-results > li .hit-plan').allInnerTexts());
    // Shard 3's two plans and shard 2's one.
    expect(plans).toEqual(new Set(['辽宁省传统工业转型升级实施方案（辽政发〔2015〕24号）', '辽宁省智能制造推进方案（辽政发〔2019〕8号）', '青川市数字经济提速行动方案（青政发〔2020〕3号）']));
    const urls = await page.locator('#search-results > li a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.some((u) => u.startsWith('/qingchuan-2020-3/'))).toBe(true);
    expect(urls.some((u) => u.startsWith('/liaoning-2019-8/'))).toBe(true);
    // One WebAssembly module (the directory's, which the merge wrote from every plan's model), and
    // the page list of each plan's own bundle, whichever shard built it; no shard bundle.
    expect(requested.filter((p) => p.endsWith('.pagefind'))).toEqual(['/pagefind/directory/wasm.unknown.pagefind']);
    for (const plan of ['liaoning-2015-24', 'liaoning-2019-8', 'qingchuan-2020-3']) expect(requested.some((p) => p.startsWith(`/pagefind/plans/${plan}/`) && p.endsWith('.pf_meta'))).toBe(true);
    expect(requested.filter((p) => p.startsWith('/pagefind/shards/'))).toEqual([]);
    await ctx.close();
  });
});
