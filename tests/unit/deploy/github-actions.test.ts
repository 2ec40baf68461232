import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * deploy/github-actions.yml runs exactly the commands of a local sharded run as
 * docs/guides/deploying.md gives them. The workflow is read with a small parser of the YAML it
 * uses (block mappings and sequences, flow lists, plain and quoted scalars; no YAML dependency).
 */
type Node = string | Node[] | { [k: string]: Node };

function parseYaml(text: string): Node {
  const lines = text.split('\n').map((raw, i) => ({ raw, i })).filter(({ raw }) => raw.trim() !== '' && !raw.trimStart().startsWith('#'));
  const indent = (l: string) => l.length - l.trimStart().length;
  let at = 0;
  const scalar = (v: string): Node => {
    v = v.replace(/\s+#.*$/, '').trim();
    if (/^\[.*\]$/.test(v)) return v.slice(1, -1).split(',').map((x) => scalar(x) as string).filter((x) => x !== '');
    if (/^'.*'$|^".*"$/.test(v)) return v.slice(1, -1);
    return v;
  };
  const block = (level: number): Node => {
    const first = lines[at].raw;
    if (first.trimStart().startsWith('- ')) {
      const list: Node[] = [];
      while (at < lines.length && indent(lines[at].raw) === level && lines[at].raw.trimStart().startsWith('- ')) {
        // A sequence item: its text after "- " is read as if indented by two more.
        lines[at] = { ...lines[at], raw: `${' '.repeat(level + 2)}${lines[at].raw.trimStart().slice(2)}` };
        list.push(/^[\w.-]+:(\s|$)/.test(lines[at].raw.trim()) ? block(level + 2) : scalar(lines[at++].raw));
      }
      return list;
    }
    const map: Record<string, Node> = {};
    while (at < lines.length && indent(lines[at].raw) === level) {
      const m = /^([\w.-]+):(?:\s+(.*))?$/.exec(lines[at].raw.trim());
      if (!m) throw new Error(`line ${lines[at].i + 1}: not a key: ${lines[at].raw}`);
      at++;
      if (m[2] === '|') {
        const body: string[] = [];
        while (at < lines.length && indent(lines[at].raw) > level) body.push(lines[at++].raw.trim());
        map[m[1]] = body.join('\n');
      } else if (m[2] !== undefined && m[2] !== '') map[m[1]] = scalar(m[2]);
      else map[m[1]] = at < lines.length && indent(lines[at].raw) > level ? block(indent(lines[at].raw)) : '';
    }
    if (at < lines.length && indent(lines[at].raw) > level) throw new Error(`line ${lines[at].i + 1}: unexpected indentation`);
    return map;
  };
  const doc = block(0);
  if (at !== lines.length) throw new Error(`line ${lines[at].i + 1}: not read`);
  return doc;
}

type Step = { run?: string; uses?: string; with?: Record<string, Node> };
type Job = { needs?: string; strategy?: { matrix: { shard: string[] } }; steps: Step[] };

let workflow: { jobs: Record<string, Job> };
let guide: string;
/** The guide's local sharded run: the sh block of its "Sharded builds" section. */
let local: string;
// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
beforeAll(() => {
  workflow = parseYaml(readFileSync('deploy/github-actions.yml', 'utf8')) as typeof workflow;
  guide = readFileSync('docs/guides/deploying.md', 'utf8');
  local = /## Sharded builds[\s\S]*?```sh\n([\s\S]*?)```/.exec(guide)![1];
});
const npm = (s: string) => s.match(/npm run [^;&\n]+/g)!.map((c) => c.trim());

describe('the CI matrix workflow', () => {
  it('parses, as a shard matrix and a merge job after it', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['shard', 'merge']);
    expect(workflow.jobs.merge.needs).toBe('shard');
    expect(workflow.jobs.shard.strategy!.matrix.shard).toEqual(['1', '2', '3', '4']);
  });

  it('runs the commands of the local sharded run, in its order', () => {
    const runs = (job: string) => workflow.jobs[job].steps.flatMap((s) => (s.run ? [s.run] : []));
    // The local run's shard command, for the matrix's shard.
    const [convert, shard, merge] = npm(local);
    expect(npm(local)).toEqual(['npm run convert', 'npm run build -- --shard $k/4', 'npm run build:merge']);
    expect(runs('shard')).toEqual(['npm run setup', convert, shard.replace('$k', '${{ matrix.shard }}')]);
    expect(runs('merge')).toEqual(['npm run setup', convert, merge]);
    // As many shards as the local loop and the /N say.
    const loop = /for k in ([\d ]+); do/.exec(local)![1].trim().split(' ');
    expect(workflow.jobs.shard.strategy!.matrix.shard).toEqual(loop);
    expect(shard.endsWith(`/${loop.length}`)).toBe(true);
  });

  it('hands each shard\'s folder to the merge job through artifacts, into dist-shards/', () => {
    const shardSteps = workflow.jobs.shard.steps;
    const merge = workflow.jobs.merge.steps;
    const upload = shardSteps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const download = merge.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    expect(upload.with!.path).toBe('dist-shards/');
    expect(upload.with!.name).toBe('shard-${{ matrix.shard }}');
    expect(download.with).toMatchObject({ pattern: 'shard-*', path: 'dist-shards/', 'merge-multiple': 'true' });
    // Downloaded before the merge runs, uploaded after the shard is built.
    expect(merge.indexOf(download)).toBeLessThan(merge.findIndex((s) => s.run === 'npm run build:merge'));
    expect(shardSteps.indexOf(upload)).toBeGreaterThan(shardSteps.findIndex((s) => s.run?.includes('--shard')));
  });

  it('is documented in the deploying guide with the commands it runs', () => {
    expect(guide).toContain('deploy/github-actions.yml');
    for (const c of ['npm run build -- --shard ${{ matrix.shard }}/4', 'npm run build:merge', 'actions/upload-artifact', 'actions/download-artifact', 'strategy.matrix.shard']) expect(guide).toContain(c);
  });
});
