import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import type { PlanModel, Registry } from '../../../src/lib/model/schema.ts';
import { buildKey, codeKey, pageKey, planFilesKey } from '../../../src/lib/build/page-keys.ts';
import { libraryFactsOf } from '../../../src/lib/site/library/plan-facts.ts';
import { fixtureBytes, realPlanBytes } from '../../support/plans.ts';

// The test library: liaoning-2019-8 cites liaoning-2015-24; qingchuan-2020-3 cites liaoning-2019-8.
let real: PlanModel;
let lib: PlanModel;
let qc: PlanModel;
beforeAll(() => {
  real = convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' }).model;
  lib = convertPlan(fixtureBytes('library/liaoning-2019-8.txt'), { file: 'liaoning-2019-8.txt' }).model;
  qc = convertPlan(fixtureBytes('library/qingchuan-2020-3.txt'), { file: 'qingchuan-2020-3.txt' }).model;
});
const registry: Registry = { departments: [] };

/** The key of `id`'s pages in the library `models`, all else equal. */
const keyOf = (models: PlanModel[], id: string, code = 'code') =>
  pageKey({ code, plan: id, files: 'files', original: true, facts: libraryFactsOf(models, registry).get(id)! });
const edit = (m: PlanModel, change: (c: PlanModel) => void): PlanModel => {
  const c = structuredClone(m);
  change(c);
  return c;
};

describe('the library facts a plan\'s pages show', () => {
  it('are the citations both ways and each department\'s page across the library', () => {
    const facts = libraryFactsOf([real, lib, qc], registry);
    const f = facts.get(lib.id)!;
    expect(f.library).toBe(true);
    expect(f.cites.map((c) => c.target?.id ?? null)).toContain(real.id);
    expect(f.citedBy.map((x) => x.plan.id)).toEqual([qc.id]);
    expect(f.links.flatMap(([, ls]) => ls.map((l) => l.href))).toContain(`/${real.id}/`);
    // Each body's page across the library, by its printed name.
    expect(new Map(facts.get(real.id)!.departments).get('省科技厅')).toEqual({ id: 'sheng-ke-ji-ting' });
    expect(libraryFactsOf([real], registry).get(real.id)!.library).toBe(false);
  });
});

describe('a plan\'s page key', () => {
  it('changes with the code', () => {
    expect(keyOf([real, lib, qc], real.id, 'a')).not.toBe(keyOf([real, lib, qc], real.id, 'b'));
  });

  it('changes when a plan it cites, or one citing it, changes its title', () => {
    const retitled = edit(lib, (m) => { m.meta.planTitle = `${m.meta.planTitle}（修订）`; });
    // qingchuan-2020-3 cites liaoning-2019-8; liaoning-2019-8 cites liaoning-2015-24.
    expect(keyOf([real, retitled, qc], qc.id)).not.toBe(keyOf([real, lib, qc], qc.id));
    expect(keyOf([real, retitled, qc], real.id)).not.toBe(keyOf([real, lib, qc], real.id));
  });

  it('changes when a plan stops citing it', () => {
    const silent = edit(qc, (m) => { m.citations = []; });
    expect(keyOf([real, lib, silent], lib.id)).not.toBe(keyOf([real, lib, qc], lib.id));
  });

  it('stays when a plan naming the same bodies is added, changes when its body\'s library page moves', () => {
    const before = keyOf([real, lib, qc], real.id);
    const sibling = edit(lib, (m) => {
      m.id = 'liaoning-2020-1';
      m.meta.docNumber = '辽政发〔2020〕1号';
      m.citations = [];
    });
    expect(sibling.departments.some((d) => real.departments.some((r) => r.name === d.name))).toBe(true);
    expect(keyOf([real, lib, qc, sibling], real.id)).toBe(before);
    // A body whose name reads as 省科技厅's (sheng-ke-ji-ting) and sorts before it takes its address.
    expect(real.departments.map((d) => d.name)).toContain('省科技厅');
    const homophone = edit(sibling, (m) => { m.departments = [{ ...m.departments[0], name: '省科及厅' }]; });
    expect(new Map(libraryFactsOf([real, lib, qc, homophone], registry).get(real.id)!.departments).get('省科技厅')).toEqual({ id: 'sheng-ke-ji-ting-2' });
    expect(keyOf([real, lib, qc, homophone], real.id)).not.toBe(before);
  });

  it('stays when an unrelated plan\'s text changes, or a plan naming none of its bodies is added', () => {
    const before = keyOf([real, lib, qc], real.id);
    const rewritten = edit(qc, (m) => {
      m.parts = m.parts.slice(1);
      m.preamble = [];
    });
    expect(keyOf([real, lib, rewritten], real.id)).toBe(before);
    // A plan of another city: it cites nothing of liaoning-2015-24 and names none of its bodies.
    expect(qc.departments.some((d) => real.departments.some((r) => r.name === d.name))).toBe(false);
    const another = edit(qc, (m) => {
      m.id = 'qingchuan-2021-1';
      m.meta.docNumber = '青政发〔2021〕1号';
    });
    expect(keyOf([real, lib, qc, another], real.id)).toBe(before);
  });
});

