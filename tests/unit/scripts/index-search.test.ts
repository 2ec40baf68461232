import { mkdirSync, mkdtempSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropUi, indexKey } from '../../../scripts/index-search.ts';

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
