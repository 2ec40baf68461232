import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const node = process.execPath;
const run = (args: string[], env: Record<string, string> = {}) => {
  const r = spawnSync(node, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stderr}\n${r.stdout}`);
  return r;
};

/**
 * The test library: the bundled plan and two fixture plans. liaoning-2019-8 cites the bundled plan
 * (in the library) and 国发〔2015〕28号 (not in it); qingchuan-2020-3 cites liaoning-2019-8 by 文号 alone.
 */
export const TEST_LIBRARY = ['content/sources/liaoning-2015-24.txt', 'tests/fixtures/library/liaoning-2019-8.txt', 'tests/fixtures/library/qingchuan-2020-3.txt'];

/**
 * Builds the whole site with `astro build`, as `npm run build` does (convert, pages, search index,
 * compression: src/integrations/build-stages.ts), into a fresh directory: from the given plan files
 * (converted into their own generated directory) or, without files, from content/generated as it is.
 * Several files make a library (the library tests: tests/e2e/library.test.ts).
 */
export function buildSite(files: string[] = [], { compress = true, env: extra = {}, dir = mkdtempSync(join(tmpdir(), 'site-')) }: { compress?: boolean; env?: Record<string, string>; dir?: string } = {}): { dist: string; generated: string | null; output: string } {
  const dist = join(dir, 'dist');
  const generated = files.length > 0 ? join(dir, 'generated') : null;
  const env: Record<string, string> = generated
    ? { POLICY_SOURCE_FILES: files.join(delimiter), POLICY_GENERATED_DIR: generated }
    : { POLICY_CONVERT: '0' };
  // The test server serves the plain files: a browser test that does not test compression skips it.
  if (!compress) env.POLICY_COMPRESS = '0';
  const r = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { ...env, ...extra });
  // Without colour codes: CI forces colour (FORCE_COLOR), and tests read Astro's log.
  return { dist, generated, output: stripVTControlCharacters(r.stdout + r.stderr) };
}

/** The npm commands of a sharded run, as a person types them. */
const npm = (args: string[], env: Record<string, string>) => {
  const r = spawnSync('npm', ['--silent', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${r.stderr}\n${r.stdout}`);
  return r;
};

/**
 * Builds the given plans with the commands of a sharded run (docs/guides/deploying.md): `npm run convert`,
 * then `npm run build -- --shard K/N` for each K (one after another: the shards of a test run
 * outside the project share Astro's .astro/ folder), then `npm run build:merge`. Returns the merged
 * site and the shards' folder.
 */
export function buildSharded(files: string[], n: number, { compress = true }: { compress?: boolean } = {}): { dist: string; shards: string; generated: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sharded-'));
  // POLICY_SOURCE_FILES tells the shards where the originals offered for download are (the plans
  // are not in content/sources); a partial build does not convert them again.
  const env: Record<string, string> = { POLICY_GENERATED_DIR: join(dir, 'generated'), POLICY_SHARDS_DIR: join(dir, 'dist-shards'), POLICY_DIST_DIR: join(dir, 'dist'), POLICY_SOURCE_FILES: files.join(delimiter) };
  if (!compress) env.POLICY_COMPRESS = '0';
  npm(['run', 'convert', '--', ...files], env);
  for (let k = 1; k <= n; k++) npm(['run', 'build', '--', '--shard', `${k}/${n}`], env);
  npm(['run', 'build:merge'], env);
  return { dist: env.POLICY_DIST_DIR, shards: env.POLICY_SHARDS_DIR, generated: env.POLICY_GENERATED_DIR };
}

/**
 * Builds the given plans with `npm run build:incremental` into `dist`, with the cache and generated
 * directory of `dir` (so a second call reuses what the first built). Returns the run's report
 * (scripts/build-incremental.ts).
 */
export function buildIncremental(files: string[], dir: string, dist: string, { compress = true }: { compress?: boolean } = {}): { dist: string; cache: string; report: { built: string[]; reused: string[]; searchShards: { built: number[]; reused: number[] } } } {
  const cache = join(dir, 'cache');
  const env: Record<string, string> = { POLICY_GENERATED_DIR: join(dir, 'generated'), POLICY_CACHE_DIR: cache, POLICY_DIST_DIR: dist, POLICY_SOURCE_FILES: files.join(delimiter) };
  if (!compress) env.POLICY_COMPRESS = '0';
  npm(['run', 'build:incremental'], env);
  return { dist, cache, report: JSON.parse(readFileSync(join(cache, 'incremental', 'report.json'), 'utf8')) };
}
