/**
 * The whole build, declared once: `astro build` converts the plans before Astro reads them, then,
 * once the pages are written, indexes them for search and compresses the site. `npm run build`,
 * the test site builder (tests/support/e2e/build.ts) and the benchmarks all run `astro build`, so
 * none of them writes the chain out again.
 *
 *   convert       started in astro:config:setup: scripts/convert.ts into the generated directory,
 *                 from POLICY_SOURCE_FILES or every source, while Astro starts; the content
 *                 collections wait for it (src/lib/build/converted.ts) before they read. Not run
 *                 when the generated folder's record (conversion.json, written by the script:
 *                 src/lib/build/convert-stamp.ts) names these inputs and the folder as it is: a
 *                 conversion costs a second or more of CPU before Astro can read the plans, and
 *                 a clean clone holds current generated files.
 *   og images     started in astro:config:setup once the plans are converted, and run beside Astro:
 *                 scripts/og-images.ts draws the link-preview images into a folder of its own
 *                 (Astro empties the output directory when it starts writing), moved into the
 *                 output's og/ in astro:build:done. It needs only the models, so its second of
 *                 drawing overlaps Astro's bundling and rendering instead of following them.
 *   search index  scripts/index-search.ts on the output directory, started in astro:build:start
 *                 and run in astro:build:done (src/lib/build/start-signal.ts: it waits for the
 *                 pages, so Node's start and its modules load while Astro renders).
 *   compress      beside the search index, started and run as it is: scripts/compress-ahead.ts
 *                 compresses each page into the compression cache as Astro writes it, on the core
 *                 Astro's rendering leaves free, then compresses the site (.gz and .br beside
 *                 every file, as scripts/compress.ts does) but pagefind/, which the search index
 *                 stage compresses; it finds most pages in the cache by then.
 * The output of the build before is moved out of the way when the build starts and removed in the
 * background: Astro would otherwise delete it file by file before it writes (≈ 0.2 s for one
 * plan's 600 files with their .gz, .br and search index).
 *
 * A partial build (src/lib/build/part.ts: a shard, `astro build --shard K/N`, or the merge's
 * library pages) reads the generated directory as it is (run `npm run convert` first: shards
 * running side by side would otherwise convert into one directory at once). A shard's output keeps
 * only its plans (library files are the merge's), with its plans' search bundles and its shard
 * bundle; the library build indexes its own pages and lists the shard bundles
 * (scripts/index-search.ts --plans / --merge).
 *
 * Each stage is the same script a person can run alone, in its own process with the build's Node:
 * the compression workers and Pagefind's service stay out of Astro's process. This integration
 * comes last in astro.config.mjs: build:done hooks run in the order of the integrations, and the
 * search index and compression must see every file the others write (sitemap, redirect pages).
 * Every stage prints `stage NAME: S s` on stderr, which the benchmarks read.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism, setPriority } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { env } from '../lib/build/env.ts';
import { buildSelection, pruneToPlans, SHARD_FILE } from '../lib/build/part.ts';
import { generatedPlans } from '../lib/build/shards.ts';
import { noDepOptimizer } from './no-dep-optimizer.ts';
import { smallPreloadHelper } from './small-preload-helper.ts';
import { setConversion } from '../lib/build/converted.ts';
import { conversionIsCurrent, STAMP_FILE, type ConvertInputs } from '../lib/build/convert-stamp.ts';
import { WHEN_SIGNALLED } from '../lib/build/start-signal.ts';

const script = (name: string) => fileURLToPath(new URL(`../../scripts/${name}`, import.meta.url));

/**
 * A stage's environment. The stages' modules (the TypeScript of src/lib, zod, the readers) are
 * compiled once into Node's compile cache, in the build's cache folder, and each later stage
 * process, in this build or the next, reads them from there (≈ half of a stage's 0.3–0.4 s of
 * module loading).
 */
const stageEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({ NODE_COMPILE_CACHE: join(env.cacheDir(), 'node-compile-cache'), ...process.env, ...extra });

/** Settles when a stage's process ends: rejects on failure, so the build fails where it waits. */
function ended(name: StageName, file: string, child: ChildProcess, since: () => number): Promise<void> {
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code !== 0) return fail(new Error(`build stage ${name} failed (${file} exited with ${code ?? signal})`));
      process.stderr.write(stageLine(name, (performance.now() - since()) / 1000));
      done();
    });
  });
}

/**
 * Starts one stage's script beside the build; `ended` settles when it ends (rejects on failure, so
 * the build fails where it waits for it). Its output shows as the build's. A stage started in the
 * background is brought to the foreground (`foreground()`) once the build waits for it.
 */
