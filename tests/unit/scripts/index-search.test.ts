import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropUi } from '../../../scripts/index-search.ts';

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
