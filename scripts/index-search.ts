/**
 * Builds the Pagefind index of a built site: node scripts/index-search.ts [DIST] [--chunk UNITS]
 * (DIST defaults to $POLICY_DIST_DIR, then dist)
 *   --plans [--shard-bundle K]  a build of some plans (a shard): one bundle per plan, and the
 *                               shard's bundle (/pagefind/shards/K/) of the pages the library keeps
 *   --merge                     the merge's library pages: their bundle (/pagefind/), and
 *                               pagefind/shards.json listing the shards' bundles, which the library
 *                               search merges with it (src/browser/search/engine.ts)
 *   --compress                  then .gz and .br beside the bundles' files (scripts/compress.ts):
 *                               the build compresses the rest of the site meanwhile, in its own
 *                               process, and leaves pagefind/ to this one (build-stages.ts)
 *
 * Pagefind cuts its word index into chunks of 20 000 word positions by default; on this plan that
 * is ~28 KB per chunk, and a query touches one to three chunks, which alone spends the search
 * budget (first query ≤ 120 KB, next ≤ 30 KB). Pagefind 1.6 reads the chunk size from
 * PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE. The name says unstable, so after indexing this script checks
 * that the chunks really are small, and fails the build when a Pagefind upgrade ignores it.
 * Figures per setting: `npm run bench` (search section) and the closing note of issue 4.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inLibraryBundle, LIBRARY_EXCLUDE_SELECTORS } from '../src/lib/search/bundles.ts';
import { planBundle, shardBundle } from '../src/lib/model/routes.ts';
import { env } from '../src/lib/build/env.ts';
import { mergedShardBundles } from '../src/lib/build/part.ts';
import { generatedPlans, SHARDS_FILE } from '../src/lib/build/shards.ts';
import { compressDir, compressIntoCache, defaultCache } from './compress.ts';
import { temporaryName } from '../src/lib/build/cache-write.ts';
import { placeTree } from '../src/lib/build/place.ts';
import { DIRECTORY_BUNDLE, directoryRecord } from '../src/lib/search/directory.ts';
import { FILTER } from '../src/lib/search/attributes.ts';
import { awaitStart, WHEN_SIGNALLED } from '../src/lib/build/start-signal.ts';
import { printedSegments } from '../src/lib/model/text.ts';
import { planLabel, planYear, UNKNOWN_ISSUER } from '../src/lib/site/library/library.ts';
import type { PlanModel } from '../src/lib/model/schema.ts';

/** Word positions per chunk of the directory (one position per plan holding a word). */
export const DIRECTORY_CHUNK_UNITS = Number(process.env.POLICY_DIRECTORY_CHUNK ?? 3000);

/**
 * Word positions per chunk of a plan's own bundle. A query fetches, in each bundle it searches,
 * the chunk of each of its words: the library search page searches several plans' bundles at
 * once, where 3 000 positions (≈ 4.5 KB a chunk) cost ≈ 9 KB a plan for a two-word query. A
 * plan's page list lists its chunks, ≈ 10 bytes each: smaller chunks cost it little.
 */
export const PLAN_CHUNK_UNITS = 1000;

/** Word positions per index chunk. */
export const CHUNK_UNITS = 3000;
/**
 * Median index chunk (gzip bytes, as served) that this setting is expected to give. The median, not
 * the largest: a chunk is cut between words, so one very common word of a large library (发展 on
 * thousands of pages) makes a chunk of its own that can be 40 KB at 100 plans, whatever the setting.
 */
export const MAX_CHUNK_BYTES = 8 * 1024;

// Pagefind's own executable (the extended one, which segments Chinese), found as its npm wrapper
// finds it, and run directly: the wrapper is one more Node process (≈ 0.15 s) on the build's path.
const { resolveBinaryPath } = (await import(new URL('../node_modules/pagefind/lib/resolveBinary.js', import.meta.url).href)) as { resolveBinaryPath: (names: string[]) => string };
const pagefindBinary = resolveBinaryPath(['pagefind_extended', 'pagefind']);

export function indexSite(dist: string, units = CHUNK_UNITS): { chunks: number; largest: number; median: number } {
  // Pagefind adds to an existing bundle directory: chunks of an earlier run would stay and be measured.
  rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
  const r = spawnSync(pagefindBinary, ['--site', dist, '--quiet'], {
    encoding: 'utf8',
    env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(units) },
  });
  if (r.status !== 0) throw new Error(`pagefind failed on ${dist}:\n${r.stderr}${r.stdout}`);
  dropUi(join(dist, 'pagefind'));
  return chunkSizes(join(dist, 'pagefind'));
}

