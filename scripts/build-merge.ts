/**
 * Assembles a sharded build: npm run build:merge (node scripts/build-merge.ts)
 *
 *   npm run convert
 *   for k in 1 2 3 4; do npm run build -- --shard $k/4 & done; wait
 *   npm run build:merge
 *
 * Each `npm run build -- --shard K/N` wrote its plans' pages, their search bundles and its shard
 * bundle, compressed, to dist-shards/K/ (POLICY_SHARDS_DIR). This script checks that the shards
 * are 1 … N of one N and hold every plan of the generated directory once, builds the library-level
 * pages (home, facets, cross-plan departments, open data, feed, sitemap, search page and
 * vocabulary, 404, redirects) from the plans' models alone with `astro build` and
 * POLICY_BUILD_PART=library into dist-shards/library/ (their search bundle, the list of shard
 * bundles, compression: the build's own stages), then links the shards and the library part into
 * dist/ (POLICY_DIST_DIR; copies across file systems). Nothing is compressed twice: every part
 * arrives compressed. npm run build:incremental (scripts/build-incremental.ts) assembles its parts
 * with the same functions (placeTree of src/lib/build/place.ts, syncTree).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { env } from '../src/lib/build/env.ts';
import { placeFile, placeTree } from '../src/lib/build/place.ts';
import { SHARD_FILE } from '../src/lib/build/part.ts';
import { generatedPlans, shardDirs } from '../src/lib/build/shards.ts';

interface ShardRecord { shard: string | null; plans: string[] }

/** Problems that make the shards' outputs an incomplete site (empty: they make one whole). */
export function checkShards(records: { dir: string; record: ShardRecord | null }[], plans: string[]): string[] {
  const problems: string[] = [];
  if (records.length === 0) return ['no shard outputs (run npm run build -- --shard K/N for K = 1 … N first)'];
  const ns = new Set<number>();
  const ks = new Set<number>();
  const seen = new Map<string, string>();
  for (const { dir, record } of records) {
    if (!record?.shard) {
      problems.push(`${dir}: not a shard's output (no ${SHARD_FILE} naming its shard)`);
      continue;
    }
    const [k, n] = record.shard.split('/').map(Number);
    ns.add(n);
    ks.add(k);
    for (const p of record.plans) {
      if (seen.has(p)) problems.push(`plan ${p} is in two shards (${seen.get(p)} and ${dir})`);
      seen.set(p, dir);
    }
  }
  if (ns.size > 1) problems.push(`shards of different counts: ${[...ns].sort().join(', ')} (one run's shards only: empty ${'dist-shards'}/ first)`);
  const n = Math.max(...ns);
  for (let k = 1; k <= n; k++) if (!ks.has(k)) problems.push(`shard ${k}/${n} is missing`);
  for (const p of plans) if (!seen.has(p)) problems.push(`plan ${p} is in no shard (converted after the shards were built?)`);
  for (const p of seen.keys()) if (!plans.includes(p)) problems.push(`plan ${p} of ${seen.get(p)} is not in the generated directory`);
  return problems;
}

/**
 * The library-level pages (home, facets, departments, open data, feed, sitemap, search page and
 * vocabulary, 404, redirects) built from every plan's model into `out`, with `astro build` and
 * POLICY_BUILD_PART=library: its search bundle lists the shard bundles under `shardsRoot`'s
 * numbered folders, its sitemap their pages (src/lib/build/part.ts).
 */
export function buildLibraryPart(out: string, shardsRoot: string): void {
  const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env: { ...process.env, POLICY_BUILD_PART: 'library', POLICY_DIST_DIR: out, POLICY_SHARDS_DIR: shardsRoot, POLICY_SHARD: '', POLICY_BUILD_PLANS: '' } });
  if (r.status !== 0) throw new Error(`the library part's astro build failed (${r.status ?? r.signal})`);
}

/** Every file under `dir`, by its path relative to it ('/'-separated), with its full path. */
function treeFiles(dir: string, into = new Map<string, string>(), rel = ''): Map<string, string> {
  if (!existsSync(join(dir, rel))) return into;
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) treeFiles(dir, into, r);
    else into.set(r, join(dir, r));
  }
  return into;
}

/**
 * Makes `to` hold exactly the files of `sources` (a later source's file wins over an earlier one's
 * at the same path), changing only what differs: a file that already is a hard link to its source
 * is left alone, others are unlinked and linked again (copied across file systems), files and
 * folders no source has are removed. After one plan changed this touches that plan's files, where
 * emptying `to` and linking everything again took 7 s for the 35 000 files of 100 plans.
 */
export function syncTree(sources: string[], to: string): { linked: number; removed: number } {
  const want = new Map<string, string>();
  for (const s of sources) treeFiles(s, want);
  let linked = 0;
  let removed = 0;
  const dirs = new Set<string>(['']);
  for (const rel of want.keys()) for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1)) dirs.add(rel.slice(0, i));
  // What `to` has that no source has: files, then folders (deepest first).
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(to, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && dirs.has(r)) walk(r);
      else if (e.isDirectory()) rmSync(join(to, r), { recursive: true, force: true });
      else if (!want.has(r)) {
        unlinkSync(join(to, r));
        removed++;
      }
    }
  };
  if (existsSync(to) && !lstatSync(to).isDirectory()) rmSync(to, { force: true });
  if (existsSync(to)) walk('');
  for (const d of [...dirs].sort()) mkdirSync(join(to, d), { recursive: true });
  for (const [rel, src] of want) {
    const dst = join(to, rel);
    if (existsSync(dst)) {
      const [a, b] = [statSync(src), lstatSync(dst)];
      if (a.ino === b.ino && a.dev === b.dev) continue;
    }
    placeFile(src, dst);
    linked++;
  }
  return { linked, removed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const t = performance.now();
  const shardsRoot = env.shardsDir();
  const dirs = shardDirs(shardsRoot);
  const records = dirs.map((dir) => ({ dir: relative(process.cwd(), dir), record: existsSync(join(dir, SHARD_FILE)) ? (JSON.parse(readFileSync(join(dir, SHARD_FILE), 'utf8')) as ShardRecord) : null }));
  const problems = checkShards(records, generatedPlans(resolve(env.generatedDir())));
  if (problems.length > 0) {
    console.error(`build:merge: the shards in ${relative(process.cwd(), shardsRoot) || '.'} do not make a whole site:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  const library = join(shardsRoot, 'library');
  buildLibraryPart(library, shardsRoot);
  const dist = resolve(env.distDir());
  rmSync(dist, { recursive: true, force: true });
  // The shards' shared assets (_astro/) are the same files under the same content-hashed names.
  for (const d of dirs) placeTree(d, dist, (rel) => rel !== SHARD_FILE);
  placeTree(library, dist);
  console.error(`stage merge: ${((performance.now() - t) / 1000).toFixed(2)} s (${dirs.length} shards and the library pages → ${relative(process.cwd(), dist) || '.'})`);
}
