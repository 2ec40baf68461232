import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL_UNSET_MESSAGE } from '../../src/lib/site/seo/site-url.ts';

/**
 * Issue 13 §1–2: the public address comes from SITE_URL. Two `astro build`s of the bundled plan
 * into temporary directories (about 10 s each; no search index or compression, which do not write
 * URLs), one with and one without it, plus a scan of dist/ as npm run build wrote it.
 */
const SITE = 'https://policy.example.org/';

/** astro build of the pages alone (src/integrations/build-stages.ts): no conversion, search index or compression. */
const PAGES_ONLY = { POLICY_CONVERT: '0', POLICY_SEARCH_INDEX: '0', POLICY_COMPRESS: '0' };

function astroBuild(env: Record<string, string | undefined>): { dist: string; output: string } {
  const dist = join(mkdtempSync(join(tmpdir(), 'site-url-')), 'dist');
  const { SITE_URL: _, ...rest } = process.env;
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { encoding: 'utf8', env: { ...rest, ...PAGES_ONLY, ...env } });
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.stderr}\n${r.stdout}`);
  return { dist, output: `${r.stdout}\n${r.stderr}` };
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}
/** Files as served, uncompressed (the .br and .gz beside them are copies). */
const textFiles = (dir: string) => allFiles(dir).filter((f) => !/\.(br|gz|wasm|pf_[a-z]+|pagefind)$/.test(f));
const htmlPages = (dir: string) => allFiles(dir).filter((f) => f.endsWith('.html'));
const urlOf = (dist: string, file: string) => `/${relative(dist, file).replace(/index\.html$/, '')}`;
const LOCAL = /localhost|127\.0\.0\.1/;

let withSite: { dist: string; output: string };
let without: { dist: string; output: string };
beforeAll(() => {
  withSite = astroBuild({ SITE_URL: SITE });
  without = astroBuild({});
}, 120_000);
afterAll(() => {
  for (const b of [withSite, without]) if (b) rmSync(join(b.dist, '..'), { recursive: true, force: true });
});

describe('without SITE_URL', () => {
  it('says so once in the build output', () => {
    expect(without.output.split(SITE_URL_UNSET_MESSAGE).length - 1).toBe(1);
    expect(withSite.output).not.toContain(SITE_URL_UNSET_MESSAGE);
  });

  it('writes no canonical link, no og:url, no sitemap or robots.txt, and no absolute URL of the site', () => {
    const problems: string[] = [];
    for (const f of htmlPages(without.dist)) {
      const html = readFileSync(f, 'utf8');
      if (html.includes('rel="canonical"')) problems.push(`${f}: canonical`);
      if (html.includes('og:url')) problems.push(`${f}: og:url`);
      // The only absolute URLs: the schema.org vocabulary of the JSON-LD and the XML namespaces of inline SVG.
      for (const m of html.matchAll(/(?:href|src|content|action)="(https?:[^"]*)"|"(?:@id|url|item)":"(https?:[^"]*)"/g)) problems.push(`${f}: ${m[1] ?? m[2]}`);
    }
    expect(problems).toEqual([]);
    for (const name of ['sitemap-index.xml', 'sitemap-0.xml', 'robots.txt']) expect(existsSync(join(without.dist, name)), name).toBe(false);
    expect(readFileSync(join(without.dist, 'feed.atom'), 'utf8')).not.toMatch(/href="https?:/);
  });

  it('no file of the site names localhost or 127.0.0.1 (this build and dist/ with its search index)', () => {
    for (const dir of [without.dist, 'dist']) {
      const files = textFiles(dir);
      expect(files.length).toBeGreaterThan(150);
      expect(files.filter((f) => LOCAL.test(readFileSync(f, 'latin1'))), dir).toEqual([]);
    }
  });
});

describe('with SITE_URL', () => {
  it('gives every page its canonical link and og:url under SITE_URL, and JSON-LD ids there too', () => {
    const pages = htmlPages(withSite.dist).filter((f) => !f.endsWith('404.html'));
    expect(pages.length).toBeGreaterThan(150);
    for (const f of pages) {
      const url = new URL(urlOf(withSite.dist, f), SITE).href;
      const html = readFileSync(f, 'utf8');
      expect(html, f).toContain(`<link rel="canonical" href="${url}">`);
      expect(html, f).toContain(`<meta property="og:url" content="${url}">`);
    }
    const home = readFileSync(join(withSite.dist, 'liaoning-2015-24/index.html'), 'utf8');
    expect(home).toContain(`"@id":"${SITE}liaoning-2015-24/#legislation"`);
    // Printed, 在原文中查看 shows its full address under SITE_URL (pages.css prints data-print-href).
    const task = readFileSync(join(withSite.dist, 'liaoning-2015-24/tasks/p3-3/index.html'), 'utf8');
    expect(task).toContain(`href="/liaoning-2015-24/plan/#p3-3" data-print-href="${SITE}liaoning-2015-24/plan/#p3-3"`);
    expect(readFileSync(join(without.dist, 'liaoning-2015-24/tasks/p3-3/index.html'), 'utf8')).not.toContain('data-print-href');
    // The 404 page answers at any address: it claims none.
    expect(readFileSync(join(withSite.dist, '404.html'), 'utf8')).not.toContain('rel="canonical"');
  });

  it('writes a sitemap (by @astrojs/sitemap) of every page and a robots.txt pointing at it', () => {
    const robots = readFileSync(join(withSite.dist, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
    const index = readFileSync(join(withSite.dist, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${SITE}sitemap-0.xml</loc>`);
    const locs = new Set([...readFileSync(join(withSite.dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]));
    const pages = htmlPages(withSite.dist).filter((f) => !f.endsWith('404.html')).map((f) => new URL(urlOf(withSite.dist, f), SITE).href);
    expect([...locs].filter((l) => l.endsWith('/')).sort()).toEqual(pages.sort());
    expect([...locs].some((l) => l.includes('404'))).toBe(false);
  });

  it('makes the feed links absolute, and still names no localhost anywhere', () => {
    const feed = readFileSync(join(withSite.dist, 'feed.atom'), 'utf8');
    expect(feed).toContain(`<link href="${SITE}liaoning-2015-24/" rel="alternate" type="text/html"/>`);
    expect(textFiles(withSite.dist).filter((f) => LOCAL.test(readFileSync(f, 'latin1')))).toEqual([]);
  });
});
