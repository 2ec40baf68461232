/**
 * Plans of the test corpus as a word processor renders them (tests/fixtures/formats/rendered/, made
 * from their text copies: README beside them) read to the same plan as the text copy: parts and
 * roles, every heading, every 专栏, every responsibility with its leads and partners, the indicator
 * rows, nothing unread, every character kept. What each file exercises: the bundled plan's PDF its
 * ——dash items after full lines, qingchuan's PDF runs that PDF.js joins across two cells of its
 * indicator table, long-plan's PDF a table header row cut by a page break, province-plan-pdf's
 * styled PDF (headings, justified and indented paragraphs) labelled 牵头单位： lines after full lines.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertDocument } from '../../../src/lib/convert/index.ts';
import { readSource } from '../../../src/lib/read/index.ts';
import { walkNodes } from '../../../src/lib/model/walk.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';
import { root } from '../../support/plans.ts';

async function convert(path: string): Promise<PlanModel> {
  const bytes = readFileSync(join(root, path));
  return convertDocument(await readSource(bytes, basename(path)), bytes, { file: basename(path) }).model;
}

function reading(m: PlanModel) {
  const name = new Map(m.departments.map((d) => [d.id, d.name]));
  return {
    parts: m.parts.map((p) => [p.heading.marker.trim(), p.heading.title, p.role]),
    headings: [...walkNodes(m.parts)].map((n) => [n.id, n.heading.title]),
    boxes: [...walkNodes(m.parts)].flatMap((n) => n.blocks.flatMap((b) => (b.type === 'box' ? [[n.id, b.title, b.blocks.map((x) => x.type)]] : []))),
    responsibilities: m.assignments.map((a) => [a.node, a.leads.map((d) => name.get(d)), a.partners.map((d) => name.get(d)), a.deadline]),
    indicators: m.stats.indicatorRows,
  };
}

const RENDERED: [string, string[]][] = [
  ['content/sources/liaoning-2015-24.txt', ['liaoning-2015-24.html', 'liaoning-2015-24.docx', 'liaoning-2015-24.pdf']],
  ['tests/fixtures/library/qingchuan-2020-3.txt', ['qingchuan-2020-3.html', 'qingchuan-2020-3.pdf']],
  ['tests/fixtures/corpus/long-plan.txt', ['long-plan.html', 'long-plan.pdf']],
  ['tests/fixtures/corpus/province-plan-pdf.txt', ['province-plan-pdf-styled.html', 'province-plan-pdf-styled.docx', 'province-plan-pdf-styled.pdf']],
];

describe.each(RENDERED)('%s rendered', (text, files) => {
  it.each(files)('%s reads as the text copy does', async (file) => {
    const expected = reading(await convert(text));
    const model = await convert(join('tests', 'fixtures', 'formats', 'rendered', file));
    expect(reading(model)).toEqual(expected);
    expect(model.reading.unread).toEqual([]);
    expect(model.stats.modelCharacters).toBe(model.stats.sourceCharacters);
  });
});

describe('what the text copies hold, for the comparison above to mean something', () => {
  it('the bundled plan has 10 responsibilities and dash items; qingchuan and long-plan have indicator rows', async () => {
    const bundled = reading(await convert('content/sources/liaoning-2015-24.txt'));
    expect(bundled.responsibilities).toHaveLength(10);
    expect(bundled.headings.some(([, t]) => t === '食品工业')).toBe(true);
    expect(reading(await convert('tests/fixtures/library/qingchuan-2020-3.txt')).indicators).toBe(3);
    expect(reading(await convert('tests/fixtures/corpus/long-plan.txt')).indicators).toBe(5);
  });
});
