/**
 * An incremental build of the site: npm run build:incremental [-- --search-shards B]
 * (B: default one per 25 plans, searchShardCount)
 * (node scripts/build-incremental.ts). The same site as `npm run build`, but a plan whose pages'
 * key has not changed is taken from the cache instead of being built again:
 *
 *   convert      scripts/convert.ts, as the build's first stage (its own cache: an unchanged plan
 *                is not converted again).
 *   keys         each plan's page key (src/lib/build/page-keys.ts): its generated files, the code
 *                that renders pages, the facts of other plans its pages show (plan-facts.ts).
 *   assemble     the plans taken from the cache (POLICY_CACHE_DIR/pages/<key>/), the shared assets
 *                and the search shards that need no new index, hard-linked into one folder that
 *                the build reads as a sharded build's only shard (search shards, sitemap).
 *   build        ONE `astro build` of the library-level pages and of the plans whose key has no
 *                entry (POLICY_BUILD_PART=all POLICY_BUILD_PLANS=…; the library part alone when
 *                none), into a staging folder: one Astro start-up, not two.
 *   index        the built plans' own search bundles (/pagefind/plans/<plan>/), the library
 *                pages' bundle (/pagefind/) and the list of search shards it merges.
 *   compress     .gz and .br of what was built (scripts/compress.ts, cached per file content).
 *   split        each built plan (pages, link-preview images, search bundle) into its cache
 *                entry; what is left is the library part.
 *   search       the library search's bundles of plan pages: B search shards (a plan's shard is
 *                the FNV-1a hash of its id mod B, as `--shard K/B`), each cached by its plans'
 *                keys; a shard with a changed plan is indexed again and compressed.
 *   dist         dist/ (POLICY_DIST_DIR) made to hold the plans' folder and the library part, in
 *                place: only what changed is linked again (build-merge.ts's syncTree).
 *
 * Writes its report (which plans were built, which reused, each stage's seconds) to
 * POLICY_CACHE_DIR/incremental/report.json and prints `stage NAME: S s` lines. Files of dist/
 * are hard links into the cache: replace them, never write into them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { env } from '../src/lib/build/env.ts';
import { originalBytes } from '../src/lib/build/originals.ts';
import { codeKey, pageKey, planFilesKey, searchShardKey, shown } from '../src/lib/build/page-keys.ts';
import { generatedPlans, SHARDS_FILE, shardOf, summaryOf } from '../src/lib/build/shards.ts';
import { PlanModelSchema, RegistrySchema, type PlanModel } from '../src/lib/model/schema.ts';
import { shardBundle } from '../src/lib/model/routes.ts';
import { libraryFactsOf } from '../src/lib/site/library/plan-facts.ts';
import { syncTree } from './build-merge.ts';
import { placeTree } from '../src/lib/build/place.ts';
import { indexDirectory, indexLibrary, indexPlans } from './index-search.ts';
import { compressDir } from './compress.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/** The report of one run (POLICY_CACHE_DIR/incremental/report.json). */
export interface IncrementalReport {
  plans: number;
  built: string[];
  reused: string[];
  searchShards: { count: number; built: number[]; reused: number[] };
  seconds: Record<string, number>;
}

/**
 * Search shards by default: one per PLANS_PER_SEARCH_SHARD plans. A changed plan's shard is
 * indexed again (≈ 0.1 s a plan on 2 cores: 3.3 s for 30 plans in one shard), and each shard adds
 * ≈ 11 KB to /search/'s first query (docs/performance.md#incremental-builds). When the count
 * changes (the 26th plan added), every shard is indexed once again.
 */
export const PLANS_PER_SEARCH_SHARD = 25;
export const searchShardCount = (plans: number): number => Math.max(1, Math.ceil(plans / PLANS_PER_SEARCH_SHARD));

/** Moves `from` to `to` when it exists (folders made as needed). */
function move(from: string, to: string): void {
  if (!existsSync(from)) return;
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}

/** Moves a fresh folder into the cache whole: a reader sees the entry complete or not at all. */
function commitEntry(tmp: string, entry: string): void {
  if (existsSync(entry)) rmSync(tmp, { recursive: true, force: true });
  else renameSync(tmp, entry);
}

