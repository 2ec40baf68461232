/**
 * The whole build, declared once: `astro build` converts the plans before Astro reads them, then,
 * once the pages are written, indexes them for search and compresses the site. `npm run build`,
 * the test site builder (tests/support/e2e/build.ts) and the benchmarks all run `astro build`, so
 * none of them writes the chain out again.
 *
 *   convert       started in astro:config:setup: scripts/convert.ts into the generated directory,
 *                 from POLICY_SOURCE_FILES or every source, while Astro starts; the content
 *                 collections wait for it (src/lib/build/converted.ts) before they read.
 *   og images     started in astro:config:setup once the plans are converted, and run beside Astro:
 *                 scripts/og-images.ts draws the link-preview images into a folder of its own
 *                 (Astro empties the output directory when it starts writing), moved into the
 *                 output's og/ in astro:build:done. It needs only the models, so its second of
 *                 drawing overlaps Astro's bundling and rendering instead of following them.
 *   search index  astro:build:done: scripts/index-search.ts on the output directory.
 *   compress      astro:build:done, beside the search index: scripts/compress.ts (.gz and .br
 *                 beside every file) but pagefind/, which the search index stage compresses.
 *                 From astro:build:start until then, scripts/compress-ahead.ts compresses each
 *                 page into the compression cache as Astro writes it, on the core Astro's
 *                 rendering leaves free; the stage then finds most pages there.
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
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { env } from '../lib/build/env.ts';
import { buildSelection, pruneToPlans, SHARD_FILE } from '../lib/build/part.ts';
import { generatedPlans } from '../lib/build/shards.ts';
import { noDepOptimizer } from './no-dep-optimizer.ts';
import { setConversion } from '../lib/build/converted.ts';

const script = (name: string) => fileURLToPath(new URL(`../../scripts/${name}`, import.meta.url));

/**
 * Starts one stage's script beside the build; the promise settles when it ends (rejects on
 * failure, so the build fails where it waits for it). Its output shows as the build's.
 */
function startStage(name: StageName, file: string, args: string[], extraEnv: Record<string, string> = {}): Promise<void> {
  const t = performance.now();
  const child = spawn(process.execPath, [script(file), ...args], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...extraEnv } });
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      if (code !== 0) return fail(new Error(`build stage ${name} failed (${file} exited with ${code ?? signal})`));
      process.stderr.write(stageLine(name, (performance.now() - t) / 1000));
      done();
    });
  });
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
 * Starts scripts/compress-ahead.ts on `dist`; the function it returns stops it (SIGTERM: it ends
 * after the file in hand) and settles when it has exited. Its failure fails nothing: it only fills
 * a cache.
 */
function compressAhead(dist: string): () => Promise<void> {
  const child = spawn(process.execPath, [script('compress-ahead.ts'), dist, '--skip', 'pagefind'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((done) => {
    child.on('exit', () => done());
    child.on('error', () => done());
  });
  return () => {
    child.kill('SIGTERM');
    return exited;
  };
}

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
  let images: Promise<void> | null = null;
  let previous: Promise<void> = Promise.resolve();
  let outDir = '';
  let stopAhead: (() => Promise<void>) | null = null;
  return {
    name: 'policy-explorer:build-stages',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [noDepOptimizer()] } });
        outDir = fileURLToPath(config.outDir);
        previous = putAside(outDir, join(env.cacheDir(), `previous-output-${process.pid}`));
        // Astro starts (its Vite server, its routes) while the plans convert; the content
        // collections wait for the conversion before they read the generated directory.
        const converted = env.convertStage() && env.buildPart() === 'all' ? startStage('convert', 'convert.ts', env.sourceFiles()) : Promise.resolve();
        setConversion(converted);
        if (env.ogImages()) {
          rmSync(drawn, { recursive: true, force: true });
          mkdirSync(drawn, { recursive: true });
          // The stage reads the build's selection itself; a shard given as a flag reaches it by name.
          const shard = env.shard();
          images = converted.then(() => startStage('og-images', 'og-images.ts', [drawn], shard ? { POLICY_SHARD: `${shard.k}/${shard.n}` } : {}));
        }
        // Both are awaited later (content.config.ts, astro:build:done), where a failure is reported.
        converted.catch(() => {});
        images?.catch(() => {});
      },
      'astro:build:start': () => {
        // Only with a core to spare and a cache to fill (POLICY_COMPRESS_CACHE=0 has none).
        if (env.compressStage() && env.compressCache() && availableParallelism() > 1 && outDir) stopAhead = compressAhead(outDir);
      },
      'astro:build:done': async ({ dir }) => {
        const dist = fileURLToPath(dir);
        await stopAhead?.();
        if (images) {
          await images;
          moveImages(drawn, dist);
        }
        const part = env.buildPart();
        const shard = env.shard();
        if (part === 'plans') {
          const plans = buildSelection().plans ?? new Set(generatedPlans(resolve(env.generatedDir())));
          pruneToPlans(dist, plans);
          writeFileSync(`${dist}/${SHARD_FILE}`, `${JSON.stringify({ shard: shard ? `${shard.k}/${shard.n}` : null, plans: [...plans].sort() })}\n`);
        }
        const indexArgs = part === 'plans' ? ['--plans', ...(shard ? ['--shard-bundle', String(shard.k)] : [])] : part === 'library' ? ['--merge'] : [];
        // The site is compressed while Pagefind indexes it (each has a core); the index stage
        // compresses its own files once written.
        const compressing = env.compressStage();
        const index = env.searchIndexStage() ? startStage('search-index', 'index-search.ts', [dist, ...indexArgs, ...(compressing ? ['--compress'] : [])]) : null;
        const compress = compressing ? startStage('compress', 'compress.ts', [dist, ...(index ? ['--skip', 'pagefind'] : [])]) : null;
        await Promise.all([index, compress, previous]);
      },
    },
  };
}
