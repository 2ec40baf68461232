/**
 * Writes .gz and .br beside every compressible file of the built site, for nginx's gzip_static and
 * brotli_static. Output is deterministic (no timestamps in the gzip header), so two builds give the
 * same bytes.
 *   node scripts/compress.ts [DIR]   (default dist)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats; Pagefind's .pf_* index files and its wasm are already gzip-compressed. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.atom', '.csv', '.map']);
const MIN_BYTES = 256;

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else yield p;
  }
}

export function compressDir(dir: string): { files: number; bytes: number; gzip: number; brotli: number } {
  const total = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  for (const file of files(dir)) {
    if (!COMPRESSIBLE.has(extname(file)) || statSync(file).size < MIN_BYTES) continue;
    const data = readFileSync(file);
    const gz = gzipSync(data, { level: 9 });
    const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
    writeFileSync(`${file}.gz`, gz);
    writeFileSync(`${file}.br`, br);
    total.files++;
    total.bytes += data.length;
    total.gzip += gz.length;
    total.brotli += br.length;
  }
  return total;
}

if (import.meta.main) {
  const dir = process.argv[2] ?? 'dist';
  const t = compressDir(dir);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  process.stderr.write(`compressed ${t.files} files in ${dir}: ${kb(t.bytes)} → gzip ${kb(t.gzip)}, brotli ${kb(t.brotli)}\n`);
}
