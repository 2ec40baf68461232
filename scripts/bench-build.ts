/**
 * The whole build, timed against stock Starlight building the same text on the same machine:
 *   node scripts/bench-build.ts [--runs N] [--subject DIR]...   (also the first part of npm run bench)
 *
 * Both sides run `astro build` with the same Node: this project's (the whole build:
 * src/integrations/build-stages.ts) and bench/starlight/ (stock Starlight, its own package.json and
 * lockfile, installed there with `npm ci` when its node_modules is missing). Starlight's pages are
 * written first from this project's generated text (one page per part, sector, task and measure,
 * and the source as one 原文 page), so both sites build the same words.
 *
 * Runs are paired: each round builds every subject cold (its caches, .astro/ and output emptied),
 * in an order that alternates between rounds, then every subject warm (built again as it is). The
 * machines are shared and noisy, so the figure is the median of the per-round ratios, beside the
 * medians of each side. --subject DIR adds another checkout of this project (an older commit, to
 * measure a change); its own node_modules or a symlink to one is needed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { stageTimes, type StageName } from '../src/integrations/build-stages.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const STARLIGHT = join(root, 'bench', 'starlight');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const yamlString = (s: string) => JSON.stringify(s);

/**
 * Starlight's pages from the generated text of every plan: each MDX page with its title, its
 * body as the converter wrote it (HTML in MDX; a component such as the indicators table, which
 * stock Starlight does not have, is left out), and each source as one page of paragraphs.
 */
export function writeStarlightDocs(generated = join(root, 'content', 'generated'), sources = join(root, 'content', 'sources'), out = join(STARLIGHT, 'src', 'content', 'docs')): number {
  rmSync(out, { recursive: true, force: true });
  let pages = 0;
  const write = (file: string, text: string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    pages++;
  };
  write(join(out, 'index.mdx'), `---\ntitle: 政策导航\n---\n\n${readdirSync(generated).filter((p) => existsSync(join(generated, p, 'plan.json'))).map((p) => `- [${p}](/plan/${p}/)`).join('\n')}\n`);
  for (const plan of readdirSync(generated).sort()) {
    if (!existsSync(join(generated, plan, 'plan.json'))) continue;
    for (const kind of ['parts', 'sector-groups', 'sectors', 'tasks', 'measures']) {
      const dir = join(generated, plan, kind);
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.mdx')).sort()) {
        const text = readFileSync(join(dir, f), 'utf8');
        const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
        const field = (k: string) => [...(front?.[1] ?? '').matchAll(/^(\w+): (.*)$/gm)].find((m) => m[1] === k)?.[2];
        const title = [field('marker'), field('title')].map((v) => (v ? (JSON.parse(v) as string) : '')).join('') || f;
        const body = (front ? text.slice(front[0].length) : text).replace(/^<[A-Z][^>]*\/>$/gm, '');
        write(join(out, kind, plan, f), `---\ntitle: ${yamlString(title)}\n---\n${body}`);
      }
    }
  }
  for (const f of existsSync(sources) ? readdirSync(sources).filter((x) => x.endsWith('.txt')).sort() : []) {
    const lines = readFileSync(join(sources, f), 'utf8').split('\n').filter((l) => l.trim());
    write(join(out, 'plan', `${basename(f, '.txt')}.md`), `---\ntitle: ${yamlString(`原文 ${basename(f, '.txt')}`)}\n---\n\n${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n\n')}\n`);
  }
  return pages;
}

export interface Subject {
  name: string;
  dir: string;
  /** What a cold build starts without. */
  caches: string[];
  env: Record<string, string>;
}