/** Pagefind's own scripts: the same bytes in every bundle a Pagefind version writes. */
const PAGEFIND_CODE = /^pagefind(-worker)?\.js$/;

/**
 * Puts the compressed forms of Pagefind's own scripts in the compression cache, from a bundle of
 * one page of its own: their brotli 11 (≈ 0.15 s of CPU) was the last work of a cold build, after
 * the index. The build's stage does it while it waits for the pages; the bundle's compression then
 * finds them. Returns how many it compressed (none when the cache holds them already).
 */
export function precompressPagefindCode(cache: string): number {
  const site = mkdtempSync(join(tmpdir(), 'pagefind-code-'));
  try {
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="zh-CN"><body><main><p>检索</p></main></body></html>\n');
    if (spawnSync(pagefindBinary, ['--site', site, '--quiet']).status !== 0) return 0;
    mkdirSync(cache, { recursive: true });
    const bundle = join(site, 'pagefind');
    return readdirSync(bundle).filter((f) => PAGEFIND_CODE.test(f)).filter((f) => compressIntoCache(join(bundle, f), readFileSync(join(bundle, f)), cache)).length;
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

/**
 * Only Pagefind's search core is used (src/browser/search/): not its own UI, whose files (≈ 430 KB:
 * component UI, default UI, modular UI, highlighter) every bundle would otherwise carry, and the
 * compression stage would brotli at quality 11 on every cold build (≈ 0.7 s of CPU of 2.1).
 */
export function dropUi(bundle: string): void {
  for (const f of readdirSync(bundle)) if (/^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(f)) rmSync(join(bundle, f));
}

function chunkSizes(bundle: string): { chunks: number; largest: number; median: number } {
  const dir = join(bundle, 'index');
  const sizes = readdirSync(dir).filter((f) => f.endsWith('.pf_index')).map((f) => statSync(join(dir, f)).size).sort((a, b) => a - b);
  return { chunks: sizes.length, largest: sizes.at(-1) ?? 0, median: sizes[Math.floor(sizes.length / 2)] ?? 0 };
}

/** Plans of a built site: the top-level directories with a 原文 page (/<plan>/plan/). */
export function builtPlans(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dist, e.name, 'plan', 'index.html')))
    .map((e) => e.name)
    .sort();
}


/**
 * A library's own bundle, which its /search/ page loads: the pages src/lib/search/bundles.ts keeps
 * (task, sector, measure, part, entity and attachment pages, and of 原文 what no other page
 * prints). Each plan's bundle still has all of its pages. `include`: only the pages whose path
 * under `dist` it accepts (npm run build:incremental's search shards and library pages).
 */
export async function indexLibrary(dist: string, units = CHUNK_UNITS, bundle = '/pagefind/', include: (path: string) => boolean = () => true): Promise<{ chunks: number; largest: number; median: number; pages: number }> {
  const out = join(dist, bundle);
  rmSync(out, { recursive: true, force: true });
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(units);
  const pagefind = await import('pagefind');
  const html = [...walkHtml(dist)].filter((f) => inLibraryBundle(relative(dist, f)) && include(relative(dist, f)));
  try {
    await writeBundle(pagefind, bundle, out, { excludeSelectors: LIBRARY_EXCLUDE_SELECTORS }, async (index) => {
      for (const f of html) {
        const added = await index.addHTMLFile({ sourcePath: relative(dist, f), content: readFileSync(f, 'utf8') });
        if (added.errors.length) throw new Error(`pagefind (library, ${f}): ${added.errors.join('; ')}`);
      }
    });
  } finally {
    await pagefind.close();
  }
  dropUi(out);
  return { ...chunkSizes(out), pages: html.length };
}

/**
 * The library's directory (src/lib/search/directory.ts): one record per plan of the converted models
 * in `generated` (every plan of the library, whichever part of it this build made), written to
 * /pagefind/directory/. The library search page asks it first which plans hold a query.
 */
