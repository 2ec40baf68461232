/**
 * npm run build:incremental on a synthetic library. Not a test: it reports figures.
 *   node scripts/bench-incremental.ts [--n 30] [--search-shards B] [--no-add] [--keep]
 * Generates the library (scripts/synthetic-library.ts, as npm run bench:scale) in a temporary
 * folder with empty caches, then runs, each under GNU time: the cold incremental build; the same
 * again with nothing changed; after one plan's text changed (a sentence added to an item: no other
 * plan shows it); after one plan was added (unless --no-add; it names bodies other plans name,
 * so their department pages change too). Each run's report (scripts/build-incremental.ts: plans
 * built and reused, seconds per stage) is kept. Writes bench-results/bench-incremental-n<N>-<date>.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { writeBenchResult } from './bench-record.ts';
import { fixtureTexts, sentencePool, syntheticLibrary } from './synthetic-library.ts';
import type { IncrementalReport } from './build-incremental.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const N = Number(opt('--n', '30'));
const SHARDS = opt('--search-shards', '');
const root = process.cwd();

const dir = mkdtempSync(join(tmpdir(), `bench-incremental-${N}-`));
const sources = join(dir, 'sources');
mkdirSync(sources);
const pool = sentencePool(fixtureTexts(root));
const plans = syntheticLibrary(N, pool);
for (const p of plans) writeFileSync(join(sources, `${p.id}.txt`), p.text);
const env = { POLICY_SOURCES_DIR: sources, POLICY_GENERATED_DIR: join(dir, 'generated'), POLICY_DIST_DIR: join(dir, 'dist'), POLICY_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
process.stderr.write(`N=${N}, ${SHARDS || 'default'} search shard(s): ${relative(root, dir)}\n`);

/** One incremental build under GNU time (its whole process tree's peak memory), with its report. */
function run(label: string) {
  const r = spawnSync('/usr/bin/time', ['-f', '@@ %e %M %U %S', 'npm', '--silent', 'run', 'build:incremental', ...(SHARDS ? ['--', '--search-shards', SHARDS] : [])], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const m = /@@ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !m) throw new Error(`${label} failed:\n${r.stderr?.slice(-4000)}`);
  const report = JSON.parse(readFileSync(join(dir, 'cache', 'incremental', 'report.json'), 'utf8')) as IncrementalReport;
  const row = {
    seconds: Number(m[1]), cpu: +(Number(m[3]) + Number(m[4])).toFixed(2), peakMB: Math.round(Number(m[2]) / 1024),
    built: report.built.length, builtPlans: report.built.length <= 10 ? report.built : undefined, reused: report.reused.length,
    searchShards: report.searchShards, stages: report.seconds,
  };
  process.stderr.write(`${label} ${JSON.stringify(row)}\n`);
  return row;
}

const cold = run('cold');
const unchanged = run('unchanged');
const changed = join(sources, `${plans[0].id}.txt`);
writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\n(（一）[^\n]*。)\n/, '\n$1本条为基准测试所加。\n'));
const oneChanged = run('one plan changed');
let oneAdded = null;
if (!args.includes('--no-add')) {
  const extra = syntheticLibrary(1, pool, 27)[0];
  const id = plans.some((p) => p.id === extra.id) ? `${extra.id}-added` : extra.id;
  writeFileSync(join(sources, `${id}.txt`), extra.text);
  oneAdded = run('one plan added');
}
const result = { n: N, searchShards: cold.searchShards.count, loadAverage: loadavg()[0], cold, unchanged, oneChanged, oneAdded };
process.stdout.write(`${JSON.stringify(result, null, 1)}\nwritten to ${writeBenchResult(`bench-incremental-n${N}`, result, root)}\n`);
if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
