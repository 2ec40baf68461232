/**
 * Cache keys of the incremental build (scripts/build-incremental.ts): a plan's built pages are
 * reused while their key is unchanged. The key is the SHA-256 of everything the pages are made of:
 *
 *   the code      every file that renders pages or post-processes them (CODE_PATHS), and the
 *                 switches that change the output (SITE_URL, POLICY_OG_IMAGES …): a change of
 *                 code rebuilds every plan;
 *   the plan      its generated folder (plan.json, its MDX pages, urls.txt), and whether its
 *                 original file is there to be offered for download;
 *   the library   what the plan's pages show of the other plans (src/lib/site/library/plan-facts.ts).
 *
 * When in doubt a file belongs to the code: a needless rebuild costs seconds, a wrong reuse
 * serves a stale page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { PlanFacts } from '../site/library/plan-facts.ts';

/**
 * What the pages are built from besides the plans, relative to the project: the site's source,
 * its configuration and dependencies, its static files, the department registry and the redirects
 * (durable URLs add anchor aliases to plan pages), and the scripts the build runs on its output.
 */
export const CODE_PATHS = [
  'src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json',
  'content/departments.json', 'scripts/index-search.ts', 'scripts/compress.ts', 'scripts/build-incremental.ts', 'scripts/build-merge.ts',
];

/** Environment switches that change what a build writes (src/lib/build/env.ts). */
export const OUTPUT_SWITCHES = ['SITE_URL', 'POLICY_OG_IMAGES', 'POLICY_SEARCH_INDEX', 'POLICY_COMPRESS'];

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** SHA-256 of a file's bytes; null when it does not exist. */
export const fileHash = (file: string): string | null => (existsSync(file) ? sha256(readFileSync(file)) : null);

/** Files under `path` (a file or a folder), as sorted paths relative to `root`; none when absent. */
function filesOf(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .flatMap((e) => filesOf(root, join(path, e.name)))
    .sort();
}

/** SHA-256 of the names and bytes of every file under `paths` (relative to `root`). */
export function treeHash(root: string, paths: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of paths.flatMap((p) => filesOf(root, p))) h.update(`${f.split(sep).join('/')}\0${sha256(readFileSync(join(root, f)))}\n`);
  return h.digest('hex');
}

/** Key of the code: the files of CODE_PATHS, the redirects file and the output switches' values. */
export function codeKey(root: string, redirectsFile: string, environment: Record<string, string | undefined>): string {
  return sha256(JSON.stringify({
    files: treeHash(root, CODE_PATHS),
    redirects: fileHash(redirectsFile),
    switches: OUTPUT_SWITCHES.map((k) => [k, environment[k] ?? null]),
  }));
}

/** Key of a plan's generated folder (everything the converter wrote for it). */
export const planFilesKey = (generatedPlanDir: string): string => treeHash(generatedPlanDir, ['.']);

/** Key of a plan's pages. */
export function pageKey(input: { code: string; plan: string; files: string; original: boolean; facts: PlanFacts }): string {
  return sha256(JSON.stringify(['pages/1', input.code, input.plan, input.files, input.original, input.facts]));
}

/**
 * Key of a search shard's bundle (the pages of its plans that the library search keeps): the
 * shard and its plans with their page keys; a bundle depends on those pages alone.
 */
export const searchShardKey = (shard: string, plans: [string, string][]): string =>
  sha256(JSON.stringify(['search/1', shard, [...plans].sort((a, b) => a[0].localeCompare(b[0]))]));

/** For messages: a path relative to the working directory. */
export const shown = (path: string) => relative(process.cwd(), path) || '.';

/**
 * Key of every page of a whole build (`astro build` of every plan and the library), which Astro's
 * incremental build (astro.config.mjs, experimental.incrementalBuild) compares with the last
 * build's to restore a page instead of rendering it again: the code, every generated file, the
 * sources (the 原文 page offers the original for download) and the files the build was given. A
 * change to any of them renders every page again, as a cold build does; so a rebuild with nothing
 * changed (the warm build of `npm run bench`) restores them all.
 */
export function buildKey(input: { code: string; generatedDir: string; sourcesDir: string; sourceFiles: readonly string[] }): string {
  return sha256(JSON.stringify([
    'build/1',
    input.code,
    treeHash(input.generatedDir, ['.']),
    treeHash(input.sourcesDir, ['.']),
    // By name, as the 原文 page finds an original among them (src/lib/build/originals.ts).
    input.sourceFiles.map((f) => [basename(f), fileHash(f)]),
  ]));
}
