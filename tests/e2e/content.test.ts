import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { listPages } from '../../src/lib/model/pages.ts';
import { pagePath } from '../../src/lib/model/routes.ts';
import { findNode, walkNodes, walkParagraphs } from '../../src/lib/model/walk.ts';
import type { Block, OutlineNode, PlanModel } from '../../src/lib/model/schema.ts';
import { launch } from '../support/e2e/browser.ts';
import { bundledModel } from '../support/bundled-model.ts';

const stripWhitespace = (s: string) => s.replace(/\s+/g, '');

const base = inject('baseUrl');
// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  model = bundledModel();
});
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const textBlocks = (n: OutlineNode, deep: boolean): Block[] => {
  const own = n.blocks.filter((b) => b.type !== 'table');
  if (!deep || n.kind === 'clause') return own;
  return [...own, ...(n.children as OutlineNode[]).flatMap((c) => textBlocks(c, true))];
};

describe('the text on the pages is the text of the plan', () => {
  it('every reading page shows every sentence of its node, unchanged', async () => {
    const missing: string[] = [];
    for (const p of listPages(model)) {
      const node = findNode(model.parts, p.id)!;
      // Sector and overview pages carry their sub-items; group, task and part pages only their own text.
      const deep = p.kind === 'sector' || (node.kind === 'part' && node.role === 'overview');
      await page.goto(`${base}${pagePath(model.id, p.kind, p.id)}`);
      const main = stripWhitespace((await page.locator('main').textContent()) ?? '');
      for (const b of textBlocks(node, deep)) {
        const texts = b.type === 'box' ? b.blocks.flatMap((x) => (x.type === 'paragraph' ? [x.text] : [])) : b.type === 'table' || b.type === 'grid' ? [] : [b.text];
        for (const t of texts) if (!main.includes(stripWhitespace(t))) missing.push(`${p.id}: ${b.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('原文 holds every paragraph and heading in document order, each paragraph with its permalink', async () => {
    await page.goto(`${base}/${model.id}/plan/`);
    const paragraphs = [...walkParagraphs(model)];
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll('.fulltext [id]')].map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.ref, .anchor').forEach((x) => x.remove());
        return { id: el.id, text: copy.textContent ?? '', anchor: el.querySelector(':scope > a.anchor')?.getAttribute('href') ?? null };
      }),
    );
    const byId = new Map(shown.map((s) => [s.id, s]));
    for (const p of paragraphs) {
      expect(byId.get(p.id)?.text.replace(/\s+/g, ''), p.id).toBe(stripWhitespace(p.text));
      expect(byId.get(p.id)?.anchor).toBe(`#${p.id}`);
    }
    const order = shown.map((s) => s.id);
    const expected = [...walkNodes(model.parts)].map((n) => n.id);
    const positions = expected.map((id) => order.indexOf(id));
    expect(positions.every((x) => x >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
