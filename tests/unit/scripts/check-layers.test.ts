import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { astroImports, checkLayers } from '../../../scripts/check-layers.ts';

const trees: string[] = [];
afterEach(() => {
  for (const t of trees.splice(0)) rmSync(t, { recursive: true, force: true });
});

/** A small tree of files, written to a temporary directory. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'layers-test-'));
  trees.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const CLEAN = {
  'src/lib/model/ids.ts': 'export const id = 1;\n',
  'src/lib/search/query.ts': "import { id } from '../model/ids.ts';\nexport const q = id;\n",
  'src/lib/convert/read.ts': "import { id } from '../model/ids.ts';\nexport const read = id;\n",
  'src/lib/site/views/nav.ts': "import { q } from '../../search/query.ts';\nexport const nav = q;\n",
  'src/components/Nav.astro': "---\nimport { nav } from '../lib/site/views/nav.ts';\n---\n<p>{nav}</p>\n",
  'scripts/convert.ts': "import { read } from '../src/lib/convert/read.ts';\nexport default read;\n",
};

describe('the layer check', () => {
  it('passes a tree whose imports go down the layers', async () => {
    const { ok, report } = await checkLayers(tree(CLEAN));
    expect(report).not.toMatch(/error/);
    expect(ok).toBe(true);
  });

  it('fails on each kind of violation, naming the rule and the file (an .astro file by its own name)', async () => {
    const { ok, report } = await checkLayers(tree({
      ...CLEAN,
      'src/lib/model/ids.ts': "import '../site/views/nav.ts';\nexport const id = 1;\n",
      'src/lib/search/query.ts': "import { readFileSync } from 'node:fs';\nexport const q = readFileSync;\n",
      'src/components/Nav.astro': "---\nimport { read } from '../lib/convert/read.ts';\n---\n<p>{read}</p>\n",
      'src/lib/convert/read.ts': "import { nav } from '../site/views/nav.ts';\nexport const read = nav;\n",
      'src/lib/read/docx.ts': "import { read } from '../convert/read.ts';\nexport const docx = read;\n",
      'src/lib/site/views/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/lib/site/views/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
    }));
    expect(ok).toBe(false);
    expect(report).toContain('model-is-the-ground: src/lib/model/ids.ts → src/lib/site/views/nav.ts');
    expect(report).toContain('ground-reads-no-files: src/lib/search/query.ts → fs');
    expect(report).toContain('views-never-convert: src/components/Nav.astro → src/lib/convert/read.ts');
    expect(report).toContain('converter-stands-on-the-ground: src/lib/convert/read.ts → src/lib/site/views/nav.ts');
    expect(report).toContain('readers-stand-on-the-ground: src/lib/read/docx.ts → src/lib/convert/read.ts');
    expect(report).toMatch(/no-cycle: src\/lib\/site\/views\/(a|b)\.ts → /);
  });
});

describe('astroImports', () => {
  it('keeps the imports of the frontmatter and of every script, dynamic ones included, and only those', () => {
    const ts = astroImports([
      '---', "import Base from '../layouts/Base.astro';", "import type { A } from './a.ts';", "import {\n  b,\n  c,\n} from './b.ts';", "const x = 'import nothing';", '---',
      "<p>import './not-code.ts'</p>", '<script>', "  import { d } from './d.ts';", "  const m = import('./e.ts');", '</script>',
    ].join('\n'));
    expect(ts.trim().split('\n')).toEqual([
      "import '../layouts/Base.astro';",
      "import type * as t0 from './a.ts';",
      "import './b.ts';",
      "import './d.ts';",
      "import './e.ts';",
    ]);
  });
});
