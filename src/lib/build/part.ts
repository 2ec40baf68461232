/**
 * The part of the site this build renders, from the build's switches (env.ts): every plan and the
 * library pages (a plain `npm run build`), one shard's plans, or the library pages alone.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { env } from './env.ts';
import { generatedPlans, selection, shardDirs, type Selection } from './shards.ts';
import { shardBundle } from '../model/routes.ts';

let current: Selection | null = null;
/** Computed once per process: a shard's plans are those of the generated directory that hash to it. */
export function buildSelection(): Selection {
  current ??= selection(env.buildPart(), { plans: env.buildPlans(), shard: env.shard(), ids: () => generatedPlans(resolve(env.generatedDir())) });
  return current;
}

/**
 * Whether this build renders the library pages without every plan's pages: the merge's library
 * build, or npm run build:incremental's (the library pages and the changed plans). Its library
 * search merges the shard bundles, and its sitemap lists the shards' pages.
 */
const libraryOfShards = (): boolean => {
  const s = buildSelection();
  return s.library && s.plans !== null;
};

/**
 * The shard bundles the library search merges (src/browser/search/engine.ts): in the merge's
 * library build, those that the shards' outputs hold (dist-shards/K/pagefind/shards/K/); none in
 * any other build, whose library bundle holds every page.
 */
let bundles: string[] | null = null;
export function mergedShardBundles(): string[] {
  if (!libraryOfShards()) return [];
  return (bundles ??= shardDirs(env.shardsDir()).flatMap((d) => {
    const dir = join(d, 'pagefind', 'shards');
    return existsSync(dir) ? readdirSync(dir).filter((k) => /^\d+$/.test(k)).map((k) => shardBundle(k)) : [];
  }).sort());
}

/**
 * The pages the shards built, as addresses of `site`: the merge's sitemap lists them beside the
 * library pages it renders itself.
 */
export function shardPages(site: string | undefined): string[] {
  if (!site || !libraryOfShards()) return [];
  const out: string[] = [];
  const walk = (root: string, dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (dir !== root || !['_astro', 'pagefind', 'og'].includes(e.name)) walk(root, join(dir, e.name));
      } else if (e.name === 'index.html') out.push(new URL(`${relative(root, dir).split(sep).join('/')}/`, site).href);
    }
  };
  for (const d of shardDirs(env.shardsDir())) walk(d, d);
  return out.sort();
}

/**
 * Removes from a `plans` build's output what belongs to the library: the pages that are always
 * rendered (home, search, feed, vocabulary, 404), the redirect files, the sitemap and robots.txt.
 * What stays: the plans' folders, the shared assets (_astro), their link-preview images.
 */
export function pruneToPlans(dist: string, plans: ReadonlySet<string>): void {
  for (const e of readdirSync(dist, { withFileTypes: true })) {
    // Dot folders are Astro's own (.prerender/ while it builds into a folder of the project).
    if (e.name === '_astro' || e.name === SHARD_FILE || e.name.startsWith('.')) continue;
    if (e.isDirectory() && plans.has(e.name)) continue;
    if (e.isDirectory() && e.name === 'og') {
      for (const o of readdirSync(join(dist, 'og'))) if (!plans.has(o.replace(/\.png$/, ''))) rmSync(join(dist, 'og', o), { recursive: true });
      continue;
    }
    rmSync(join(dist, e.name), { recursive: true });
  }
}

/** A shard's record of itself, at the root of its output: which shard, which plans (checked by the merge). */
export const SHARD_FILE = 'shard.json';
