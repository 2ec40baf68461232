import { beforeAll, describe, expect, it, vi } from 'vitest';

import * as data from '../../../src/lib/site/collections.ts';
import { setCollections } from '../../support/astro-content.ts';

// The content collections exist only inside an Astro build (tests/support/astro-content.ts).
vi.mock('astro:content', () => import('../../support/astro-content.ts'));

// Plain entries given out of order, as a loader may.
beforeAll(() => {
  setCollections({
    plans: [{ id: 'zeta', data: { id: 'zeta' } }, { id: 'alpha', data: { id: 'alpha' } }],
    // A build in one piece: the library pages and every plan's (src/content.config.ts).
    part: [{ id: 'library', data: {} }, { id: 'plan:*', data: {} }],
    pages: [
      { data: { plan: 'zeta', kind: 'task', id: 'p3-1', order: 1 } },
      { data: { plan: 'alpha', kind: 'sector', id: 'p2-1-2', order: 5 } },
      { data: { plan: 'alpha', kind: 'task', id: 'p3-2', order: 9 } },
      { data: { plan: 'alpha', kind: 'task', id: 'p3-1', order: 8 } },
      { data: { plan: 'alpha', kind: 'measure', id: 'p4-1', order: 12 } },
    ],
  });
});

describe('site data from the content collections', () => {
  it('lists plans by id and routes one page per plan', async () => {
    expect((await data.plans()).map((p) => p.id)).toEqual(['alpha', 'zeta']);
    expect(await data.planPaths()).toEqual([
      { params: { plan: 'alpha' }, props: { model: { id: 'alpha' } } },
      { params: { plan: 'zeta' }, props: { model: { id: 'zeta' } } },
    ]);
  });
  it('finds a plan by id and names a missing one', async () => {
    expect((await data.plan('zeta')).id).toBe('zeta');
    await expect(data.plan('nope')).rejects.toThrow('no plan nope');
  });
  it('gives the pages of the asked kinds only, by plan and then document order, with their route params', async () => {
    expect((await data.pages('task')).map((e) => `${e.data.plan}/${e.data.id}`)).toEqual(['alpha/p3-1', 'alpha/p3-2', 'zeta/p3-1']);
    expect((await data.pages('sector', 'measure')).map((e) => e.data.id)).toEqual(['p2-1-2', 'p4-1']);
    expect((await data.pagePaths('task')).map((p) => p.params)).toEqual([
      { plan: 'alpha', id: 'p3-1' },
      { plan: 'alpha', id: 'p3-2' },
      { plan: 'zeta', id: 'p3-1' },
    ]);
    const [first] = await data.pagePaths('measure');
    expect(first.props.entry.data.id).toBe('p4-1');
  });
});
