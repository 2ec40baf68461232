/**
 * The record of a conversion, kept beside what it wrote: `<generated>/conversion.json` holds the
 * key of everything scripts/convert.ts read and the key of the files it left. `npm run convert`
 * writes it and commits with the generated files; `npm run convert -- --check` fails when it is
 * not current. The convert stage of `astro build` (src/integrations/build-stages.ts) is skipped
 * while both keys match, so a clean clone whose generated files are current does not convert again:
 * its build, like a cold one, starts from what the repository holds.
 *
 * The inputs' key covers, conservatively, everything the script can read: the code (every project
 * file the script imports, followed through relative imports: src/lib/build/module-closure.ts; the
 * lockfile for the packages; Node's version), the plan files with every file beside them that
 * shares their base name (the reviewed sidecars), or the whole sources folder when every source is
 * converted, and the redirects file (the URL manifest). Paths enter relative to the working
 * directory, as the models name them. The generated key is every file of the generated folder but
 * the record itself: a file edited or removed by hand runs the conversion again. When in doubt the
 * stage runs: a needless run costs half a second, a wrong skip serves stale pages.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileHash, sha256, treeHash } from './page-keys.ts';
import { moduleClosure } from './module-closure.ts';

/** The record's name in the generated folder. */
export const STAMP_FILE = 'conversion.json';

/** The convert script, relative to the project: its import closure is the converter's code. */
export const CONVERT_SCRIPT = 'scripts/convert.ts';

export interface ConvertInputs {
  root: string;
  /** The files converted; none: every source of `sourcesDir`. */
  sourceFiles: readonly string[];
  sourcesDir: string;
  redirectsFile: string;
  cwd: string;
}

/** A plan file and the files beside it that share its base name (g004.html: g004.notes.json …). */
function withSidecars(file: string): string[] {
  const dir = dirname(file);
  const base = basename(file, extname(file));
  if (!existsSync(dir)) return [file];
  return readdirSync(dir).filter((f) => f === basename(file) || f.startsWith(`${base}.`)).sort().map((f) => join(dir, f));
}

/** Key of the converter's code: its import closure, the lockfile, Node's version. */
export function converterCodeKey(root: string): string {
  return sha256(JSON.stringify([
    treeHash(root, moduleClosure([join(root, CONVERT_SCRIPT)]).map((f) => relative(root, f))),
    fileHash(join(root, 'package-lock.json')),
    process.version,
  ]));
}

/** Key of everything a conversion of `input` reads. */
export function inputsKey(input: ConvertInputs): string {
  const cwd = resolve(input.cwd);
  // Paths relative to the working directory, as the models name them.
  const sources = input.sourceFiles.length > 0
    ? treeHash(cwd, input.sourceFiles.flatMap((f) => withSidecars(resolve(cwd, f))).map((f) => relative(cwd, f)))
    : treeHash(cwd, [relative(cwd, resolve(cwd, input.sourcesDir))]);
  return sha256(JSON.stringify(['conversion/2', converterCodeKey(input.root), sources, fileHash(input.redirectsFile)]));
}

/** Key of the generated folder as it is, the record left out. */
export function generatedKey(generatedDir: string): string {
  return treeHash(generatedDir, existsSync(generatedDir) ? readdirSync(generatedDir).filter((f) => f !== STAMP_FILE).sort() : []);
}

/** The record's text for these inputs and the generated folder as it is now. */
export function stampText(generatedDir: string, input: ConvertInputs): string {
  return `${JSON.stringify({ inputs: inputsKey(input), generated: generatedKey(generatedDir) }, null, 1)}\n`;
}

/** True when the generated folder's record names these inputs and the folder as it is. */
export function conversionIsCurrent(generatedDir: string, input: ConvertInputs): boolean {
  const file = join(generatedDir, STAMP_FILE);
  return existsSync(file) && readFileSync(file, 'utf8') === stampText(generatedDir, input);
}

/** Records a conversion: called by the convert script once it wrote the generated files. */
export function writeStamp(generatedDir: string, input: ConvertInputs): void {
  writeFileSync(join(generatedDir, STAMP_FILE), stampText(generatedDir, input));
}
