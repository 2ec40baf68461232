/**
 * Checks the layers (.dependency-cruiser.cjs) with dependency-cruiser: node scripts/check-layers.ts
 * Part of `npm run check`, so `npm test` fails on a layer violation with the rule's name.
 *
 * dependency-cruiser reads TypeScript but not .astro files. So the check runs on a mirror of the
 * tree (in a temporary directory): every .ts file as it is, and every .astro file as a .astro.ts
 * file holding the imports of its frontmatter and <script> blocks, at the same place, so relative
 * imports resolve as they do in the real tree.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The imports of an .astro file as TypeScript: `import '…'` (a type-only one stays type-only). */
export function astroImports(source: string): string {
  const front = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
  const scripts = [...source.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const out: string[] = [];
  let n = 0;
  for (const code of [front, ...scripts]) {
    for (const m of code.matchAll(/\bimport\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = m[2] ?? m[3];
      out.push(m[1] ? `import type * as t${n++} from '${spec}';` : `import '${spec}';`);
    }
  }
  return `${out.join('\n')}\n`;
}

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

/** Writes the mirror of `dirs` (relative to `from`) under `to`. */
export function mirror(from: string, to: string, dirs: string[]): void {
  rmSync(to, { recursive: true, force: true });
  for (const d of dirs) {
    for (const f of files(join(from, d))) {
      const rel = relative(from, f);
      mkdirSync(dirname(join(to, rel)), { recursive: true });
      if (f.endsWith('.astro')) writeFileSync(join(to, `${rel}.ts`), astroImports(readFileSync(f, 'utf8')));
      else if (/\.(ts|mjs|json)$/.test(f)) cpSync(f, join(to, rel));
    }
  }
}

/** Runs the rules over `dirs` of the tree at `base`; returns dependency-cruiser's report and whether it passed. */
export async function checkLayers(base: string, dirs = ['src', 'scripts'], config = join(root, '.dependency-cruiser.cjs')): Promise<{ ok: boolean; report: string }> {
  const { cruise } = await import('dependency-cruiser');
  const { default: extractDepcruiseOptions } = await import('dependency-cruiser/config-utl/extract-depcruise-options');
  // Outside the project: packages do not resolve there, so only the project's own modules are cruised.
  const work = mkdtempSync(join(tmpdir(), 'layers-'));
  mirror(base, work, dirs);
  const cwd = process.cwd();
  try {
    process.chdir(work);
    const options = await extractDepcruiseOptions(config);
    const result = await cruise(dirs, { ...options, validate: true, outputType: 'err-long' }, { extensions: ['.ts', '.mjs', '.js', '.json'] });
    const output = typeof result.output === 'string' ? result.output : JSON.stringify(result.output);
    return { ok: result.exitCode === 0, report: output.replaceAll('.astro.ts', '.astro') };
  } finally {
    process.chdir(cwd);
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { ok, report } = await checkLayers(root);
  process.stdout.write(ok ? 'layers: no violation (.dependency-cruiser.cjs)\n' : report);
  process.exit(ok ? 0 : 1);
}
