/**
 * The project files a script loads: its relative imports, static and dynamic (`import('./x.ts')`),
 * and theirs, to the end. A key over these files follows every edit that can change what the
 * script does, and no edit that cannot (a page template, a stylesheet). Packages are left out:
 * the lockfile stands for them. A relative specifier that is not a string literal is not seen,
 * so the code keeps every dynamic import a literal (src/lib/read/index.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// `from '…'`, `import '…'` and `import('…')`; type-only imports count too (harmless: one file more).
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\1/g;

/** The relative specifiers a module's text names. */
export function relativeImports(text: string): string[] {
  return [...text.matchAll(SPECIFIER)].map((m) => m[2]);
}

/** Every file reachable from `entries` through relative imports, as sorted absolute paths. */
export function moduleClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entries.map((e) => resolve(e));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(file) || !statSync(file).isFile()) continue;
    seen.add(file);
    if (!/\.[cm]?[jt]sx?$/.test(file)) continue;
    for (const spec of relativeImports(readFileSync(file, 'utf8'))) pending.push(resolve(dirname(file), spec));
  }
  return [...seen].sort();
}
