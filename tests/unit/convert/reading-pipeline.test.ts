/**
 * The converter is one declared list of passes, the list docs/reference/converter.md names, and its
 * modules import each other without a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PASSES } from '../../../src/lib/convert/index.ts';
import { root } from '../../support/plans.ts';

describe('the converter’s passes', () => {
  it('are the passes docs/reference/converter.md lists, in its order', () => {
    const doc = readFileSync(join(root, 'docs', 'reference', 'converter.md'), 'utf8');
    const block = doc.split('runs these passes in order:')[1].split('\n\n')[1];
    const named = block.replace(/\([^)]*\)/g, '').split(/→|\n/).map((s) => s.trim()).filter(Boolean);
    expect(PASSES.map((p) => p.name)).toEqual(named);
  });

  it('declare what each needs and gives, and each need is given by an earlier pass', () => {
    const given = new Set<string>();
    const late: string[] = [];
    for (const p of PASSES) {
      for (const n of p.needs) if (!given.has(n)) late.push(`${p.name} needs ${n} before any pass gives it`);
      for (const g of p.gives) given.add(g);
    }
    expect(late).toEqual([]);
    // Every field a later pass reads is given by some pass; the model is built from them.
    expect([...given].sort()).toEqual(['assignmentList', 'attachmentParts', 'bodyParts', 'contents', 'corrections', 'entities', 'fidelity', 'furniture', 'ids', 'lines', 'notes', 'parts', 'positions', 'printed', 'rule', 'scheme', 'source', 'targets', 'traditional', 'envelope'].sort());
  });

  it('import each other without a cycle (type imports included)', () => {
    const dir = join(root, 'src', 'lib', 'convert');
    const graph = new Map<string, string[]>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = readFileSync(join(dir, f), 'utf8');
      graph.set(f, [...text.matchAll(/from '\.\/([\w-]+\.ts)'/g)].map((m) => m[1]));
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });
});
