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

/** What a colour scheme changes: colours alone (the structure, names and roles are the same page). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const serious = (violations: { impact?: string | null; id: string; nodes: { target: unknown[] }[] }[]) =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

describe('accessibility (axe)', () => {
  // Every rule in the light scheme; in the dark one, on the same page, the rules colours decide.
  for (const path of TEMPLATES) {
    it(`${path} has no serious or critical violations (light; dark: colours)`, async () => {
      const context = await browser().newContext({ colorScheme: 'light' });
      const page = await context.newPage();
      await page.goto(`${base}${path}`);
      expect(serious((await new AxeBuilder({ page }).analyze()).violations), 'light').toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(serious((await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze()).violations), 'dark').toEqual([]);
      await context.close();
    });
  }
});
