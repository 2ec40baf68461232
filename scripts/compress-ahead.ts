/**
 * The compress stage, started with the build (src/integrations/build-stages.ts) instead of after
 * its last page: until the build signals that the pages are written (a line on stdin,
 * src/lib/build/start-signal.ts), it compresses into the compression cache each page Astro writes;
 * then it compresses the site as scripts/compress.ts does, finding most pages in the cache, so it
 * only copies. Brotli 10 of a plan's pages is ≈ 1.7 s of CPU, which ran after the last page on a
 * cold build; Astro renders on one core and leaves the other free. Started early, the stage's
 * modules are loaded by then too.
 *   node scripts/compress-ahead.ts DIR [--skip NAME]… [--threads N]
 * --threads: at most N threads compress at the signal (default: one per core); the build leaves a
 * core to the search index, which runs beside it.
 * Without a compression cache or a second core it only waits. What it compresses ahead is keyed
 * by each file's bytes: what it reads of a file not yet written whole is an entry nobody asks for,
 * and a file it missed is compressed at the signal. So the site is the same with or without it.
 * If stdin closes without the signal (the build failed), it ends without compressing the site.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { extname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import { compressDir, compressIntoCache, COMPRESSIBLE, defaultCache, MIN_BYTES, summaryLine } from './compress.ts';
import { startSignal } from '../src/lib/build/start-signal.ts';
import { env } from '../src/lib/build/env.ts';

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
  const skip: string[] = [];
  for (let i = args.indexOf('--skip'); i >= 0; i = args.indexOf('--skip')) skip.push(args.splice(i, 2)[1]);
  const at = args.indexOf('--threads');
  const threads = at >= 0 ? Math.max(1, Number(args.splice(at, 2)[1]) || 1) : availableParallelism();
  const ahead = env.compressCache() && availableParallelism() > 1;
  const dir = args[0];
  const cache = defaultCache();
  let signalled = false;
  const signal = startSignal().then((go) => {
    signalled = true;
    return go;
  });
  if (ahead) {
    mkdirSync(cache, { recursive: true });
    // Astro's server bundle (.prerender/) is removed before the build ends.
    const skipAhead = new Set<string>(['.prerender', ...skip]);
    const seen = new Map<string, number>();
    let compressed = 0;
    // One file per turn of the event loop, so that the signal is seen between files.
    const queue: string[] = [];
    await new Promise<void>((done) => {
      const step = () => {
        if (signalled) return done();
        if (queue.length === 0) queue.push(...settledFiles(dir, skipAhead, seen, Date.now(), 30));
        const file = queue.shift();
        if (file === undefined) return void setTimeout(step, 100);
        try {
          const data = readFileSync(file);
          if (data.length >= MIN_BYTES && compressIntoCache(file, data, cache)) compressed++;
        } catch {
          // A file removed or replaced meanwhile: the stage sees it as it ends up.
        }
        setImmediate(step);
      };
      step();
    });
    process.stderr.write(`compressed ahead: ${compressed} files\n`);
  }
  if (await signal) process.stderr.write(summaryLine(dir, await compressDir(dir, { skip, threads })));
}