/** This project (or another checkout of it), its caches in a folder of their own. */
export function projectSubject(dir: string, name = 'policy-explorer'): Subject {
  const cache = join(tmpdir(), `bench-build-cache-${name}`);
  return { name, dir, caches: [cache, join(dir, '.astro'), join(dir, 'dist')], env: { POLICY_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' } };
}

export function starlightSubject(): Subject {
  const cache = join(tmpdir(), 'bench-build-cache-starlight');
  return { name: 'starlight', dir: STARLIGHT, caches: [cache, join(STARLIGHT, '.astro'), join(STARLIGHT, 'dist')], env: { STARLIGHT_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' } };
}

/** npm with this Node first on the PATH: the install's engine checks see the Node that builds. */
const withNode = () => ({ ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` });

export function installStarlight(): void {
  if (existsSync(join(STARLIGHT, 'node_modules', 'astro'))) return;
  process.stderr.write('bench/starlight: npm ci (once)\n');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: STARLIGHT, env: withNode(), stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('npm ci in bench/starlight failed');
}

/** Wall seconds, CPU seconds (user + system, the build and every process it waited for) and stage times. */
export interface Build { seconds: number; cpu: number; stages: Record<StageName, number> }

const TIME = '/usr/bin/time';

/**
 * The commands of a checkout's `npm run build`, each run with this Node directly (npm's own start
 * would be timed too): `astro build` here, the older chain (convert && astro build && index &&
 * compress) in a checkout from before the build was declared once.
 */
export function buildCommands(dir: string): string[][] {
  const scripts = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const expand = (command: string): string[][] =>
    command.split('&&').map((c) => c.trim().split(/\s+/)).flatMap(([head, ...rest]) => {
      if (head === 'npm' && rest[0] === 'run') return expand(scripts[rest[1]]);
      if (head === 'node') return [[process.execPath, ...rest]];
      if (head === 'astro') return [[process.execPath, join(resolve(dir), 'node_modules', 'astro', 'bin', 'astro.mjs'), ...rest]];
      throw new Error(`${dir}: cannot run "${[head, ...rest].join(' ')}" of npm run build directly`);
    });
  return expand(scripts.build);
}

export function buildOnce(s: Subject, cold: boolean): Build {
  if (cold) for (const c of s.caches) rmSync(c, { recursive: true, force: true });
  const t = performance.now();
  let stderr = '';
  let cpu = 0;
  // GNU time gives the CPU seconds: on a shared machine the wall time mostly measures the others.
  const timed = existsSync(TIME);
  for (const [cmd, ...args] of buildCommands(s.dir)) {
    const r = timed
      ? spawnSync(TIME, ['-f', '@@cpu %U %S', cmd, ...args], { cwd: s.dir, env: { ...process.env, ...s.env }, encoding: 'utf8', maxBuffer: 1 << 28 })
      : spawnSync(cmd, args, { cwd: s.dir, env: { ...process.env, ...s.env }, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`${s.name}: ${args.join(' ')} failed:\n${r.stderr.slice(-4000)}\n${r.stdout.slice(-2000)}`);
    const m = /@@cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
    if (m) cpu += Number(m[1]) + Number(m[2]);
    stderr += r.stderr;
  }
  return { seconds: (performance.now() - t) / 1000, cpu: timed ? cpu : NaN, stages: stageTimes(stderr) };
}

export interface PairedResult {
  runs: number;
  subjects: string[];
  cold: Record<string, number[]>;
  warm: Record<string, number[]>;
  /** CPU seconds of the same builds. */
  coldCpu: Record<string, number[]>;
  warmCpu: Record<string, number[]>;
  coldStages: Record<string, Record<StageName, number>[]>;
  /** Per subject: median of the per-round ratios to the reference (the last subject), cold and warm. */
  ratios: Record<string, { cold: number; warm: number; coldCpu: number; warmCpu: number }>;
  medians: Record<string, { cold: number; warm: number; coldCpu: number; warmCpu: number }>;
}

/** Paired rounds: all cold (order alternating), then all warm; ratios to `subjects.at(-1)`. */
export function pairedBuilds(subjects: Subject[], runs: number, log = (s: string) => process.stderr.write(`${s}\n`)): PairedResult {
  const cold: Record<string, number[]> = Object.fromEntries(subjects.map((s) => [s.name, []]));
  const warm: Record<string, number[]> = Object.fromEntries(subjects.map((s) => [s.name, []]));
  const coldStages: Record<string, Record<StageName, number>[]> = Object.fromEntries(subjects.map((s) => [s.name, []]));
  const coldCpu: Record<string, number[]> = Object.fromEntries(subjects.map((s) => [s.name, []]));
  const warmCpu: Record<string, number[]> = Object.fromEntries(subjects.map((s) => [s.name, []]));
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? subjects : [...subjects].reverse();
    for (const s of order) {
      const b = buildOnce(s, true);
      cold[s.name].push(b.seconds);
      coldCpu[s.name].push(b.cpu);
      coldStages[s.name].push(b.stages);
      log(`round ${i + 1}: ${s.name} cold ${b.seconds.toFixed(1)} s (CPU ${b.cpu.toFixed(1)} s)`);
    }
    for (const s of order) {
      const b = buildOnce(s, false);
      warm[s.name].push(b.seconds);
      warmCpu[s.name].push(b.cpu);
      log(`round ${i + 1}: ${s.name} warm ${b.seconds.toFixed(1)} s (CPU ${b.cpu.toFixed(1)} s)`);
    }
  }
  const ref = subjects.at(-1)!.name;
  const ratio = (xs: number[], ys: number[]) => median(xs.map((x, i) => x / ys[i]));
  return {
    runs,
    subjects: subjects.map((s) => s.name),
    cold,
    warm,
    coldCpu,
    warmCpu,
    coldStages,
    ratios: Object.fromEntries(subjects.map((s) => [s.name, { cold: ratio(cold[s.name], cold[ref]), warm: ratio(warm[s.name], warm[ref]), coldCpu: ratio(coldCpu[s.name], coldCpu[ref]), warmCpu: ratio(warmCpu[s.name], warmCpu[ref]) }])),
    medians: Object.fromEntries(subjects.map((s) => [s.name, { cold: median(cold[s.name]), warm: median(warm[s.name]), coldCpu: median(coldCpu[s.name]), warmCpu: median(warmCpu[s.name]) }])),
  };
}

/** The table printed for a paired result. */
export function pairedTable(r: PairedResult): string {
  const ref = r.subjects.at(-1)!;
  const lines = [`paired builds, ${r.runs} rounds: wall and CPU seconds (medians) and the median of the per-round ratios to ${ref}; budget cold ≤ 1.5×, warm ≤ 1.2×`];
  for (const s of r.subjects) {
    const stages = r.coldStages[s].length && r.coldStages[s].some((x) => x.convert || x.compress)
      ? `  (cold stages: convert ${median(r.coldStages[s].map((x) => x.convert)).toFixed(1)} s, search index ${median(r.coldStages[s].map((x) => x['search-index'])).toFixed(1)} s, compress ${median(r.coldStages[s].map((x) => x.compress)).toFixed(1)} s)`
      : '';
    const m = r.medians[s];
    const q = r.ratios[s];
    lines.push(`  ${s.padEnd(22)} cold ${m.cold.toFixed(1).padStart(5)} s ${q.cold.toFixed(2)}× (CPU ${m.coldCpu.toFixed(1)} s ${q.coldCpu.toFixed(2)}×)   warm ${m.warm.toFixed(1).padStart(5)} s ${q.warm.toFixed(2)}× (CPU ${m.warmCpu.toFixed(1)} s ${q.warmCpu.toFixed(2)}×)${stages}`);
  }
  return lines.join('\n');
}

if (import.meta.main) {
  const { writeBenchResult } = await import('./bench-record.ts');
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args[at + 1]) : 3;
  const others = args.flatMap((a, i) => (a === '--subject' ? [resolve(args[i + 1])] : []));
  installStarlight();
  const pages = writeStarlightDocs();
  process.stderr.write(`bench/starlight: ${pages} pages written from content/generated and content/sources\n`);
  const subjects = [projectSubject(root), ...others.map((d, i) => projectSubject(d, `other-${i + 1}:${basename(d)}`)), starlightSubject()];
  const result = pairedBuilds(subjects, runs);
  const written = writeBenchResult('bench-build', { ...result, starlightPages: pages, others });
  console.log(`${pairedTable(result)}\nwritten to ${written}`);
}
