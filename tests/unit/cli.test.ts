import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanModelSchema } from '../../src/lib/model/schema.ts';
import { fixtureText, patchPlan } from '../support/plans.ts';

const SOURCE = 'content/sources/liaoning-2015-24.txt';
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/convert.ts', ...args], { encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'convert-'));

// Each test spawns the converter; on a busy machine that takes longer than the default 5 s.
describe('npm run convert', { timeout: 60_000 }, () => {
  it('--json prints a model that validates against the schema', () => {
    const r = run(SOURCE, '--json');
    expect(r.status).toBe(0);
    const model = PlanModelSchema.parse(JSON.parse(r.stdout));
    expect(model.meta.docNumber).toBe('辽政发〔2015〕24号');
  });

  it('writes one MDX file per part, sector group, sector, task and measure, plus the model', () => {
    const out = tmp();
    const r = run(SOURCE, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const dir = join(out, 'liaoning-2015-24');
    const count = (sub: string) => readdirSync(join(dir, sub)).filter((f) => f.endsWith('.mdx')).length;
    expect([count('parts'), count('sector-groups'), count('sectors'), count('tasks'), count('measures')]).toEqual([4, 5, 27, 10, 2]);
    expect(existsSync(join(dir, 'plan.json'))).toBe(true);
    expect(r.stderr).toMatch(/fidelity (\d+)\/\1 /);
  });

  it('the committed generated files are up to date with the source and the converter', () => {
    const r = run('--check');
    expect(r.stderr).toMatch(/up to date/);
    expect(r.status).toBe(0);
  });

  it('--check fails on a hand-edited or an extra generated file', () => {
    const out = tmp();
    cpSync('content/generated', out, { recursive: true });
    const page = join(out, 'liaoning-2015-24/tasks/p3-1.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('省科技厅', '省科学技术厅'));
    writeFileSync(join(out, 'liaoning-2015-24/tasks/p3-99.mdx'), '---\n---\n');
    const r = run(SOURCE, '--check', '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('tasks/p3-1.mdx: out of date');
    expect(r.stderr).toContain('tasks/p3-99.mdx: not produced by the converter');
  });

  it('records its inputs in conversion.json, which --check of every source holds to (src/lib/build/convert-stamp.ts)', () => {
    const sources = tmp();
    cpSync(SOURCE, join(sources, 'liaoning-2015-24.txt'));
    const out = tmp();
    const every = (...args: string[]) => spawnSync(process.execPath, ['scripts/convert.ts', ...args, '--out', out], { encoding: 'utf8', env: { ...process.env, POLICY_SOURCES_DIR: sources } });
    expect(every().status).toBe(0);
    const record = join(out, 'conversion.json');
    expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual({ inputs: expect.stringMatching(/^[0-9a-f]{64}$/), generated: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(every('--check').status).toBe(0);
    // A second source (a sidecar, a new plan) changes the inputs: the record no longer holds.
    writeFileSync(join(sources, 'liaoning-2015-24.notes.json'), '[]\n');
    const stale = every('--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toMatch(/conversion\.json: does not record the converter's code and sources as they are \(run npm run convert\)/);
    expect(every().status).toBe(0);
    expect(every('--check').status).toBe(0);
  });

  it('bad input exits non-zero with FILE:LINE and writes nothing', () => {
    const out = tmp();
    // A file that stops inside a sentence is still refused: converting it could lose text.
    const bad = join(tmp(), 'bad-plan.txt');
    const text = readFileSync('tests/fixtures/bad-truncated.txt', 'utf8');
    writeFileSync(bad, text);
    const lastLine = text.replace(/\n+$/, '').split('\n').length;
    expect(lastLine).toBe(31);
    const r = run(bad, '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad-plan\.txt:31: the file ends inside a sentence/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('converts a document of an unusual shape, noting what it read unusually', () => {
    const out = tmp();
    // A section numbered out of sequence was refused once; now it is read and noted at its line.
    const file = join(tmp(), 'heading-sequence.txt');
    writeFileSync(file, patchPlan(fixtureText('minimal-plan.txt'), { find: '(二) 加大资金支持。', replace: '(三) 加大资金支持。' }));
    const r = run(file, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    // The converter prints locations relative to the working directory, so the text depends on where
    // the checkout lives (../../convert-…/… when it is itself under the temporary folder, as in a
    // mutation-testing sandbox). Whatever the text, it must lead from there to the file and its line.
    const at = /^(.+):(\d+): note \(heading-sequence\)/m.exec(r.stderr);
    expect(at, r.stderr).not.toBeNull();
    expect(resolve(at![1])).toBe(file);
    expect(at![2]).toBe('82');
    expect(existsSync(join(out, 'heading-sequence', 'plan.json'))).toBe(true);
  });

  it('rejects an unknown option', () => {
    const r = run('--frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown option --frobnicate');
  });
});
