/**
 * The convert stage of `astro build` (src/integrations/build-stages.ts) is skipped when nothing it
 * reads or writes changed since its last successful run: its cached run still costs half a second
 * of module loading (Node's type stripping, the dictionaries) on the path to Astro's content sync.
 *
 * The key covers, conservatively, everything scripts/convert.ts can read: the code (all of
 * src/lib, the script and its helpers, the lockfile for the dictionaries' versions), the plan files
 * with every file beside them that shares their base name (the reviewed sidecars), or the whole
 * sources folder when the build converts every source, the redirects file (the URL manifest), the
 * working directory (messages and models name files relative to it), the Node version, and every
 * file of the generated directory as the last run left it: a file edited or removed by hand runs
 * the conversion again. When in doubt the stage runs: a needless run costs half a second, a wrong
 * skip serves stale pages.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileHash, sha256, treeHash } from './page-keys.ts';
import { writeCacheEntry } from './cache-write.ts';

/** What the convert script is made of, relative to the project. */
export const CONVERT_CODE_PATHS = ['src/lib', 'scripts/convert.ts', 'scripts/sources.ts', 'package-lock.json'];

/** A plan file and the files beside it that share its base name (g004.html: g004.notes.json …). */
function withSidecars(file: string): string[] {
  const dir = dirname(file);
  const base = basename(file, extname(file));
  if (!existsSync(dir)) return [file];
  return readdirSync(dir).filter((f) => f === basename(file) || f.startsWith(`${base}.`)).sort().map((f) => join(dir, f));
}

export interface ConvertInputs {
  root: string;
  /** The files the build converts; none: every source of `sourcesDir`. */
  sourceFiles: readonly string[];
  sourcesDir: string;
  generatedDir: string;
  redirectsFile: string;
  cwd: string;
}

/** Key of the convert stage's inputs and of the generated directory as it is now. */
export function convertRunKey(input: ConvertInputs): string {
  const sources = input.sourceFiles.length > 0
    ? input.sourceFiles.flatMap((f) => withSidecars(resolve(f)).map((s) => [s, fileHash(s)]))
    : [resolve(input.sourcesDir), treeHash(input.sourcesDir, ['.'])];
  return sha256(JSON.stringify([
    'convert/1',
    treeHash(input.root, CONVERT_CODE_PATHS),
    sources,
    resolve(input.generatedDir),
    treeHash(input.generatedDir, ['.']),
    fileHash(input.redirectsFile),
    resolve(input.cwd),
    process.version,
  ]));
}

/** The stamp of the last successful run, in the conversion cache. */
export const stampFile = (cacheDir: string): string => join(cacheDir, 'convert', 'last-run.json');

/** True when the last successful run left exactly these inputs and generated files. */
export function unchangedSinceLastRun(cacheDir: string, key: string): boolean {
  try {
    return (JSON.parse(readFileSync(stampFile(cacheDir), 'utf8')) as { key?: string }).key === key;
  } catch {
    return false;
  }
}

/** Records a successful run: the key taken after it wrote the generated files. */
export function stampRun(cacheDir: string, key: string): void {
  mkdirSync(dirname(stampFile(cacheDir)), { recursive: true });
  writeCacheEntry(stampFile(cacheDir), `${JSON.stringify({ key })}\n`);
}