function startStage(name: StageName, file: string, args: string[], { env: extraEnv = {}, background = false }: { env?: Record<string, string>; background?: boolean } = {}): Stage {
  const t = performance.now();
  const child = spawn(process.execPath, [script(file), ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: stageEnv(extraEnv) });
  if (background) setNice(child, BACKGROUND);
  // Awaited later, where a failure is reported; until then a failure is no unhandled rejection.
  const end = ended(name, file, child, () => t);
  end.catch(() => {});
  return {
    ended: end,
    foreground: () => {
      if (background) setNice(child, 0);
    },
  };
}

interface Stage {
  ended: Promise<void>;
  /** Back to the build's priority, once the build waits for it. */
  foreground: () => void;
}

/**
 * Work beside Astro that nothing waits for until the pages are written (the link-preview images,
 * compression ahead) runs at a lower priority: on two cores, Astro's own thread (bundling, then
 * rendering) is the build's path and gets the CPU first; the background work takes what is left.
 */
const BACKGROUND = 10;

/** Sets a stage's priority; where the system refuses (raising it back needs privileges), it stays. */
function setNice(child: ChildProcess, nice: number): void {
  try {
    if (child.pid !== undefined) setPriority(child.pid, nice);
  } catch {
    // Not allowed here: the stage runs at the priority it has.
  }
}

/**
 * Starts a stage's script now, to wait for its input (src/lib/build/start-signal.ts): Node's start
 * and the script's modules load while Astro renders. `run()` signals it and settles when it ends,
 * as startStage does; the time printed is from the signal on. If the build fails first, the
 * script sees its stdin close and ends without running.
 */
function prestartStage(name: StageName, file: string, args: string[], { background = false }: { background?: boolean } = {}): { run: () => Promise<void> } {
  let t = performance.now();
  const child = spawn(process.execPath, [script(file), ...args], { stdio: ['pipe', 'inherit', 'inherit'], env: stageEnv() });
  // In the background until the build waits for it.
  if (background) setNice(child, BACKGROUND);
  // A stage that already ended (it failed) has no stdin to write to: its exit code says why.
  child.stdin?.on('error', () => {});
  const end = ended(name, file, child, () => t);
  end.catch(() => {});
  return {
    run: () => {
      t = performance.now();
      if (background) setNice(child, 0);
      child.stdin?.end('go\n');
      return end;
    },
  };
}

/** Puts the images drawn beside the build into the output's og/ (a rename when both are on one disk). */
function moveImages(drawn: string, dist: string): void {
  const from = join(drawn, 'og');
  if (!existsSync(from)) return;
  const to = join(dist, 'og');
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
  }
  rmSync(drawn, { recursive: true, force: true });
}

/**
 * Moves a directory out of the way (one rename) and removes it in the background; the promise
 * settles once it is gone. A directory that cannot be moved (another disk) is left where it is.
 */
function putAside(dir: string, to: string): Promise<void> {
  if (!existsSync(dir)) return Promise.resolve();
  try {
    mkdirSync(dirname(to), { recursive: true });
    renameSync(dir, to);
  } catch {
    return Promise.resolve();
  }
  return rm(to, { recursive: true, force: true });
}

/**
 * The convert stage, or nothing when the generated folder's record (src/lib/build/convert-stamp.ts)
 * names these inputs and the folder as it is: a clean clone whose generated files are current
 * does not convert them again. The script writes the record itself. POLICY_CONVERT_CACHE=0 always
 * converts.
 */
function convertUnlessUnchanged(): Promise<void> {
  const t = performance.now();
  const input: ConvertInputs = { root: env.root(), sourceFiles: env.sourceFiles(), sourcesDir: env.sourcesDir(), redirectsFile: env.redirectsFile(), cwd: process.cwd() };
  if (env.convertCache() && conversionIsCurrent(resolve(env.root(), env.generatedDir()), input)) {
    process.stderr.write(`convert: the generated files are those ${STAMP_FILE} records for these sources and this converter: not run\n${stageLine('convert', (performance.now() - t) / 1000)}`);
    return Promise.resolve();
  }
  return startStage('convert', 'convert.ts', [...env.sourceFiles()]).ended;
}

/**
 * resvg's allocator (mimalloc, in @resvg/resvg-js) returns a freed card's 3 MB pixmap to the
 * system after 10 ms and takes fresh pages for the next: ≈ 1 500 page faults a card, a third of
 * the stage's CPU in the kernel, more when the stage waits behind Astro. Kept, the next card
 * reuses it (faults −40 %, the stage's CPU −0.2 to −0.6 s); the stage's peak memory is its own.
 */