/**
 * Takes the built plans out of the build's output, one cache entry per plan: its folder, its
 * link-preview images (og/<plan>/), its search bundle (pagefind/plans/<plan>/), each with its .gz
 * and .br; the shared assets (_astro/) are linked into the code's entry. What is left is the
 * library part. A plan's file anywhere else would be lost to the next run that reuses the plan:
 * tests/e2e/incremental.test.ts compares a run that reuses every plan with a build in one piece.
 */
function splitStaging(staging: string, keys: Map<string, string>, cache: string, assets: string): void {
  for (const [plan, key] of keys) {
    const tmp = join(cache, 'pages', `.${key}.${process.pid}.tmp`);
    rmSync(tmp, { recursive: true, force: true });
    move(join(staging, plan), join(tmp, plan));
    move(join(staging, 'og', plan), join(tmp, 'og', plan));
    move(join(staging, 'og', `${plan}.png`), join(tmp, 'og', `${plan}.png`));
    move(join(staging, 'pagefind', 'plans', plan), join(tmp, 'pagefind', 'plans', plan));
    commitEntry(tmp, join(cache, 'pages', key));
  }
  if (existsSync(join(staging, '_astro'))) placeTree(join(staging, '_astro'), join(assets, '_astro'));
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const seconds: Record<string, number> = {};
  let last = t0;
  const lap = (name: string) => {
    const now = performance.now();
    seconds[name] = +((now - last) / 1000).toFixed(2);
    process.stderr.write(`stage ${name}: ${seconds[name].toFixed(2)} s\n`);
    last = now;
  };
  const args = process.argv.slice(2);
  const at = args.indexOf('--search-shards');
  const asked = at >= 0 ? Number(args[at + 1]) : null;
  if (asked !== null && (!Number.isInteger(asked) || asked < 1)) throw new Error('--search-shards B: a whole number ≥ 1');

  const cache = env.cacheDir();
  const work = join(cache, 'incremental');
  const staging = join(work, 'staging');
  const parts = join(work, 'parts');
  const library = join(work, 'library');
  const generated = resolve(env.generatedDir());
  const dist = resolve(env.distDir());

  // Convert: the build's first stage, with the same files (POLICY_SOURCE_FILES or every source).
  const c = spawnSync(process.execPath, [join(root, 'scripts/convert.ts'), ...env.sourceFiles()], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (c.status !== 0) throw new Error(`convert failed (${c.status ?? c.signal})`);
  lap('convert');

  // Keys: the library facts come from every plan's summary (as a shard reads the other plans).
  const ids = generatedPlans(generated);
  const models: PlanModel[] = ids.map((id) => PlanModelSchema.parse(summaryOf(JSON.parse(readFileSync(join(generated, id, 'plan.json'), 'utf8')) as Record<string, unknown>)));
  const registry = RegistrySchema.parse(JSON.parse(readFileSync(join(root, 'content/departments.json'), 'utf8')));
  const facts = libraryFactsOf(models, registry);
  const code = codeKey(root, env.redirectsFile(), process.env);
  const keys = new Map(models.map((m) => [m.id, pageKey({ code, plan: m.id, files: planFilesKey(join(generated, m.id)), original: originalBytes(m.source) !== null, facts: facts.get(m.id)! })]));
  const missing = new Map([...keys].filter(([, k]) => !existsSync(join(cache, 'pages', k))));
  const shards = asked ?? searchShardCount(ids.length);
  lap('keys');

  // The plans' part, a sharded build's only shard for the build to read (its search shards'
  // names, and the plans' pages for the sitemap): the entries of the plans taken from the cache,
  // the search shards that need no new index, an empty folder for each of the others. Kept from
  // one run to the next and changed in place (syncTree): only what changed is linked again.
  const assets = join(cache, 'pages', `assets-${code}`);
  const plansPart = join(parts, '1');
  const searchEntries = new Map<number, string>();
  if (env.searchIndexStage()) {
    for (let k = 1; k <= shards; k++) {
      const members = ids.filter((id) => shardOf(id, shards) === k);
      if (members.length > 0) searchEntries.set(k, join(cache, 'search', searchShardKey(`${k}/${shards}`, members.map((id) => [id, keys.get(id)!]))));
    }
  }
  const reused = [...searchEntries].filter(([, e]) => existsSync(e)).map(([k]) => k);
  const built = [...searchEntries.keys()].filter((k) => !reused.includes(k));
  const partSources = (plans: string[]) => [...plans.map((id) => join(cache, 'pages', keys.get(id)!)), assets, ...reused.map((k) => searchEntries.get(k)!)];
  syncTree(partSources(ids.filter((id) => !missing.has(id))), plansPart);
  for (const k of built) mkdirSync(join(plansPart, shardBundle(String(k))), { recursive: true });
  lap('assemble');

  // One astro build: the library pages and the plans whose pages are not in the cache (one Astro
  // start-up, not two). Its search index and compression are done here, so that the plans'
  // bundles and the library's are apart.
  rmSync(staging, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [astro, 'build'], {
    encoding: 'utf8',
    stdio: ['ignore', 'inherit', 'pipe'],
    env: {
      ...process.env,
      ...(missing.size > 0 ? { POLICY_BUILD_PART: 'all', POLICY_BUILD_PLANS: [...missing.keys()].join(',') } : { POLICY_BUILD_PART: 'library', POLICY_BUILD_PLANS: '' }),
      POLICY_DIST_DIR: staging, POLICY_SHARDS_DIR: parts, POLICY_SHARD: '', POLICY_CONVERT: '0', POLICY_SEARCH_INDEX: '0', POLICY_COMPRESS: '0',
    },
  });
  process.stderr.write(r.stderr ?? '');
  if (r.status !== 0) throw new Error(`the astro build failed (${r.status ?? r.signal})`);
  lap('build');

  if (env.searchIndexStage()) {
    // Each built plan's own bundle; the library pages' bundle beside the search shards' list.
    // The library's bundle first: indexLibrary empties /pagefind/, plans' bundles included.
    await indexLibrary(staging, undefined, '/pagefind/', (path) => !missing.has(path.split('/')[0]));
    // The directory of every plan, which /search/ asks first (src/lib/search/directory.ts).
    await indexDirectory(staging, env.generatedDir());
    if (missing.size > 0) await indexPlans(staging, [...missing.keys()]);
    const merged = [...searchEntries.keys()].map((k) => shardBundle(String(k))).sort();
    writeFileSync(join(staging, 'pagefind', SHARDS_FILE), `${JSON.stringify(merged)}\n`);
  }
  lap('index');
  if (env.compressStage()) await compressDir(staging);
  lap('compress');

  // The built plans into the cache; what is left is the library part.
  splitStaging(staging, missing, cache, assets);
  rmSync(library, { recursive: true, force: true });
  renameSync(staging, library);
  syncTree(partSources(ids), plansPart);
  lap('split');

  // Search shards with a changed plan: the plan pages the library search keeps, indexed again.
  for (const k of built) {
    const members = new Set(ids.filter((id) => shardOf(id, shards) === k));
    const bundle = shardBundle(String(k));
    await indexLibrary(plansPart, undefined, bundle, (path) => members.has(path.split('/')[0]));
    if (env.compressStage()) await compressDir(join(plansPart, bundle));
    const entry = searchEntries.get(k)!;
    const tmp = `${entry}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    placeTree(join(plansPart, bundle), join(tmp, bundle));
    mkdirSync(dirname(entry), { recursive: true });
    commitEntry(tmp, entry);
  }
  lap('search');

  syncTree([plansPart, library], dist);
  lap('dist');

  seconds.total = +((performance.now() - t0) / 1000).toFixed(2);
  const report: IncrementalReport = {
    plans: ids.length,
    built: [...missing.keys()].sort(),
    reused: ids.filter((id) => !missing.has(id)),
    searchShards: { count: shards, built, reused },
    seconds,
  };
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'report.json'), `${JSON.stringify(report, null, 1)}\n`);
  process.stderr.write(`build:incremental: ${report.built.length} of ${ids.length} plans built, ${report.reused.length} from the cache; search shards built ${built.join(' ') || 'none'}; ${seconds.total} s → ${shown(dist)}\n`);
}

if (import.meta.main) await main();
