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

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const dir = (name: string, fallback: string) => {
  const v = process.env[name];
  return v ? resolve(v) : join(root, fallback);
};

export const env = {
  /** POLICY_SOURCES_DIR: the plans as published (content/sources). */
  sourcesDir: () => dir('POLICY_SOURCES_DIR', 'content/sources'),
  /** POLICY_GENERATED_DIR: the converter's output, which the site is built from (content/generated). */
  generatedDir: () => process.env.POLICY_GENERATED_DIR ?? './content/generated',
  /** POLICY_DIST_DIR: the built site (dist). */
  distDir: () => process.env.POLICY_DIST_DIR ?? './dist',
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
