/**
 * A synthetic library built in shards, as docs/guides/deploying.md#sharded-builds runs it. Not a
 * test: it reports figures.
 *   node scripts/bench-shards.ts [--n 30] [--shards 2] [--whole] [--keep]
 * Generates the library (scripts/synthetic-library.ts, as npm run bench:scale) in a temporary
 * folder with empty caches, then runs `npm run convert`, `npm run build -- --shard K/N` for each K
 * one after another (each under GNU time: wall, CPU and peak memory of one shard, as one machine of
 * a CI matrix would see it) and `npm run build:merge`; measures /search/'s first query on the
 * merged site (npm run bench:scale -- --measure); then changes one plan and rebuilds its shard and
 * the merge only. --whole also builds the same library in one piece (`astro build`) and measures
 * its /search/, for comparison. Writes bench-results/bench-shards-n<N>-<date>.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeBenchResult } from './bench-record.ts';
import { fixtureTexts, sentencePool, syntheticLibrary } from './synthetic-library.ts';
import { shardOf } from '../src/lib/build/shards.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const N = Number(opt('--n', '30'));
const SHARDS = Number(opt('--shards', '2'));
const WHOLE = args.includes('--whole');
const KEEP = args.includes('--keep');
const root = process.cwd();

interface Timed { seconds: number; cpu: number; peakMB: number }
/** One command under GNU time (its whole process tree's peak resident memory). */
function timed(cmd: string[], env: Record<string, string>): Timed & { stdout: string } {
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %M %U %S', ...cmd], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const m = /@@ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !m) throw new Error(`${cmd.join(' ')} failed:\n${r.stderr?.slice(-4000)}\n${r.stdout?.slice(-2000)}`);
  return { seconds: Number(m[1]), cpu: +(Number(m[3]) + Number(m[4])).toFixed(2), peakMB: Math.round(Number(m[2]) / 1024), stdout: r.stdout };
}
const strip = ({ seconds, cpu, peakMB }: Timed): Timed => ({ seconds, cpu, peakMB });
const measure = (dist: string, path: string) => JSON.parse(timed([process.execPath, 'scripts/bench-scale.ts', '--measure', dist, path], {}).stdout.split('\n')[0]) as { firstKB: number; searchPage: { firstKB: number; nextMedianKB: number } };

const dir = mkdtempSync(join(tmpdir(), `bench-shards-${N}-`));
const sources = join(dir, 'sources');
mkdirSync(sources);
const plans = syntheticLibrary(N, sentencePool(fixtureTexts(root)));
for (const p of plans) writeFileSync(join(sources, `${p.id}.txt`), p.text);
const env = { POLICY_SOURCES_DIR: sources, POLICY_GENERATED_DIR: join(dir, 'generated'), POLICY_SHARDS_DIR: join(dir, 'dist-shards'), POLICY_DIST_DIR: join(dir, 'dist'), POLICY_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
process.stderr.write(`N=${N} in ${SHARDS} shards: ${relative(root, dir)}\n`);
const npm = (...a: string[]) => ['npm', '--silent', 'run', ...a];

const convert = timed(npm('convert'), env);
const shards = Array.from({ length: SHARDS }, (_, i) => {
  const t = timed(npm('build', '--', '--shard', `${i + 1}/${SHARDS}`, '--silent'), env);
  const row = { shard: `${i + 1}/${SHARDS}`, plans: plans.filter((p) => shardOf(p.id, SHARDS) === i + 1).length, ...strip(t) };
  process.stderr.write(`${JSON.stringify(row)}\n`);
  return row;
});
const merge = strip(timed(npm('build:merge'), env));
process.stderr.write(`merge ${JSON.stringify(merge)}\n`);
const fixed = `/${plans[0].id}/tasks/p3-1/`;
const sharded = measure(env.POLICY_DIST_DIR, fixed);

// One plan changed: its shard and the merge are built again, the other shards kept.
const changed = join(sources, `${plans[0].id}.txt`);
writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\n(（一）[^\n]*。)\n/, '\n$1本条为基准测试所加。\n'));
const k = shardOf(plans[0].id, SHARDS);
const reconvert = strip(timed(npm('convert'), env));
const reshard = strip(timed(npm('build', '--', '--shard', `${k}/${SHARDS}`, '--silent'), env));
const remerge = strip(timed(npm('build:merge'), env));

let whole: { build: Timed; searchPage: unknown; firstFromReadingPageKB: number } | null = null;
if (WHOLE) {
  const w = strip(timed([process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--silent', '--force'], { ...env, POLICY_DIST_DIR: join(dir, 'whole'), POLICY_CONVERT: '0' }));
  const m = measure(join(dir, 'whole'), fixed);
  whole = { build: w, searchPage: m.searchPage, firstFromReadingPageKB: m.firstKB };
}
const result = {
  n: N, shards: SHARDS, loadAverage: loadavg()[0],
  convert: strip(convert), shardBuilds: shards, merge,
  sumOfShardsSeconds: +shards.reduce((a, s) => a + s.seconds, 0).toFixed(2),
  largestShardPeakMB: Math.max(...shards.map((s) => s.peakMB)),
  searchPage: sharded.searchPage, firstFromReadingPageKB: sharded.firstKB,
  rebuildOneChanged: { shard: `${k}/${SHARDS}`, convert: reconvert, shardBuild: reshard, merge: remerge, seconds: +(reconvert.seconds + reshard.seconds + remerge.seconds).toFixed(2) },
  whole,
};
process.stdout.write(`${JSON.stringify(result, null, 1)}\nwritten to ${writeBenchResult(`bench-shards-n${N}`, result, root)}\n`);
if (!KEEP) rmSync(dir, { recursive: true, force: true });
