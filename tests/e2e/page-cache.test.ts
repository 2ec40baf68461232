import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../support/e2e/build.ts';
import { siteFiles } from '../support/e2e/site-files.ts';

/**
 * Astro's incremental build (astro.config.mjs) with the build's key (src/lib/build/page-keys.ts,
 * buildKey): built again with nothing changed, every page with a key is restored, byte for byte
 * the page a cold build wrote; after the plan's text changed, none is restored and the page shows
 * the new text. One plan, its own cache folder, no search index or compression.
 */
const ADDED = '鼓励企业开展质量品牌提升行动。';
const RESTORED = /\(restored\)/g;
let dir = '';
let cold: ReturnType<typeof buildSite>;
let warm: ReturnType<typeof buildSite>;
let changed: ReturnType<typeof buildSite>;
let coldFiles = new Map<string, Buffer>();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'page-cache-'));
  mkdirSync(join(dir, 'sources'));
  const source = join(dir, 'sources', 'liaoning-2015-24.txt');
  copyFileSync('content/sources/liaoning-2015-24.txt', source);
  const env = { POLICY_CACHE_DIR: join(dir, 'cache'), POLICY_SEARCH_INDEX: '0' };
  // One generated folder for the three builds, as in a checkout (content entries are keyed by
  // their path); each output moved aside before the next build.
  mkdirSync(join(dir, 'site'));
  const build = (name: string) => {
    const built = buildSite([source], { compress: false, env, dir: join(dir, 'site') });
    renameSync(built.dist, join(dir, name));
    return { ...built, dist: join(dir, name) };
  };
  cold = build('cold');
  coldFiles = new Map(siteFiles(cold.dist).map((f) => [f, readFileSync(join(cold.dist, f))]));
  warm = build('warm');
  const text = readFileSync(source, 'utf8');
  const line = /\n（一）增强自主创新能力。[^\n]*。\n/;
  expect(text).toMatch(line);
  writeFileSync(source, text.replace(line, (m) => `${m.slice(0, -1)}${ADDED}\n`));
  changed = build('changed');
}, 300_000);

describe('a build that finds the last build\'s pages in its cache', () => {
  it('restores every page of the plan when nothing changed, byte for byte a cold build\'s', () => {
    expect(cold.output.match(RESTORED)).toBeNull();
    const restored = new Set([...warm.output.matchAll(/├─ \/(\S+) \(restored\)/g)].map((m) => m[1]));
    const planPages = [...coldFiles.keys()].filter((f) => f.startsWith('liaoning-2015-24/') && f.endsWith('/index.html'));
    expect(planPages.length).toBeGreaterThan(50);
    for (const f of planPages) expect(restored, f).toContain(f);
    // Rendered again: only the routes without getStaticPaths (home, search, 404).
    expect([...warm.output.matchAll(/├─ \/(\S+) \(\+\d+ms\)/g)].map((m) => m[1]).sort()).toEqual(['404.html', 'index.html', 'search/index.html']);
    const files = siteFiles(warm.dist);
    expect(files).toEqual([...coldFiles.keys()]);
    for (const f of files) expect(readFileSync(join(warm.dist, f)).equals(coldFiles.get(f)!), f).toBe(true);
  });

  it('converts again only once the plan\'s text changed (src/lib/build/convert-stamp.ts)', () => {
    const skipped = /^convert: .*: not run$/m;
    expect(cold.output).not.toMatch(skipped);
    expect(warm.output).toMatch(skipped);
    expect(changed.output).not.toMatch(skipped);
    expect(changed.output).toMatch(/conversion cache: 0 of 1 plans unchanged/);
  });

  it('restores none once the plan\'s text changed, and its pages show the new text', () => {
    expect(changed.output.match(RESTORED)).toBeNull();
    const fulltext = readFileSync(join(changed.dist, 'liaoning-2015-24/plan/index.html'), 'utf8');
    expect(fulltext).toContain(ADDED);
    expect(coldFiles.get('liaoning-2015-24/plan/index.html')!.toString('utf8')).not.toContain(ADDED);
  });
});
