import { mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compressDir, compressIntoCache } from '../../../scripts/compress.ts';
import { settledFiles } from '../../../scripts/compress-ahead.ts';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
const write = (f: string, text: string, mtimeMs: number) => {
  mkdirSync(join(f, '..'), { recursive: true });
  writeFileSync(f, text);
  utimesSync(f, mtimeMs / 1000, mtimeMs / 1000);
};

describe('the files compressed ahead', () => {
  it('are the compressible files that have been still for the quiet time, each once until it changes', () => {
    const dir = tmp('ahead-');
    const now = 1_000_000_000_000;
    write(join(dir, 'a/index.html'), '<p>甲</p>', now - 1000);
    write(join(dir, 'b/index.html'), '<p>乙</p>', now - 5);
    write(join(dir, 'c/image.png'), 'png', now - 1000);
    write(join(dir, '.prerender/chunk.mjs'), 'x', now - 1000);
    write(join(dir, 'pagefind/pagefind.js'), 'x', now - 1000);
    write(join(dir, 'd/e/data.json'), '{}', now - 1000);
    const seen = new Map<string, number>();
    const skip = new Set(['.prerender', 'pagefind']);
    expect(settledFiles(dir, skip, seen, now, 30).sort()).toEqual([join(dir, 'a/index.html'), join(dir, 'd/e/data.json')]);
    // b is still being written; a and the data file are not asked for again.
    expect(settledFiles(dir, skip, seen, now + 100, 30)).toEqual([join(dir, 'b/index.html')]);
    expect(settledFiles(dir, skip, seen, now + 200, 30)).toEqual([]);
    write(join(dir, 'a/index.html'), '<p>甲乙</p>', now + 150);
    expect(settledFiles(dir, skip, seen, now + 200, 30)).toEqual([join(dir, 'a/index.html')]);
  });

  it('fill the cache that the compress stage then copies from, with the bytes it would have written', () => {
    const dir = tmp('ahead-site-');
    const cache = tmp('ahead-cache-');
    const page = join(dir, 'p/index.html');
    write(page, `<!doctype html><p>${'先压缩。'.repeat(500)}</p>`, Date.now());
    const data = readFileSync(page);
    expect(compressIntoCache(page, data, cache)).toBe(true);
    expect(compressIntoCache(page, data, cache)).toBe(false);
    return compressDir(dir, { cache, threads: 1 }).then(async (t) => {
      expect(t.cached).toBe(1);
      const fresh = tmp('ahead-fresh-');
      write(join(fresh, 'p/index.html'), data.toString('utf8'), Date.now());
      await compressDir(fresh, { cache: null, threads: 1 });
      for (const ext of ['.gz', '.br']) expect(readFileSync(`${page}${ext}`).equals(readFileSync(join(fresh, `p/index.html${ext}`)))).toBe(true);
    });
  });
});