export async function indexDirectory(dist: string, generated: string, units = DIRECTORY_CHUNK_UNITS): Promise<{ plans: number }> {
  const out = join(dist, DIRECTORY_BUNDLE);
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(units);
  rmSync(out, { recursive: true, force: true });
  const ids = generatedPlans(generated);
  const pagefind = await import('pagefind');
  try {
    await writeBundle(pagefind, 'directory', out, {}, async (index) => {
      for (const id of ids) {
        const model = JSON.parse(readFileSync(join(generated, id, 'plan.json'), 'utf8')) as PlanModel;
        const record = directoryRecord(
          { id, label: planLabel(model.meta), issuer: model.meta.issuer ?? UNKNOWN_ISSUER, year: planYear(model.meta), texts: printedSegments(model) },
          { kind: FILTER.kind, plan: FILTER.plan, issuer: FILTER.issuer, year: FILTER.year },
          // The pages' language (<html lang>): a merged bundle is searched in the primary's language.
          'zh-cn',
        );
        const added = await index.addCustomRecord(record);
        if (added.errors.length) throw new Error(`pagefind (directory, ${id}): ${added.errors.join('; ')}`);
      }
    });
  } finally {
    await pagefind.close();
  }
  dropUi(out);
  return { plans: ids.length };
}

type Pagefind = typeof import('pagefind');
type PagefindIndex = NonNullable<Awaited<ReturnType<Pagefind['createIndex']>>['index']>;

