import { beforeAll, describe, expect, it } from 'vitest';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { libraryJson, plansCsv, PLANS_CSV_COLUMNS } from '../../../src/lib/open-data/library.ts';
import { DATA_FILE_NAMES } from '../../../src/lib/open-data/files.ts';
import { fixtureBytes, realPlanBytes } from '../../support/plans.ts';
import { parseCsv } from '../../support/csv-reader.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let models: PlanModel[];
beforeAll(() => {
  models = [
    convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' }).model,
    convertPlan(fixtureBytes('library/liaoning-2019-8.txt'), { file: 'liaoning-2019-8.txt' }).model,
    convertPlan(fixtureBytes('library/qingchuan-2020-3.txt'), { file: 'qingchuan-2020-3.txt' }).model,
  ];
});

describe('plans.csv', () => {
  it('has one row per plan, newest first, with the documented columns', () => {
    const text = plansCsv(models);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(PLANS_CSV_COLUMNS.map((c) => c.name));
    const body = rows.slice(1).map((r) => Object.fromEntries(rows[0].map((k, i) => [k, r[i]])));
    expect(body.map((r) => r.plan_id)).toEqual(['qingchuan-2020-3', 'liaoning-2019-8', 'liaoning-2015-24']);
    expect(body[2]).toMatchObject({ doc_number: '辽政发〔2015〕24号', issued_date: '2015-07-27', year: '2015', kind: '实施方案', tasks: '10', departments: '14', citations: '1', url: '/liaoning-2015-24/' });
  });
});

describe('library.json', () => {
  it('lists every plan with the address of each of its data files', () => {
    const j = JSON.parse(libraryJson(models));
    expect(j.plans).toBe(3);
    expect(j.items.map((p: { id: string }) => p.id).sort()).toEqual(models.map((m) => m.id).sort());
    for (const p of j.items) expect(Object.keys(p.files)).toEqual(DATA_FILE_NAMES);
    expect(j.items.find((p: { id: string }) => p.id === 'liaoning-2019-8').files['plan.json']).toBe('/liaoning-2019-8/data/plan.json');
  });
});
