/**
 * 原文 highlights each repaired span with the correction it came from: the marks of a paragraph
 * point into the plan's correction list by index, which page furniture joins in line order.
 */
import { describe, expect, it } from 'vitest';
import { walkParagraphs } from '../../../src/lib/model/walk.ts';
import { convertText, convertFixture } from '../../support/plans.ts';

const marksPointRight = (model: ReturnType<typeof convertText>['model']) => {
  const seen: string[] = [];
  for (const p of walkParagraphs(model)) {
    for (const m of p.marks) {
      const c = model.corrections[m.correction];
      seen.push(c.kind);
      if (c.kind === 'variant-character') expect(p.text.slice(m.start, m.end)).toBe(c.after);
    }
  }
  return seen;
};

describe('corrections and the marks that point to them', () => {
  it('insert furniture among the repairs by line, every mark pointing at its own correction', () => {
    const text = ['某市推进工作方案', '一、主要任务', '（一）推進建設。推进工业转型，加快', '- 2 -', '發展先进制造业。', '（市甲局牵头）', '（二）培育企業。推进。', '（市乙局牵头）'].join('\n\n');
    const { model } = convertText(text, 'c.txt');
    // The furniture line goes before the first repair of a later line; the join across it is
    // recorded at the line it joins to, once the line after the page number is read.
    expect(model.corrections.map((c) => [c.line, c.kind, c.before])).toEqual([
      [5, 'variant-character', '進'], [5, 'variant-character', '設'], [7, 'page-furniture', '- 2 -'], [9, 'variant-character', '發'], [5, 'page-break-join', '\n\n'], [13, 'variant-character', '業'],
    ]);
    // 進, 設 and 業 are in headings; 發, after the page number, is marked in its paragraph.
    expect(marksPointRight(model).filter((k) => k === 'variant-character')).toHaveLength(1);
  });
  it('keep the repair list unchanged when nothing is furniture', () => {
    const { model } = convertText(['某市推进工作方案', '一、主要任务', '（一）推进。推進工作，加快', '发展。', '（市甲局牵头）'].join('\n'), 'c.txt');
    expect(model.corrections.map((c) => c.kind)).toEqual(['variant-character', 'line-join']);
    expect(marksPointRight(model)).toContain('variant-character');
  });
  it('point right in a fixture with furniture before and after its repairs', () => {
    const { model } = convertFixture('duty-lines-plan.txt');
    marksPointRight(model);
    expect(model.corrections.map((c) => c.line)).toEqual([...model.corrections.map((c) => c.line)].sort((a, b) => a - b));
  });
});
