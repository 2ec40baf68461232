import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertPlan } from '../../src/lib/convert/index.ts';
import { compressDir } from '../../scripts/compress.ts';
import { fixtureTexts, sentencePool, syntheticLibrary } from '../../scripts/synthetic-library.ts';
import { root } from '../support/plans.ts';

describe('synthetic library (npm run bench:scale)', () => {
  let pool: ReturnType<typeof sentencePool>;
  beforeAll(() => {
    pool = sentencePool(fixtureTexts(root));
  });
  let plans: ReturnType<typeof syntheticLibrary>;
  beforeAll(() => {
    plans = syntheticLibrary(6, pool);
  });

  it('is the same for the same N, and a larger N starts with the same plans', () => {
    expect(syntheticLibrary(6, pool)).toEqual(plans);
    expect(syntheticLibrary(8, pool).slice(0, 6)).toEqual(plans);
  });

  it('has plans of 20–60 KB with distinct ids and 文号 that the converter reads, citing each other', () => {
    expect(new Set(plans.map((p) => p.id)).size).toBe(6);
    expect(new Set(plans.map((p) => p.docNumber)).size).toBe(6);
    for (const p of plans) {
      const kb = Buffer.byteLength(p.text) / 1024;
      expect(kb).toBeGreaterThanOrEqual(20);
      expect(kb).toBeLessThanOrEqual(62);
      const { model } = convertPlan(new TextEncoder().encode(p.text), { file: `${p.id}.txt` });
      expect(model.meta.docNumber).toBe(p.docNumber);
      expect(model.tasks.length).toBeGreaterThanOrEqual(5);
      expect(model.citations.some((c) => c.docNumber === '国发〔2015〕28号')).toBe(true);
    }
    const cited = plans.flatMap((p) => convertPlan(new TextEncoder().encode(p.text), { file: `${p.id}.txt` }).model.citations.map((c) => c.docNumber));
    expect(plans.slice(0, -1).some((p) => cited.includes(p.docNumber))).toBe(true);
  });
});

// Worker threads and brotli on a shared machine: seconds, not vitest's default five.
describe('compressDir', { timeout: 60_000 }, () => {
  it('gives the same bytes on every core, with and without its cache, and reuses unchanged files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'compress-'));
    const site = join(dir, 'site');
    mkdirSync(join(site, 'a'), { recursive: true });
    const pool = sentencePool(fixtureTexts(root));
    for (let i = 0; i < 12; i++) writeFileSync(join(site, 'a', `p${i}.html`), `<p>${Array.from({ length: 30 }, (_, k) => pool[(i * 7 + k) % pool.length]).join('。')}</p>`);
    const copy = join(dir, 'copy');
    cpSync(site, copy, { recursive: true });
    const cache = join(dir, 'cache');
    const first = await compressDir(site, { threads: 2, cache });
    await compressDir(copy, { threads: 1, cache: null });
    expect(first).toMatchObject({ files: 12, cached: 0 });
    for (let i = 0; i < 12; i++) {
      const f = join('a', `p${i}.html`);
      expect(readFileSync(join(site, `${f}.gz`))).toEqual(readFileSync(join(copy, `${f}.gz`)));
      expect(readFileSync(join(site, `${f}.br`))).toEqual(readFileSync(join(copy, `${f}.br`)));
      expect(brotliDecompressSync(readFileSync(join(site, `${f}.br`)))).toEqual(readFileSync(join(site, f)));
      expect(gunzipSync(readFileSync(join(site, `${f}.gz`)))).toEqual(readFileSync(join(site, f)));
    }
    writeFileSync(join(site, 'a', 'p0.html'), '<p>changed</p>'.repeat(40));
    const again = await compressDir(site, { threads: 2, cache });
    expect(again).toMatchObject({ files: 12, cached: 11 });
    expect(gunzipSync(readFileSync(join(site, 'a', 'p0.html.gz'))).toString()).toBe('<p>changed</p>'.repeat(40));
  });
});

describe('conversion cache (scripts/convert.ts)', () => {
  it('converts again only the plan whose source changed, and writes what an uncached run writes', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'convert-cache-'));
    const sources = join(dir, 'sources');
    mkdirSync(sources);
    cpSync(join(root, 'tests/fixtures/library'), sources, { recursive: true });
    const run = (out: string, cache: boolean) =>
      spawnSync(process.execPath, [join(root, 'scripts/convert.ts'), '--out', out], {
        encoding: 'utf8',
        env: { ...process.env, POLICY_SOURCES_DIR: sources, POLICY_CACHE_DIR: join(dir, 'cache'), POLICY_CONVERT_CACHE: cache ? '1' : '0' },
      });
    expect(run(join(dir, 'a'), true).stderr).toContain('conversion cache: 0 of 2 plans unchanged');
    expect(run(join(dir, 'a'), true).stderr).toContain('conversion cache: 2 of 2 plans unchanged');
    const file = join(sources, 'qingchuan-2020-3.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('明确责任分工。', '明确责任分工，按月调度。'));
    const changed = run(join(dir, 'a'), true);
    expect(changed.stderr).toContain('conversion cache: 1 of 2 plans unchanged');
    expect(changed.stderr).toMatch(/qingchuan-2020-3\.txt: 4 parts/);
    expect(run(join(dir, 'b'), false).status).toBe(0);
    for (const f of ['qingchuan-2020-3/plan.json', 'liaoning-2019-8/plan.json', 'qingchuan-2020-3/measures/p4-1.mdx']) {
      expect(readFileSync(join(dir, 'a', f), 'utf8')).toBe(readFileSync(join(dir, 'b', f), 'utf8'));
    }
  }, 60_000);
});