/** One bundle through Pagefind's Node API: a new index, its pages (`add`), written to `out`. */
async function writeBundle(pagefind: Pagefind, name: string, out: string, config: Parameters<Pagefind['createIndex']>[0], add: (index: PagefindIndex) => Promise<void>): Promise<void> {
  const { index, errors } = await pagefind.createIndex(config);
  if (!index || errors.length) throw new Error(`pagefind (${name}): ${errors.join('; ')}`);
  await add(index);
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`pagefind (${name}): ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

function* walkHtml(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind' && e.name !== '_astro') yield* walkHtml(p);
    } else if (e.name.endsWith('.html')) yield p;
  }
}

/**
 * The key of an index: the HTML files it reads (path and bytes), the switches, this script and the
 * bundles' rules, and Pagefind's version.
 */
export function indexKey(dist: string, switches: string[]): string {
  const h = createHash('sha256');
  for (const f of [fileURLToPath(import.meta.url), fileURLToPath(new URL('../src/lib/search/bundles.ts', import.meta.url)), fileURLToPath(new URL('../node_modules/pagefind/package.json', import.meta.url))]) h.update(readFileSync(f));
  h.update(JSON.stringify(switches));
  for (const f of [...walkHtml(dist)].sort()) h.update(`\0${relative(dist, f)}\0`).update(readFileSync(f));
  // The directory is read from the models, not the pages (a merge's library pages may not change
  // when a plan's text does).
  const generated = env.generatedDir();
  for (const e of generatedPlans(generated)) h.update(`\0${e}\0`).update(readFileSync(join(generated, e, 'plan.json')));
  return h.digest('hex');
}

/** A copy of the bundles in the cache, put in place whole (one rename) so no reader sees half of it. */
function storeInCache(bundles: string, entry: string): void {
  const tmp = temporaryName(entry);
  try {
    placeTree(bundles, tmp);
    mkdirSync(dirname(entry), { recursive: true });
    renameSync(tmp, entry);
  } catch {
    // Another build stored the same entry first (a rename onto a folder fails): theirs is the same.
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Plan indexes built at the same time. */
const PARALLEL_INDEXES = 4;

/**
 * One more Pagefind bundle per plan, for a library: a search scoped to one plan (the header box
 * inside a plan) then loads that plan's small page list and word chunks instead of the library's,
 * whose page list grows by ≈ 0.3 KB per plan (32 KB at 100 plans). The library bundle stays
 * for the search page. Pagefind's Node API indexes them all in one service process.
 */

export async function indexPlans(dist: string, plans: string[], units = PLAN_CHUNK_UNITS): Promise<void> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(units);
  const pagefind = await import('pagefind');
  const one = async (plan: string) => {
    const out = join(dist, planBundle(plan));
    await writeBundle(pagefind, plan, out, {}, async (index) => {
      const added = await index.addDirectory({ path: dist, glob: `${plan}/**/*.html` });
      if (added.errors.length) throw new Error(`pagefind (${plan}): ${added.errors.join('; ')}`);
    });
    dropUi(out);
  };
  try {
    // Several indexes in flight at once (10 synthetic plans: 6.5–9.1 s against 7.3–10.2 s one
    // after another, on a loaded machine: a small gain, within its noise).
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(PARALLEL_INDEXES, plans.length) }, async () => {
      while (next < plans.length) await one(plans[next++]);
    }));
  } finally {
    await pagefind.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // Started with the build, it waits here for the pages (src/lib/build/start-signal.ts).
  const argv = process.argv.slice(2);
  // Started ahead of the pages: the wait is spent on what does not depend on them.
  if (argv.includes(WHEN_SIGNALLED) && argv.includes('--compress') && env.compressCache()) precompressPagefindCode(defaultCache());
  const args = await awaitStart(argv);
  const at = args.indexOf('--chunk');
  const units = at >= 0 ? Number(args.splice(at, 2)[1]) : CHUNK_UNITS;
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 1).length > 0 : false;
  };
  const partPlans = flag('--plans');
  const merge = flag('--merge');
  const compress = flag('--compress');
  const compressBundles = async () => {
    if (!compress) return;
    const t = await compressDir(join(dist, 'pagefind'));
    console.log(`search index: ${t.files} files compressed (${t.cached} from the cache)`);
  };
  const sb = args.indexOf('--shard-bundle');
  const shardK = sb >= 0 ? args.splice(sb, 2)[1] : null;
  const dist = args[0] ?? env.distDir();
  if (!dist || !Number.isInteger(units) || units <= 0) {
    console.error('usage: node scripts/index-search.ts [DIST] [--chunk UNITS]');
    process.exit(2);
  }
  // The same pages, switches and code give the same index: a rebuild with unchanged pages takes
  // the last one from the cache (POLICY_CACHE_DIR/pagefind-output; POLICY_SEARCH_CACHE=0 turns it off).
  const cached = env.searchCache() ? join(env.cacheDir(), 'pagefind-output', indexKey(dist, [String(units), String(partPlans), String(merge), String(compress), shardK ?? '', ...(merge ? mergedShardBundles() : [])])) : null;
  const run = async () => {
    const plans = builtPlans(dist);
    if (partPlans || merge) {
      // A shard's plans, or the merge's library pages (see the usage above).
      if (plans.length > 0) await indexPlans(dist, plans, at >= 0 ? units : PLAN_CHUNK_UNITS);
      // An empty shard (no plan hashed to it) has no bundle: the merge lists only those that exist.
      const bundle = merge ? '/pagefind/' : shardK && plans.length > 0 ? shardBundle(shardK) : null;
      const r = bundle ? await indexLibrary(dist, units, bundle) : null;
      if (merge) {
        const d = await indexDirectory(dist, env.generatedDir());
        console.log(`search index: the directory of ${d.plans} plans (${DIRECTORY_BUNDLE})`);
        const shards = mergedShardBundles();
        writeFileSync(join(dist, 'pagefind', SHARDS_FILE), `${JSON.stringify(shards)}\n`);
        console.log(`search index: the library pages (${r?.pages} pages), merged in the browser with ${shards.length} shard bundles`);
      } else console.log(`search index: ${plans.length} plan bundles${bundle ? `, shard bundle ${bundle} (${r?.pages} pages)` : ''}`);
      await compressBundles();
      return;
    }
    const { chunks, largest, median } = plans.length > 1 ? await indexLibrary(dist, units) : indexSite(dist, units);
    if (units === CHUNK_UNITS && median > MAX_CHUNK_BYTES) {
      console.error(`${join(dist, 'pagefind/index')}: the median index chunk is ${median} bytes (> ${MAX_CHUNK_BYTES}); ` +
        'Pagefind no longer honours PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE — see scripts/index-search.ts');
      throw new Error('');
    }
    if (plans.length > 1) {
      await indexPlans(dist, plans, at >= 0 ? units : PLAN_CHUNK_UNITS);
      console.log(`search index: one bundle per plan for ${plans.length} plans (${planBundle('<plan>')})`);
      const d = await indexDirectory(dist, env.generatedDir());
      console.log(`search index: the directory of ${d.plans} plans (${DIRECTORY_BUNDLE})`);
    }
    console.log(`search index: ${chunks} chunks, median ${(median / 1024).toFixed(1)} KB, largest ${(largest / 1024).toFixed(1)} KB (${units} positions each)`);
    await compressBundles();
  };
  try {
    if (cached && existsSync(cached)) {
      rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
      placeTree(cached, join(dist, 'pagefind'));
      console.log('search index: the pages are those of the last build: its index, from the cache');
    } else {
      await run();
      if (cached) storeInCache(join(dist, 'pagefind'), cached);
    }
    process.exit(0);
  } catch (e) {
    if ((e as Error).message) console.error((e as Error).message);
    process.exit(1);
  }
}
