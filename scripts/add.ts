/**
 * npm run add -- FILE…   adds plans as published (.txt .html .htm .docx .pdf) to content/sources/.
 * Each file is read and converted in memory first: a file that cannot be read gets one line
 * (FILE:LOCATION: message) and nothing is written for it. The others are copied as they are (the
 * original is kept: the 原文 page offers it for download), then `npm run convert` writes their
 * pages and prints each one's reading summary.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { ConvertError, convertDocument } from '../src/lib/convert/index.ts';
import { planIdFromFile } from '../src/lib/model/ids.ts';
import { readSource } from '../src/lib/read/index.ts';
import { env } from '../src/lib/build/env.ts';
import { isSourceFile, sourceFilesIn } from './sources.ts';

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.some((a) => a.startsWith('--'))) {
    process.stderr.write('usage: npm run add -- FILE… (.txt .html .htm .docx .pdf)\n');
    return 2;
  }
  const sourcesDir = env.sourcesDir();
  const existing = new Map(sourceFilesIn(sourcesDir).map((f) => [planIdFromFile(f), f]));
  let failed = 0;
  const added: string[] = [];
  for (const arg of args) {
    const file = resolve(arg);
    const rel = relative(process.cwd(), file) || file;
    try {
      if (!existsSync(file)) throw new ConvertError(rel, 1, 'no such file');
      if (!isSourceFile(file)) throw new ConvertError(rel, 1, 'a format none of the readers knows: give a .txt, .html, .htm, .docx or .pdf file');
      const id = planIdFromFile(file);
      const target = join(sourcesDir, basename(file));
      const other = existing.get(id);
      if (other && resolve(other) !== resolve(target)) throw new ConvertError(rel, 1, `plan ${id} already has a source (${relative(process.cwd(), other)}): remove it first to replace it`);
      const bytes = readFileSync(file);
      convertDocument(await readSource(bytes, rel), bytes, { file: rel });
      if (resolve(file) !== resolve(target)) copyFileSync(file, target);
      existing.set(id, target);
      added.push(id);
      process.stderr.write(`${rel}: added as ${relative(process.cwd(), target)} (plan ${id})\n`);
    } catch (e) {
      if (!(e instanceof ConvertError)) throw e;
      process.stderr.write(`${e.message}\n`);
      failed++;
    }
  }
  if (added.length > 0) {
    const run = spawnSync(process.execPath, [join(import.meta.dirname, 'convert.ts')], { stdio: 'inherit' });
    if (run.status !== 0) return run.status ?? 1;
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
