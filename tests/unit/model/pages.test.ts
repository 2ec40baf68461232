import { beforeEach, describe, expect, it, beforeAll } from 'vitest';
import { listPages, PageFrontmatterSchema } from '../../../src/lib/model/pages.ts';
import { pagePath } from '../../../src/lib/model/routes.ts';
import { convertFixture } from '../../support/plans.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  ({ model } = convertFixture('minimal-plan.txt'));
});

describe('listPages', () => {
  // Listed inside each test, not at collection time, so a mutation test sees listPages run.
  let pages: ReturnType<typeof listPages>;
  beforeEach(() => {
    pages = listPages(model);
  });
  it('lists page-sized nodes in document order with their kinds', () => {
    // The overview part is one page; its sections are not pages of their own.
    expect(pages.map((p) => `${p.kind}:${p.id}`)).toEqual([
      'part:p1',
      'part:p2',
      'sector-group:p2-1',
      'sector:p2-1-1',
      'sector:p2-1-2',
      'sector-group:p2-2',
      'sector:p2-2-1',
      'part:p3',
      'task:p3-1',
      'task:p3-2',
      'task:p3-3',
      'part:p4',
      'measure:p4-1',
      'measure:p4-2',
    ]);
  });
  it('numbers the order 0, 1, 2 … and links each page to its parent', () => {
    expect(pages.map((p) => p.order)).toEqual(pages.map((_, i) => i));
    const parent = Object.fromEntries(pages.map((p) => [p.id, p.parent]));
    expect(parent).toMatchObject({ p1: null, 'p2-1': 'p2', 'p2-1-2': 'p2-1', 'p3-2': 'p3', 'p4-1': 'p4' });
  });
  it('carries department ids on task pages only', () => {
    const t = pages.find((p) => p.id === 'p3-1')!;
    expect(t.leads).toEqual(model.tasks[0].leads);
    expect(t.partnersOpenEnded).toBe(true);
    expect(pages.find((p) => p.id === 'p4-1')!.leads).toEqual([]);
  });
  it('gives every task page its own task’s departments, and other pages none', () => {
    for (const t of model.tasks) {
      const p = pages.find((x) => x.id === t.id)!;
      expect([p.leads, p.partners, p.partnersOpenEnded]).toEqual([t.leads, t.partners, t.partnersOpenEnded]);
    }
    expect(model.tasks.map((t) => t.leads.join())).not.toEqual(model.tasks.map(() => model.tasks[0].leads.join()));
    for (const p of pages.filter((x) => x.kind !== 'task')) expect([p.leads, p.partners, p.partnersOpenEnded]).toEqual([[], [], false]);
    expect(pages.every((p) => p.plan === 'minimal-plan' && p.sourceSha256 === model.source.sha256)).toBe(true);
  });
  it('trims the marker and satisfies the frontmatter schema', () => {
    expect(pages.find((p) => p.id === 'p2-2')!.marker).toBe('(二)');
    // Printed 1. followed by a space: the space is not part of the marker.
    expect(pages.find((p) => p.id === 'p2-1-1')!.marker).toBe('1.');
    for (const p of pages) expect(PageFrontmatterSchema.safeParse(p).success).toBe(true);
  });
});

describe('pagePath', () => {
  it('puts each kind under its directory', () => {
    expect(pagePath('x', 'sector-group', 'p2-1')).toBe('/x/sectors/p2-1/');
    expect(pagePath('x', 'task', 'p3-1')).toBe('/x/tasks/p3-1/');
    expect(pagePath('x', 'part', 'p1')).toBe('/x/parts/p1/');
  });
});
