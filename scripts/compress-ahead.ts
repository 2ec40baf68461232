/**
 * Compresses the pages into the compression cache while Astro writes them, so that the compress
 * stage after the pages (scripts/compress.ts) finds them there and only copies: brotli 10 of a
 * plan's pages is ≈ 1.7 s of CPU, which ran after the last page on a cold build; Astro renders on
 * one core and leaves the other free (src/integrations/build-stages.ts starts this script when the
 * build starts and stops it before the compress stage).
 *   node scripts/compress-ahead.ts DIR [--skip NAME]…
 * It only fills the cache, keyed by each file's bytes: what it reads of a file not yet written
 * whole is an entry nobody asks for, and a file it missed is compressed by the stage as before. So
 * the site is the same with or without it. It stops at SIGTERM, after the file in hand.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { compressIntoCache, COMPRESSIBLE, defaultCache, MIN_BYTES } from './compress.ts';

/** Files worth compressing ahead: compressible, not a cache entry being written. */
const wanted = (file: string): boolean => COMPRESSIBLE.has(extname(file)) && !file.endsWith('.tmp');

/**
 * The files of `dir` that are new or changed since `seen` and have not changed for `quietMs`
 * (Astro writes a page in one call): polled, since a recursive watch misses files written into a
 * folder just made, which is where Astro writes every page.
 */
export function settledFiles(dir: string, skip: ReadonlySet<string>, seen: Map<string, number>, now: number, quietMs: number): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (!(d === dir && skip.has(e.name))) walk(p);
        continue;
      }
      if (!wanted(p)) continue;
      let mtime: number;
      try {
        mtime = statSync(p).mtimeMs;
      } catch {
        continue;
      }
      if (seen.get(p) === mtime || now - mtime < quietMs) continue;
      seen.set(p, mtime);
      out.push(p);
    }
  };
  walk(dir);
  return out;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  // Astro's server bundle (.prerender/) is removed before the build ends.
  const skip = new Set<string>(['.prerender']);
  for (let i = args.indexOf('--skip'); i >= 0; i = args.indexOf('--skip')) skip.add(args.splice(i, 2)[1]);
  const dir = args[0];
  const cache = defaultCache();
  mkdirSync(cache, { recursive: true });
  let stopping = false;
  let compressed = 0;
  const seen = new Map<string, number>();
  const finish = () => {
    process.stderr.write(`compressed ahead: ${compressed} files\n`);
    process.exit(0);
  };
  // One file per turn of the event loop, so that a SIGTERM is seen between files.
  const queue: string[] = [];
  const step = () => {
    if (stopping) return finish();
    if (queue.length === 0) queue.push(...settledFiles(dir, skip, seen, Date.now(), 30));
    const file = queue.shift();
    if (file === undefined) return void setTimeout(step, 100);
    try {
      const data = readFileSync(file);
      if (data.length >= MIN_BYTES && compressIntoCache(file, data, cache)) compressed++;
    } catch {
      // A file removed or replaced meanwhile: the compress stage sees it as it ends up.
    }
    setImmediate(step);
  };
  process.on('SIGTERM', () => {
    stopping = true;
  });
  step();
}
