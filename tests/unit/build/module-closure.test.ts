import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { moduleClosure, relativeImports } from '../../../src/lib/build/module-closure.ts';

describe('relativeImports', () => {
  it('finds static, side-effect, type-only and dynamic relative imports, not packages', () => {
    const text = [
      "import { a } from './a.ts';",
      "import './styles.ts';",
      "import type { T } from \"../model/t.ts\";",
      "export { b } from './b.ts';",
      "const c = await import('./c.ts');",
      "const d = await import ( \"../d.ts\" );",
      "import { z } from 'zod';",
      "import { readFileSync } from 'node:fs';",
      "const e = await import('pdfjs-dist/legacy/build/pdf.mjs');",
      "const data = from; const s = 'from ./nothing.ts';",
    ].join('\n');
    expect(relativeImports(text)).toEqual(['./a.ts', './styles.ts', '../model/t.ts', './b.ts', './c.ts', '../d.ts']);
  });
});

describe('moduleClosure', () => {
  it('follows imports to the end through cycles and JSON, and leaves out what nothing imports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'closure-'));
    const write = (f: string, t: string) => {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), t);
    };
    write('scripts/main.ts', "import { a } from '../lib/a.ts';");
    write('lib/a.ts', "import { b } from './b.ts';\nexport const a = () => import('./lazy/c.ts');");
    write('lib/b.ts', "import { a } from './a.ts';\nimport data from '../data/names.json';");
    write('lib/lazy/c.ts', "import { x } from './gone.ts';");
    write('data/names.json', '{"from": "./not-a-module.ts"}');
    write('lib/unused.ts', 'export const u = 1;');
    expect(moduleClosure([join(dir, 'scripts/main.ts')]).map((f) => f.slice(dir.length + 1))).toEqual([
      'data/names.json', 'lib/a.ts', 'lib/b.ts', 'lib/lazy/c.ts', 'scripts/main.ts',
    ]);
  });
});
