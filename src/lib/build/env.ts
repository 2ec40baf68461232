/**
 * Every environment variable the project reads, in one place, with its default. Only the build's
 * edges read it (astro.config.mjs, src/content.config.ts, the durable-URL build hook and scripts/):
 * the model, search, converter and view code never do, so the same input always gives the same
 * output (checked by scripts/check-layers.ts).
 *
 * Another library can be built beside this one (tests, npm run bench:scale) by pointing the
 * directories elsewhere.
 */
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_PARTS, parseShard, type BuildPart, type Shard } from './shards.ts';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
/**
 * `--shard K/N` on the command line (`npm run build -- --shard 2/4`, which runs `astro build
 * --shard 2/4`: Astro leaves flags it does not know alone), or POLICY_SHARD=K/N.
 */
function shardFlag(): Shard | null {
  const at = process.argv.indexOf('--shard');
  const eq = process.argv.find((a) => a.startsWith('--shard='));
  const text = at >= 0 ? process.argv[at + 1] : eq ? eq.slice('--shard='.length) : process.env.POLICY_SHARD;
  return text ? parseShard(text) : null;
}

const dir = (name: string, fallback: string) => {
  const v = process.env[name];
  return v ? resolve(v) : join(root, fallback);
};

export const env = {
  /** The project's folder (the code that the page keys hash: src/lib/build/page-keys.ts). */
  root: () => root,
  /** POLICY_SOURCES_DIR: the plans as published (content/sources). */
  sourcesDir: () => dir('POLICY_SOURCES_DIR', 'content/sources'),
  /** POLICY_GENERATED_DIR: the converter's output, which the site is built from (content/generated). */
  generatedDir: () => process.env.POLICY_GENERATED_DIR ?? './content/generated',
  /** POLICY_DIST_DIR: the built site (dist). A shard builds into its folder of the shards directory instead. */
  distDir: () => (shardFlag() ? join(env.shardsDir(), String(shardFlag()!.k)) : process.env.POLICY_DIST_DIR ?? './dist'),
  /** POLICY_SHARDS_DIR: the shards' outputs of a sharded build, which npm run build:merge assembles (dist-shards). */
  shardsDir: () => dir('POLICY_SHARDS_DIR', 'dist-shards'),
  /** `--shard K/N` or POLICY_SHARD: build only the plans of shard K of N (their pages and search bundles). */
  shard: shardFlag,
  /**
   * POLICY_BUILD_PART: `all` (default), `plans` (only plans' pages: POLICY_BUILD_PLANS, or a
   * shard's) or `library` (only the library-level pages, from every plan's model). A shard is `plans`.
   */
  buildPart: (): BuildPart => {
    const v = process.env.POLICY_BUILD_PART ?? (shardFlag() ? 'plans' : 'all');
    if (!(BUILD_PARTS as readonly string[]).includes(v)) throw new Error(`POLICY_BUILD_PART=${v}: expected one of ${BUILD_PARTS.join(', ')}`);
    return v as BuildPart;
  },
  /** POLICY_BUILD_PLANS: the plans (ids, comma-separated) whose pages a `plans` build renders; unset: all. */
  buildPlans: (): string[] | null => (process.env.POLICY_BUILD_PLANS ? process.env.POLICY_BUILD_PLANS.split(',').map((s) => s.trim()).filter(Boolean) : null),
  /** POLICY_CACHE_DIR: conversion, compression and image caches (node_modules/.cache/policy-explorer). */
  cacheDir: () => dir('POLICY_CACHE_DIR', 'node_modules/.cache/policy-explorer'),
  /**
   * POLICY_SOURCE_FILES: the plans to convert, as paths separated by the platform's delimiter (:),
   * instead of every file of the sources directory (the tests' fixture libraries); also where the
   * original files offered for download are looked for first (src/lib/build/originals.ts).
   */
  sourceFiles: () => (process.env.POLICY_SOURCE_FILES ?? '').split(delimiter).filter(Boolean),
  /** POLICY_CONVERT=0: `astro build` builds from the generated directory as it is, converting nothing. */
  convertStage: () => process.env.POLICY_CONVERT !== '0',
  /** POLICY_SEARCH_INDEX=0: no Pagefind index (a test that does not search). */
  searchIndexStage: () => process.env.POLICY_SEARCH_INDEX !== '0',
  /** POLICY_COMPRESS=0: no .gz and .br files (a browser test served by the plain test server). */
  compressStage: () => process.env.POLICY_COMPRESS !== '0',
  /** POLICY_CONVERT_CACHE=0 converts every plan again. */
  convertCache: () => process.env.POLICY_CONVERT_CACHE !== '0',
  /** POLICY_OG_IMAGES=0 builds no link-preview images (and pages name none). */
  ogImages: () => process.env.POLICY_OG_IMAGES !== '0',
  /** POLICY_OG_CACHE=0 renders every link-preview image again. */
  ogCache: () => process.env.POLICY_OG_CACHE !== '0',
  /** POLICY_SEARCH_CACHE=0 indexes the pages again even when they are those of the last build. */
  searchCache: () => process.env.POLICY_SEARCH_CACHE !== '0',
  /** POLICY_COMPRESS_CACHE=0 compresses every file again. */
  compressCache: () => process.env.POLICY_COMPRESS_CACHE !== '0',
  /** POLICY_REDIRECTS: where each published URL that the site no longer has went (content/redirects.json). */
  redirectsFile: () => resolve(process.env.POLICY_REDIRECTS ?? 'content/redirects.json'),
  /** POLICY_CORPUS_DIR: real documents to convert (npm run corpus), ../shared/corpus. */
  corpusDir: () => resolve(process.env.POLICY_CORPUS_DIR ?? join(root, '..', 'shared', 'corpus')),
  /** SITE_URL: the deployment's public address (see src/lib/site/seo/site-url.ts). */
  siteUrl: () => process.env.SITE_URL,
  /** NGINX_PATH: the nginx binary that serves the built site in tests (/usr/sbin/nginx). */
  nginx: () => process.env.NGINX_PATH ?? '/usr/sbin/nginx',
};
