import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/e2e/use-browser.ts';

const base = inject('baseUrl');
/** One page of each template. */
const TEMPLATES = [
  '/',
  '/liaoning-2015-24/',
  '/liaoning-2015-24/parts/p1/',
  '/liaoning-2015-24/sectors/',
  '/liaoning-2015-24/sectors/p2-2/',
  '/liaoning-2015-24/sectors/p2-2-1/',
  '/liaoning-2015-24/tasks/',
  '/liaoning-2015-24/tasks/p3-3/',
  '/liaoning-2015-24/measures/',
  '/liaoning-2015-24/measures/p4-1/',
  '/liaoning-2015-24/departments/',
  '/liaoning-2015-24/departments/graph/',
  '/liaoning-2015-24/departments/sheng-jing-ji-he-xin-xi-hua-wei/',
  '/liaoning-2015-24/plan/',
  '/liaoning-2015-24/indicators/',
  '/liaoning-2015-24/targets/',
  '/liaoning-2015-24/entities/',
  '/liaoning-2015-24/entities/shen-yang-ji-chuang/',
  '/liaoning-2015-24/entities/da-lian/',
  '/liaoning-2015-24/data/',
  '/search/',
  '/no-such-page/',
];

const browser = useBrowser();

describe('accessibility (axe)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of TEMPLATES) {
      it(`${path} has no serious or critical violations (${scheme})`, async () => {
        const context = await browser().newContext({ colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${base}${path}`);
        const results = await new AxeBuilder({ page }).analyze();
        const bad = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(bad).toEqual([]);
        await context.close();
      });
    }
  }
});