describe('the code\'s key and a plan\'s files\' key', () => {
  it('follow the bytes and names of the code\'s files and the output switches, not other files', () => {
    const root = mkdtempSync(join(tmpdir(), 'page-keys-'));
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'src/pages/a.astro'), 'a');
    writeFileSync(join(root, 'docs/x.md'), 'x');
    const redirects = join(root, 'redirects.json');
    const key = () => codeKey(root, redirects, {});
    const k0 = key();
    writeFileSync(join(root, 'docs/x.md'), 'y');
    expect(key()).toBe(k0);
    writeFileSync(join(root, 'src/pages/a.astro'), 'b');
    const k1 = key();
    expect(k1).not.toBe(k0);
    renameSync(join(root, 'src/pages/a.astro'), join(root, 'src/pages/c.astro'));
    expect(key()).not.toBe(k1);
    expect(codeKey(root, redirects, { SITE_URL: 'https://example.org/' })).not.toBe(key());
    const k2 = key();
    writeFileSync(redirects, '{}');
    expect(key()).not.toBe(k2);
  });

  it('follows every file the converter wrote for the plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-files-'));
    mkdirSync(join(dir, 'tasks'));
    writeFileSync(join(dir, 'plan.json'), '{}');
    writeFileSync(join(dir, 'tasks/p1.mdx'), 'a');
    const k0 = planFilesKey(dir);
    writeFileSync(join(dir, 'tasks/p1.mdx'), 'b');
    expect(planFilesKey(dir)).not.toBe(k0);
  });
});

describe('the key of a whole build\'s pages', () => {
  const tree = () => {
    const root = mkdtempSync(join(tmpdir(), 'build-key-'));
    mkdirSync(join(root, 'generated/p'), { recursive: true });
    mkdirSync(join(root, 'sources'), { recursive: true });
    writeFileSync(join(root, 'generated/p/plan.json'), '{"id":"p"}');
    writeFileSync(join(root, 'sources/p.txt'), '原文');
    writeFileSync(join(root, 'given.txt'), '另一份');
    return root;
  };
  const keyIn = (root: string, code = 'code') => buildKey({ code, generatedDir: join(root, 'generated'), sourcesDir: join(root, 'sources'), sourceFiles: [join(root, 'given.txt')] });

  it('is the same for the same files, wherever they are', () => {
    expect(keyIn(tree())).toBe(keyIn(tree()));
  });

  it('changes with the code, a generated file, a source or a file the build was given', () => {
    const root = tree();
    const keys = [keyIn(root), keyIn(root, 'other code')];
    writeFileSync(join(root, 'generated/p/plan.json'), '{"id":"p","x":1}');
    keys.push(keyIn(root));
    writeFileSync(join(root, 'generated/p/new.mdx'), '');
    keys.push(keyIn(root));
    writeFileSync(join(root, 'sources/p.txt'), '原文。');
    keys.push(keyIn(root));
    writeFileSync(join(root, 'given.txt'), '另一份。');
    keys.push(keyIn(root));
    renameSync(join(root, 'given.txt'), join(root, 'gone.txt'));
    keys.push(keyIn(root));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
