/**
 * Writes .gz and .br beside every compressible file of the built site, for nginx's gzip_static and
 * brotli_static. Output is deterministic (no timestamps in the gzip header), so two builds give the
 * same bytes.
 *   node scripts/compress.ts [DIR] [--skip NAME]…   (default $POLICY_DIST_DIR or dist)
 *   --skip NAME   leave DIR/NAME alone (the build compresses the site while Pagefind writes
 *                 pagefind/, then that folder: src/integrations/build-stages.ts)
 *
 * Speed: gzip -9 and brotli q11 one file after another took ≈ 2 s of a 6 s one-plan build. Files
 * are now compressed on every core (worker threads, the largest files first), and a file whose
 * bytes were compressed before is not compressed again: its outputs are kept in a cache keyed by
 * the SHA-256 of its content (node_modules/.cache/policy-explorer/compress, or
 * POLICY_CACHE_DIR/compress; POLICY_COMPRESS_CACHE=0 turns it off).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { env } from '../src/lib/build/env.ts';
import { writeCacheEntry } from '../src/lib/build/cache-write.ts';
import { placeFile } from '../src/lib/build/place.ts';

/**
 * Brotli quality. 11 costs ≈ 2.8× the time of 10 for 1.8 % fewer bytes (measured on a 10-plan
 * library: 10.3 s against 3.7 s for 5.3 MB of HTML and data, 1335 KB against 1359 KB), so 11 is
 * kept for the shared assets every page loads (Astro's bundles, Pagefind's scripts) and pages get
 * 10. Open-data downloads (/…/data/: plan.json and CSV, a fifth of a library's bytes, fetched
 * rarely) get 5, 15× faster than 10. gzip -9 is cheap (84 ms for the same files) and stays.
 */
export const brotliQuality = (file: string) => (/[\\/](_astro|pagefind)[\\/][^\\/]+\.(js|mjs|css)$/.test(file) ? 11 : /[\\/]data[\\/][^\\/]+\.(json|csv)$/.test(file) ? 5 : 10);

/** Text formats; Pagefind's .pf_* index files and its wasm are already gzip-compressed. */
export const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.atom', '.csv', '.map']);
export const MIN_BYTES = 256;
const MIN_FILES_FOR_WORKERS = 32;

function* files(dir: string, skip: ReadonlySet<string> = new Set()): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!skip.has(e.name)) yield* files(p);
    } else yield p;
  }
}

export interface Totals { files: number; bytes: number; gzip: number; brotli: number; cached: number }

export const defaultCache = () => join(env.cacheDir(), 'compress');

type Sizes = { bytes: number; gzip: number; brotli: number; cached: boolean };

const cacheKey = (file: string, data: Buffer) => createHash('sha256').update(String(brotliQuality(file))).update(data).digest('hex');

/** The cache's .gz and .br entries for these bytes of this file. */
const cacheEntries = (cache: string, file: string, data: Buffer): [string, string] => {
  const key = cacheKey(file, data);
  return [join(cache, `${key}.gz`), join(cache, `${key}.br`)];
};

/** Places the file's outputs from the cache when it holds them; null when it does not. */
function fromCache(file: string, data: Buffer, cache: string): Sizes | null {
  const [cgz, cbr] = cacheEntries(cache, file, data);
  if (!existsSync(cgz) || !existsSync(cbr)) return null;
  placeFile(cgz, `${file}.gz`);
  placeFile(cbr, `${file}.br`);
  return { bytes: data.length, gzip: statSync(cgz).size, brotli: statSync(cbr).size, cached: true };
}

