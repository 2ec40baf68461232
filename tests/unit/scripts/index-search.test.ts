import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropUi, indexKey, indexSite, precompressPagefindCode } from '../../../scripts/index-search.ts';
import { compressDir } from '../../../scripts/compress.ts';

describe('search index: a Pagefind bundle keeps only the search core', () => {
  it('drops Pagefind\'s own UI and highlighter, keeps the core, its worker, entry, wasm and index files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
    const core = ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.unknown.pagefind', 'pagefind.zh-cn_d9986d157643f.pf_meta'];
    const ui = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js'];
    for (const f of [...core, ...ui]) writeFileSync(join(dir, f), 'x');
    dropUi(dir);
    expect(readdirSync(dir).sort()).toEqual([...core].sort());
  });
});

describe('the index of unchanged pages is taken from the cache (indexKey)', () => {
  const site = () => {
    const dir = mkdtempSync(join(tmpdir(), 'index-key-'));
    for (const [f, text] of [['index.html', '<p>首页</p>'], ['p/tasks/p3-1/index.html', '<p>任务</p>'], ['pagefind/x.html', 'ignored'], ['_astro/y.html', 'ignored']]) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), text);
    }
    return dir;
  };

  it('is the same for the same pages and switches, whatever the search index and assets beside them', () => {
    const a = site();
    const b = site();
    writeFileSync(join(b, 'pagefind', 'x.html'), 'another index');
    writeFileSync(join(b, 'index.html.gz'), 'not a page');
    expect(indexKey(a, ['3000'])).toBe(indexKey(b, ['3000']));
  });

  it('changes with one character of a page, a page moved, or a switch', () => {
    const a = site();
    const key = indexKey(a, ['3000']);
    expect(indexKey(a, ['6000'])).not.toBe(key);
    writeFileSync(join(a, 'p/tasks/p3-1/index.html'), '<p>任务。</p>');
    const edited = indexKey(a, ['3000']);
    expect(edited).not.toBe(key);
    mkdirSync(join(a, 'p/tasks/p3-2'), { recursive: true });
    renameSync(join(a, 'p/tasks/p3-1/index.html'), join(a, 'p/tasks/p3-2/index.html'));
    expect(indexKey(a, ['3000'])).not.toBe(edited);
  });
});

describe('Pagefind\'s own scripts compressed ahead (precompressPagefindCode)', () => {
  it('puts what a real bundle\'s pagefind.js and pagefind-worker.js compress to in the cache, once', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'pagefind-code-cache-'));
    expect(precompressPagefindCode(cache)).toBe(2);
    expect(precompressPagefindCode(cache)).toBe(0);
    // A site of its own, indexed as the build indexes: its bundle's scripts come from the cache.
    const dist = mkdtempSync(join(tmpdir(), 'pagefind-code-site-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="zh-CN"><body><main><h1>智能制造</h1><p>推进传统工业转型升级。</p></main></body></html>\n');
    indexSite(dist);
    const scripts = readdirSync(join(dist, 'pagefind')).filter((f) => /^pagefind(-worker)?\.js$/.test(f));
    expect(scripts.sort()).toEqual(['pagefind-worker.js', 'pagefind.js']);
    const t = await compressDir(join(dist, 'pagefind'), { cache, threads: 1 });
    expect(t.cached).toBe(2);
    expect(t.files).toBe(2);
  });
});
