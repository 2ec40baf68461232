import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { planUrls } from '../../../src/lib/durable-urls/manifest.ts';
import { PlanModelSchema } from '../../../src/lib/model/schema.ts';
import * as nav from '../../../src/lib/model/routes.ts';
import { boxesIn, breadcrumbs, childPages, prevNext } from '../../../src/lib/site/views/nav.ts';
import { graphPath } from '../../../src/lib/model/routes.ts';
import { convertFixture, root } from '../../support/plans.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  ({ model } = convertFixture('minimal-plan.txt'));
});

describe('breadcrumbs', () => {
  it('runs from the plan home through the part and group to the page', () => {
    expect(breadcrumbs(model, 'p2-1-2')).toEqual([
      { label: '首页', href: '/minimal-plan/' },
      { label: '重点发展领域', href: '/minimal-plan/parts/p2/' },
      { label: '培育数字核心产业', href: '/minimal-plan/sectors/p2-1/' },
      { label: '工业软件', href: '/minimal-plan/sectors/p2-1-2/' },
    ]);
  });
  it('ends a task trail at the task', () => {
    expect(breadcrumbs(model, 'p3-3').map((c) => c.label)).toEqual(['首页', '主要任务', '优化数字营商环境']);
  });
  it('throws for an id that is not a page', () => {
    expect(() => breadcrumbs(model, 'p1-1')).toThrow();
  });
});

describe('prevNext', () => {
  it('moves between pages of the same kind across groups', () => {
    const r = prevNext(model, 'p2-2-1');
    expect(r.prev?.id).toBe('p2-1-2');
    expect(r.next).toBeNull();
  });
  it('has no previous page for the first task', () => {
    const r = prevNext(model, 'p3-1');
    expect(r.prev).toBeNull();
    expect(r.next?.id).toBe('p3-2');
  });
  it('does not cross into other kinds', () => {
    // p4-1 follows the task p3-3 in document order, but is a measure.
    expect(prevNext(model, 'p3-3').next).toBeNull();
    expect(prevNext(model, 'p4-1').prev).toBeNull();
  });
  it('throws, naming the id and the plan, for an id that is not a page', () => {
    expect(() => prevNext(model, 'p9')).toThrow('no page p9 in minimal-plan');
    expect(() => breadcrumbs(model, 'p9')).toThrow('no page p9 in minimal-plan');
  });
});

describe('childPages', () => {
  it('lists a part’s sector groups and a group’s sectors', () => {
    expect(childPages(model, 'p2').map((p) => p.id)).toEqual(['p2-1', 'p2-2']);
    expect(childPages(model, 'p2-1').map((p) => p.id)).toEqual(['p2-1-1', 'p2-1-2']);
    expect(childPages(model, 'p3-1')).toEqual([]);
  });
});

describe('graphPath', () => {
  it('puts the graph under the plan departments page', () => {
    expect(graphPath('x')).toBe('/x/departments/graph/');
  });
});

describe('boxesIn', () => {
  it('lists the 专栏 of a part with the page that shows each', () => {
    const m = convertFixture('chapters-plan.txt').model;
    expect(boxesIn(m, m.parts[2])).toEqual([{ label: '专栏1 智能制造重点工程', href: '/chapters-plan/tasks/p3-1/#p3-1-2-box1' }]);
    expect(boxesIn(m, m.parts[0])).toEqual([]);
  });
});

describe('published routes (URLs never break once published; docs/reference/routes.md lists them)', () => {
  it('builds every list page URL of a plan', () => {
    expect([nav.planHome, nav.fullTextPath, nav.sectorsPath, nav.tasksPath, nav.measuresPath, nav.departmentsPath, nav.indicatorsPath, nav.targetsPath, nav.entitiesPath, nav.dataPath].map((f) => f('p'))).toEqual([
      '/p/', '/p/plan/', '/p/sectors/', '/p/tasks/', '/p/measures/', '/p/departments/', '/p/indicators/', '/p/targets/', '/p/entities/', '/p/data/',
    ]);
  });

  // The plans whose pages and data files, together, use every kind of route: the bundled plan
  // (indicators, entities) and a fixture with an attachment.
  const setup = () => {
    const bundled = PlanModelSchema.parse(JSON.parse(readFileSync(join(root, 'content/generated/liaoning-2015-24/plan.json'), 'utf8')));
    const models = [bundled, convertFixture('division-table-plan.txt').model];
    const published = models.flatMap((m) => planUrls(m).filter((u) => !u.includes('#')).map((u) => ({ plan: m.id, url: u })));
    const doc = readFileSync(join(root, 'docs', 'reference', 'routes.md'), 'utf8');
    const documented = new Set([...doc.matchAll(/`(\/<plan>\/[^`]*)`/g)].map((m) => m[1].replace(/#.*/, '')));
    return { published, documented };
  };

  it('lists every page and data file a plan publishes', () => {
    const { published, documented } = setup();
    // A URL is listed as it is (/<plan>/tasks/) or with its last segment as a placeholder
    // (/<plan>/tasks/<id>/, /<plan>/data/<file>).
    const listed = ({ plan, url }: { plan: string; url: string }) => {
      const path = url.replace(`/${plan}/`, '/<plan>/');
      const general = (name: string) => path.replace(/[^/]+(\/?)$/, `${name}$1`);
      return [path, general('<id>'), general('<file>')].some((p) => documented.has(p));
    };
    expect(published.length).toBeGreaterThan(100);
    expect(published.filter((u) => !listed(u)).map((u) => u.url)).toEqual([]);
  });

  it('lists no /<plan>/ route that no plan publishes', () => {
    const { published, documented } = setup();
    expect(documented.size).toBeGreaterThan(15);
    const unpublished = [...documented].filter((route) => {
      const re = new RegExp(`^${route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('<plan>', '[^/]+').replace(/<(id|file)>/g, '[^/]+')}$`);
      return !published.some((u) => re.test(u.url));
    });
    expect(unpublished).toEqual([]);
  });
});
