/**
 * The whole build, declared once: `astro build` converts the plans before Astro reads them, then,
 * once the pages are written, indexes them for search and compresses the site. `npm run build`,
 * the test site builder (tests/support/e2e/build.ts) and the benchmarks all run `astro build`, so
 * none of them writes the chain out again.
 *
 *   convert       astro:config:setup (before the content collections are read): scripts/convert.ts
 *                 into the generated directory, from POLICY_SOURCE_FILES or every source.
 *   search index  astro:build:done: scripts/index-search.ts on the output directory.
 *   compress      astro:build:done, last: scripts/compress.ts (.gz and .br beside every file).
 * (The link-preview images are pages of the build itself: src/pages/og/.)
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
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { env } from '../lib/build/env.ts';
import { buildSelection, pruneToPlans, SHARD_FILE } from '../lib/build/part.ts';
import { generatedPlans } from '../lib/build/shards.ts';

const script = (name: string) => fileURLToPath(new URL(`../../scripts/${name}`, import.meta.url));

/** Runs one stage's script; its output shows as the build's; a failure fails the build. */
function runStage(name: StageName, file: string, args: string[]): void {
  const t = performance.now();
  const r = spawnSync(process.execPath, [script(file), ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`build stage ${name} failed (${file} exited with ${r.status ?? r.signal})`);
  process.stderr.write(stageLine(name, (performance.now() - t) / 1000));
}

export type StageName = 'convert' | 'search-index' | 'compress';

const stageLine = (name: StageName, seconds: number) => `stage ${name}: ${seconds.toFixed(2)} s\n`;

/** The stage times a build printed, in seconds; 0 for a stage that did not run. */
export function stageTimes(stderr: string): Record<StageName, number> {
  const t: Record<StageName, number> = { convert: 0, 'search-index': 0, compress: 0 };
  for (const m of stderr.matchAll(/^stage (convert|search-index|compress): (\d+(?:\.\d+)?) s$/gm)) t[m[1] as StageName] = Number(m[2]);
  return t;
}

export function buildStages(): AstroIntegration {
  return {
    name: 'policy-explorer:build-stages',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && env.convertStage() && env.buildPart() === 'all') runStage('convert', 'convert.ts', env.sourceFiles());
      },
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        const part = env.buildPart();
        const shard = env.shard();
        if (part === 'plans') {
          const plans = buildSelection().plans ?? new Set(generatedPlans(resolve(env.generatedDir())));
          pruneToPlans(dist, plans);
          writeFileSync(`${dist}/${SHARD_FILE}`, `${JSON.stringify({ shard: shard ? `${shard.k}/${shard.n}` : null, plans: [...plans].sort() })}\n`);
        }
        const indexArgs = part === 'plans' ? ['--plans', ...(shard ? ['--shard-bundle', String(shard.k)] : [])] : part === 'library' ? ['--merge'] : [];
        if (env.searchIndexStage()) runStage('search-index', 'index-search.ts', [dist, ...indexArgs]);
        if (env.compressStage()) runStage('compress', 'compress.ts', [dist]);
      },
    },
  };
}