/** The file's compressed outputs, as the site gets them. */
function compressBytes(file: string, data: Buffer): { gz: Buffer; br: Buffer } {
  return {
    gz: gzipSync(data, { level: 9 }),
    br: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(file), [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
  };
}

/**
 * Puts the outputs of a file's bytes in the cache unless it holds them already (scripts/compress-ahead.ts,
 * while Astro writes the pages); true when it compressed. Bytes read from a file still being
 * written make an entry no finished file asks for: harmless.
 */
export function compressIntoCache(file: string, data: Buffer, cache: string): boolean {
  const [cgz, cbr] = cacheEntries(cache, file, data);
  if (existsSync(cgz) && existsSync(cbr)) return false;
  putInCache(cache, file, data, compressBytes(file, data));
  return true;
}

/** Writes a file's outputs into the cache, each entry whole or absent, whichever thread or process writes the same bytes' entry too; returns the entries. */
function putInCache(cache: string, file: string, data: Buffer, { gz, br }: { gz: Buffer; br: Buffer }): [string, string] {
  const [cgz, cbr] = cacheEntries(cache, file, data);
  writeCacheEntry(cgz, gz);
  writeCacheEntry(cbr, br);
  return [cgz, cbr];
}

/** Compresses one file (or copies its outputs from the cache); returns its sizes. */
function compressFile(file: string, cache: string | null): Sizes {
  const data = readFileSync(file);
  const cached = cache ? fromCache(file, data, cache) : null;
  if (cached) return cached;
  const out = compressBytes(file, data);
  const { gz, br } = out;
  if (cache) {
    const [cgz, cbr] = putInCache(cache, file, data, out);
    placeFile(cgz, `${file}.gz`);
    placeFile(cbr, `${file}.br`);
  } else {
    // An output of an earlier run may be a link to a cache entry: replaced, not written through.
    for (const [to, bytes] of [[`${file}.gz`, gz], [`${file}.br`, br]] as const) {
      rmSync(to, { force: true });
      writeFileSync(to, bytes);
    }
  }
  return { bytes: data.length, gzip: gz.length, brotli: br.length, cached: false };
}

/** The files of `dir` to compress, largest first (so the last files to finish are small ones), but those of its folders `skip`. */
export function compressible(dir: string, skip: readonly string[] = []): string[] {
  return [...files(dir, new Set(skip))]
    .filter((f) => COMPRESSIBLE.has(extname(f)))
    .map((f) => ({ f, size: statSync(f).size }))
    .filter((x) => x.size >= MIN_BYTES)
    .sort((a, b) => b.size - a.size || a.f.localeCompare(b.f))
    .map((x) => x.f);
}

export async function compressDir(dir: string, { threads = availableParallelism(), cache = env.compressCache() ? defaultCache() : null, skip = [] }: { threads?: number; cache?: string | null; skip?: readonly string[] } = {}): Promise<Totals> {
  const all = compressible(dir, skip);
  if (cache) mkdirSync(cache, { recursive: true });
  const total: Totals = { files: 0, bytes: 0, gzip: 0, brotli: 0, cached: 0 };
  const add = (r: Sizes) => {
    total.files++;
    total.bytes += r.bytes;
    total.gzip += r.gzip;
    total.brotli += r.brotli;
    if (r.cached) total.cached++;
  };
  // Files the cache holds are copied here; threads start only for the others (a rebuild after a
  // small change starts none).
  const list: string[] = [];
  for (const f of all) {
    const hit = cache ? fromCache(f, readFileSync(f), cache) : null;
    if (hit) add(hit);
    else list.push(f);
  }
  // A worker loads this module and its imports (≈ 0.15 s of CPU), as much as brotli 10 of some 40
  // pages: fewer files than that are compressed here (the files a build writes after compression
  // ahead stopped, or a rebuild's few changed pages).
  if (threads <= 1 || list.length < MIN_FILES_FOR_WORKERS) {
    for (const f of list) add(compressFile(f, cache));
    return total;
  }
  // Workers take the next file from a shared queue: balanced whatever the sizes.
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(threads, list.length) }, () => new Promise<void>((ok, fail) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { compressWorker: true, cache } });
      const feed = () => (next < list.length ? w.postMessage(list[next++]) : void w.terminate().then(() => ok()));
      w.on('message', (r: Sizes) => {
        add(r);
        feed();
      });
      w.on('error', fail);
      w.on('online', feed);
    })),
  );
  return total;
}

const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

/** What a run printed: files, how many came from the cache, sizes before and after. */
export const summaryLine = (dir: string, t: Totals): string =>
  `compressed ${t.files} files in ${dir} (${t.cached} unchanged, from the cache): ${kb(t.bytes)} → gzip ${kb(t.gzip)}, brotli ${kb(t.brotli)}\n`;

// A compression worker is told so: a test runner may load this module in a worker thread of its own.
if (!isMainThread && (workerData as { compressWorker?: boolean } | null)?.compressWorker) {
  const { cache } = workerData as { cache: string | null };
  parentPort!.on('message', (file: string) => parentPort!.postMessage(compressFile(file, cache)));
} else if (isMainThread && import.meta.main) {
  const args = process.argv.slice(2);
  const skip: string[] = [];
  for (let i = args.indexOf('--skip'); i >= 0; i = args.indexOf('--skip')) skip.push(...args.splice(i, 2).slice(1));
  const dir = args[0] ?? env.distDir();
  process.stderr.write(summaryLine(dir, await compressDir(dir, { skip })));
}
