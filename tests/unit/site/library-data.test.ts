/**
 * The library view of the build: cards, facets, summary and departments from the plan collection,
 * computed once, and the build's warning about printed department names the registry lacks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlanModelSchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { registry } from '../../../src/lib/site/views/registry.ts';
import { buildLibraryView, libraryView } from '../../../src/lib/site/library/library-data.ts';
import { bundledModel } from '../../support/bundled-model.ts';

const base = (): PlanModel => bundledModel();
const state = { models: [] as PlanModel[], calls: 0 };
vi.mock('../../../src/lib/site/collections.ts', () => ({
  plans: async () => {
    state.calls++;
    return state.models;
  },
}));

/** A second plan, dated later, whose first department is printed with a name the registry lacks. */
function withUnknown(): PlanModel {
  const b = base();
  const [d, ...rest] = b.departments;
  return { ...b, id: 'later', meta: { ...b.meta, issuedDate: '2019-01-01' }, departments: [{ ...d, name: '某某数据局' }, ...rest] };
}
const warnings = (models: PlanModel[]) => {
  const heard: string[] = [];
  buildLibraryView(models, registry, (m) => heard.push(m));
  return heard;
};

afterEach(() => vi.restoreAllMocks());

describe('libraryView', () => {
  it('gives cards newest first, facets, a summary and the departments', () => {
    const v = buildLibraryView([base(), withUnknown()], registry, () => {});
    expect(v.cards.map((c) => c.id)).toEqual(['later', 'liaoning-2015-24']);
    expect(v.facets.year.map((y) => [y.label, y.count])).toEqual([['2019', 1], ['2015', 1]]);
    expect(v.summary.plans).toBe(2);
    expect(v.summary.departments).toBe(v.departments.length);
    expect(v.departments.map((d) => d.name)).toContain('某某数据局');
  });

  it('is computed once per build, from the plan collection, warning on the console', async () => {
    state.models = [base(), withUnknown()];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const first = libraryView();
    expect(libraryView()).toBe(first);
    expect((await first).cards.map((c) => c.id)).toEqual(['later', 'liaoning-2015-24']);
    expect(state.calls).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('warns once, naming the printed names the registry lacks, in a library', () => {
    expect(warnings([base(), withUnknown()])).toEqual(['library: 1 department name(s) not in content/departments.json (pages show the printed name only): 某某数据局']);
  });

  it('does not warn when the registry knows every name', () => {
    expect(warnings([base(), { ...base(), id: 'twin' }])).toEqual([]);
  });

  it('does not warn on a one-plan site', () => {
    expect(warnings([withUnknown()])).toEqual([]);
  });
});
