import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCommands, writeStarlightDocs } from '../../../scripts/bench-build.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'bench-build-'));

describe('npm run bench: the build against Starlight', () => {
  it('runs a checkout\'s npm run build command by command with this Node: astro build here, the older chain in an older checkout', () => {
    expect(buildCommands('.')).toEqual([[process.execPath, join(process.cwd(), 'node_modules/astro/bin/astro.mjs'), 'build']]);
    const old = tmp();
    writeFileSync(join(old, 'package.json'), JSON.stringify({ scripts: { convert: 'node scripts/convert.ts', build: 'npm run convert && astro build && node scripts/index-search.ts && node scripts/compress.ts' } }));
    expect(buildCommands(old)).toEqual([
      [process.execPath, 'scripts/convert.ts'],
      [process.execPath, join(old, 'node_modules/astro/bin/astro.mjs'), 'build'],
      [process.execPath, 'scripts/index-search.ts'],
      [process.execPath, 'scripts/compress.ts'],
    ]);
    writeFileSync(join(old, 'package.json'), JSON.stringify({ scripts: { build: 'vite build' } }));
    expect(() => buildCommands(old)).toThrow(/cannot run "vite build"/);
  });

  it('Starlight gets the same text: each generated page with its title and body, each source whole as 原文', () => {
    const [generated, sources, out] = [tmp(), tmp(), tmp()];
    mkdirSync(join(generated, 'p', 'tasks'), { recursive: true });
    writeFileSync(join(generated, 'p', 'plan.json'), '{}');
    writeFileSync(join(generated, 'p', 'tasks', 'p3-1.mdx'), '---\nplan: "p"\nmarker: "（一）"\ntitle: "增强自主创新能力"\n---\n\n<p id="p3-1-b1">加快推进。</p>\n\n<IndicatorTable plan="p" id="x" />\n');
    writeFileSync(join(sources, 'p.txt'), '标题\n\n第一段<甲>&乙。\n');
    const pages = writeStarlightDocs(generated, sources, out);
    expect(pages).toBe(3);
    expect(readFileSync(join(out, 'tasks', 'p', 'p3-1.mdx'), 'utf8')).toBe('---\ntitle: "（一）增强自主创新能力"\n---\n\n<p id="p3-1-b1">加快推进。</p>\n\n\n');
    expect(readFileSync(join(out, 'plan', 'p.md'), 'utf8')).toBe('---\ntitle: "原文 p"\n---\n\n<p>标题</p>\n\n<p>第一段&lt;甲&gt;&amp;乙。</p>\n');
    expect(readFileSync(join(out, 'index.mdx'), 'utf8')).toContain('- [p](/plan/p/)');
  });
});
