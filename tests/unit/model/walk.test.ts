import { beforeAll, describe, expect, it } from 'vitest';
import { childrenOf, findBlock, findItem, findNode, findSection, walkNodes, walkParagraphs } from '../../../src/lib/model/walk.ts';
import { convertFixture } from '../../support/plans.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  ({ model } = convertFixture('minimal-plan.txt'));
});

describe('walkNodes', () => {
  it('visits nodes in document order (pre-order)', () => {
    const ids = [...walkNodes(model.parts)].map((n) => n.id);
    expect(ids.slice(0, 9)).toEqual(['p1', 'p1-1', 'p1-2', 'p2', 'p2-1', 'p2-1-1', 'p2-1-1-c1', 'p2-1-1-c2', 'p2-1-2']);
    expect(ids).toHaveLength(4 + 9 + 3 + 2);
  });
});

describe('walkParagraphs', () => {
  it('yields notice, preamble, then body paragraphs', () => {
    const ids = [...walkParagraphs(model)].map((p) => p.id);
    expect(ids.slice(0, 4)).toEqual(['notice-b1', 'notice-b2', 'preamble-b1', 'p1-1-b1']);
    expect(ids).toHaveLength(15);
  });
});

describe('find helpers', () => {
  it('finds nodes and blocks by id', () => {
    expect(findNode(model.parts, 'p2-1-1-c2')?.heading.title).toBe('车载终端');
    expect(findNode(model.parts, 'p9')).toBeUndefined();
    expect(findBlock(model.parts, 'p3-2-dept')?.type).toBe('departments');
    expect(findBlock(model.parts, 'nope')).toBeUndefined();
  });
  it('findSection and findItem throw for a node of another kind', () => {
    expect(findSection(model.parts, 'p3-1').kind).toBe('section');
    expect(() => findSection(model.parts, 'p2-1-1')).toThrow();
    expect(findItem(model.parts, 'p2-1-1').kind).toBe('item');
    expect(() => findItem(model.parts, 'p2-1')).toThrow();
    expect(() => findSection(model.parts, 'p9')).toThrow('no section p9');
    expect(() => findItem(model.parts, 'p9')).toThrow('no item p9');
  });
  it('childrenOf a clause is empty', () => {
    expect(childrenOf(findNode(model.parts, 'p2-1-1-c1')!)).toEqual([]);
    expect(childrenOf(findNode(model.parts, 'p2-1')!).map((n) => n.id)).toEqual(['p2-1-1', 'p2-1-2']);
  });
});
