/**
 * Where the benchmark scripts put what they measured: one JSON file per script and day,
 * bench-results/<script>-<YYYY-MM-DD>.json (a second run on the same day replaces the first), with
 * the command line, the commit and the machine beside the figures. A figure means little without
 * the load and the core count it was taken at, and these machines are shared; docs/performance.md
 * says which command gives which figure.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, relative } from 'node:path';

export interface BenchContext {
  script: string;
  date: string;
  /** How to run it again: the npm script when it ran through npm, and the node command line. */
  npmScript: string | null;
  command: string;
  commit: string | null;
  /** Tracked files changed against the commit (the figures are then not the commit's). */
  dirty: boolean | null;
  machine: { os: string; arch: string; cpus: number; cpuModel: string | null; memoryMB: number; node: string; loadAverage: number[] };
}

const git = (args: string[], cwd: string): string | null => {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

/** The context of a run; call it at the end, so the load average is the one the run saw. */
export function benchContext(script: string, root = process.cwd(), now = new Date()): BenchContext {
  const [, main, ...args] = process.argv;
  const status = git(['status', '--porcelain', '--untracked-files=no'], root);
  return {
    script,
    date: now.toISOString(),
    npmScript: process.env.npm_lifecycle_event ?? null,
    command: ['node', main ? relative(root, main) : '', ...args].filter(Boolean).join(' '),
    commit: git(['rev-parse', 'HEAD'], root),
    dirty: status === null ? null : status !== '',
    machine: {
      os: `${type()} ${release()}`,
      arch: arch(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? null,
      memoryMB: Math.round(totalmem() / 1024 / 1024),
      node: process.version,
      loadAverage: loadavg().map((x) => +x.toFixed(2)),
    },
  };
}

/** Writes bench-results/<script>-<YYYY-MM-DD>.json (UTC date) and returns its path relative to root. */
export function writeBenchResult(script: string, measurements: object, root = process.cwd()): string {
  const context = benchContext(script, root);
  const dir = join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${script}-${context.date.slice(0, 10)}.json`);
  writeFileSync(file, `${JSON.stringify({ ...context, ...measurements }, null, 2)}\n`);
  return relative(root, file);
}
