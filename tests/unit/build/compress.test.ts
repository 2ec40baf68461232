import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressDir } from '../../../scripts/compress.ts';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));

/** A built site's shape: groups of pages with identical bytes (as a library's redirect stubs are), a few others. */
function site(): { dir: string; pages: Map<string, string> } {
  const dir = tmp('compress-site-');
  const pages = new Map<string, string>();
  // 20 contents of 8 copies each: files are compressed largest first, so the copies of one content
  // are taken by eight threads at once, each finding the cache empty.
  for (let c = 0; c < 20; c++) {
    const same = `<!doctype html><html lang="zh-CN"><p>${'同样的页面内容。'.repeat(100 + 10 * c)}</p></html>`;
    for (let i = 0; i < 8; i++) pages.set(join(dir, `c${c}-${i}`, 'index.html'), same);
  }
  for (let i = 0; i < 4; i++) pages.set(join(dir, `other${i}`, 'data.json'), JSON.stringify({ i, text: `第${i}项`.repeat(100) }));
  for (const [f, text] of pages) {
    mkdirSync(join(f, '..'), { recursive: true });
    writeFileSync(f, text);
  }
  return { dir, pages };
}

function expectWhole(pages: Map<string, string>) {
  for (const [f, text] of pages) {
    expect(gunzipSync(readFileSync(`${f}.gz`)).toString('utf8'), f).toBe(text);
    expect(brotliDecompressSync(readFileSync(`${f}.br`)).toString('utf8'), f).toBe(text);
  }
}

describe('compression leaves the folders it is told to skip', () => {
  it('a skipped top-level folder keeps its files alone; the same name deeper is compressed', async () => {
    const dir = tmp('compress-skip-');
    const text = '<p>' + '跳过的文件夹。'.repeat(200) + '</p>';
    for (const f of ['pagefind/pagefind.js', 'a/index.html', 'a/pagefind/index.html']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    const t = await compressDir(dir, { threads: 1, cache: null, skip: ['pagefind'] });
    expect(t.files).toBe(2);
    expect(readdirSync(join(dir, 'pagefind'))).toEqual(['pagefind.js']);
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz', 'pagefind']);
    expect(readdirSync(join(dir, 'a', 'pagefind')).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz']);
  });
});

describe('compression with an empty cache, in parallel', { timeout: 120_000 }, () => {
  it('many identical files on eight threads: every output is whole, the cache holds one entry per distinct content and no temporary file', async () => {
    const { dir, pages } = site();
    const cache = tmp('compress-cache-');
    const t = await compressDir(dir, { threads: 8, cache });
    expect(t.files).toBe(164);
    expectWhole(pages);
    // 20 shared contents plus 4 distinct ones, each a .gz and a .br.
    const entries = readdirSync(cache);
    expect(entries.filter((e) => e.endsWith('.tmp'))).toEqual([]);
    expect(entries.filter((e) => e.endsWith('.gz'))).toHaveLength(24);
    expect(entries.filter((e) => e.endsWith('.br'))).toHaveLength(24);
    // A second build of the same pages takes every output from the cache, and they are the same bytes.
    const again = tmp('compress-again-');
    for (const [f] of pages) cpSync(f, f.replace(dir, again), { recursive: true });
    const t2 = await compressDir(again, { threads: 8, cache });
    expect(t2.cached).toBe(164);
    expectWhole(new Map([...pages].map(([f, text]) => [f.replace(dir, again), text])));
  });

  it('two builds compressing at once into one empty cache (parallel test builds, shards) both finish whole', async () => {
    const [a, b] = [site(), site()];
    const cache = tmp('compress-cache-');
    await Promise.all([compressDir(a.dir, { threads: 3, cache }), compressDir(b.dir, { threads: 3, cache })]);
    expectWhole(a.pages);
    expectWhole(b.pages);
    expect(readdirSync(cache).filter((e) => e.endsWith('.tmp'))).toEqual([]);
  });
});

describe('outputs placed from the cache', () => {
  it('are the cache\'s entries (hard links here), and a later run replaces them instead of writing through', async () => {
    const dir = tmp('compress-link-');
    const cache = tmp('compress-link-cache-');
    const page = join(dir, 'index.html');
    const first = `<p>${'第一版的页面。'.repeat(200)}</p>`;
    const second = `<p>${'第二版的页面，内容不同。'.repeat(200)}</p>`;
    writeFileSync(page, first);
    await compressDir(dir, { cache, threads: 1 });
    const entries = readdirSync(cache).sort();
    expect(entries).toHaveLength(2);
    // The output and its cache entry are one file (same inode) on one file system.
    const br = entries.find((e) => e.endsWith('.br'))!;
    expect(statSync(`${page}.br`).ino).toBe(statSync(join(cache, br)).ino);
    // The page changes: with the cache and without it, each entry keeps the version it was made of.
    writeFileSync(page, second);
    await compressDir(dir, { cache, threads: 1 });
    const made = new Map(readdirSync(cache).map((e) => [e, entries.includes(e) ? first : second]));
    expect(made.size).toBe(4);
    writeFileSync(page, `${second}<p>三</p>`);
    await compressDir(dir, { cache: null, threads: 1 });
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).toString('utf8')).toBe(`${second}<p>三</p>`);
    expect(gunzipSync(readFileSync(`${page}.gz`)).toString('utf8')).toBe(`${second}<p>三</p>`);
    for (const [e, text] of made) {
      const bytes = readFileSync(join(cache, e));
      expect((e.endsWith('.br') ? brotliDecompressSync(bytes) : gunzipSync(bytes)).toString('utf8'), e).toBe(text);
    }
  });
});