const OG_ALLOCATOR = { MIMALLOC_PURGE_DELAY: '-1' };

export type StageName = 'convert' | 'og-images' | 'search-index' | 'compress';

const stageLine = (name: StageName, seconds: number) => `stage ${name}: ${seconds.toFixed(2)} s\n`;

/** The stage times a build printed, in seconds; 0 for a stage that did not run. */
export function stageTimes(stderr: string): Record<StageName, number> {
  const t: Record<StageName, number> = { convert: 0, 'og-images': 0, 'search-index': 0, compress: 0 };
  // A stage may run twice (compression of the site, then of the search index): its times add up.
  for (const m of stderr.matchAll(/^stage (convert|og-images|search-index|compress): (\d+(?:\.\d+)?) s$/gm)) t[m[1] as StageName] += Number(m[2]);
  return t;
}

export function buildStages(): AstroIntegration {
  // The images' own folder: unique per build, since shards and tests build side by side.
  const drawn = join(env.cacheDir(), `og-drawn-${process.pid}`);
  // The images' stage, started once the plans are converted.
  let images: Promise<Stage> | null = null;
  let previous: Promise<void> = Promise.resolve();
  let outDir = '';
  let index: { run: () => Promise<void> } | null = null;
  let compress: { run: () => Promise<void> } | null = null;
  return {
    name: 'policy-explorer:build-stages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [noDepOptimizer(), smallPreloadHelper()] } });
        outDir = fileURLToPath(config.outDir);
        previous = putAside(outDir, join(env.cacheDir(), `previous-output-${process.pid}`));
        // Astro starts (its Vite server, its routes) while the plans convert; the content
        // collections wait for the conversion before they read the generated directory.
        const converted = env.convertStage() && env.buildPart() === 'all' ? convertUnlessUnchanged() : Promise.resolve();
        setConversion(converted);
        if (env.ogImages()) {
          rmSync(drawn, { recursive: true, force: true });
          mkdirSync(drawn, { recursive: true });
          // The stage reads the build's selection itself; a shard given as a flag reaches it by name.
          const shard = env.shard();
          images = converted.then(() => startStage('og-images', 'og-images.ts', [drawn], { env: { ...OG_ALLOCATOR, ...(shard ? { POLICY_SHARD: `${shard.k}/${shard.n}` } : {}) }, background: true }));
        }
        // Both are awaited later (content.config.ts, astro:build:done), where a failure is reported.
        converted.catch(() => {});
        images?.catch(() => {});
      },
      'astro:build:start': () => {
        if (!outDir) return;
        // The search index and the compression start now and wait for the pages: their Node and
        // modules load while Astro renders. The site is compressed while Pagefind indexes it (each
        // has a core); the index stage compresses its own files once written. The compression
        // fills its cache from the pages as Astro writes them, on the core Astro's rendering
        // leaves free (scripts/compress-ahead.ts).
        const part = env.buildPart();
        const shard = env.shard();
        const indexArgs = part === 'plans' ? ['--plans', ...(shard ? ['--shard-bundle', String(shard.k)] : [])] : part === 'library' ? ['--merge'] : [];
        const compressing = env.compressStage();
        const indexing = env.searchIndexStage();
        if (indexing) index = prestartStage('search-index', 'index-search.ts', [outDir, ...indexArgs, ...(compressing ? ['--compress'] : []), WHEN_SIGNALLED]);
        // Beside the index, the compression keeps to the cores the index leaves: more threads
        // would only take turns with it (and each loads its modules first).
        if (compressing) compress = prestartStage('compress', 'compress-ahead.ts', [outDir, ...(indexing ? ['--skip', 'pagefind', '--threads', String(Math.max(1, availableParallelism() - 1))] : [])], { background: true });
      },
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        // Waited for now: the images take their turn with the index and the compression.
        // (Started by now: the content collections waited for the conversion.)
        const placed = images?.then((stage) => {
          stage.foreground();
          return stage.ended;
        }).then(() => moveImages(drawn, dist));
        if (env.buildPart() === 'plans') {
          // A shard keeps only its plans' files, the images among them: they are placed first.
          await placed;
          const shard = env.shard();
          const plans = buildSelection().plans ?? new Set(generatedPlans(resolve(env.generatedDir())));
          pruneToPlans(dist, plans);
          writeFileSync(`${dist}/${SHARD_FILE}`, `${JSON.stringify({ shard: shard ? `${shard.k}/${shard.n}` : null, plans: [...plans].sort() })}\n`);
        }
        // The pages are written: the search index and the compression read no image, so they
        // run while the last images are drawn and moved in.
        await Promise.all([index?.run(), compress?.run(), previous, placed]);
      },
    },
  };
}
