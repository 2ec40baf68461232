import { beforeAll, describe, expect, it } from 'vitest';
import { attachNotes } from '../../../src/lib/convert/notes.ts';
import type { Paragraph } from '../../../src/lib/model/schema.ts';
import { convertFixture, expectConvertError, fixtureText, lineOf } from '../../support/plans.ts';

const para = (id: string, text: string, line: number, endLine = line): Paragraph => ({ type: 'paragraph', id, text, line, endLine, marks: [], mentions: [], entities: [] });

describe('attachNotes', () => {
  const paragraphs = () => [para('a', '第一段，提到甲乙。', 3), para('b', '第二段跨两行，提到丙丁。', 5, 7)];
  it('attaches a note to the paragraph on its line that contains its text', () => {
    expect(attachNotes('n.txt', [{ line: 3, text: '甲乙', note: '说明' }], paragraphs())).toEqual([{ line: 3, text: '甲乙', note: '说明', paragraph: 'a' }]);
  });
  it('finds a paragraph that spans the note’s line', () => {
    expect(attachNotes('n.txt', [{ line: 7, text: '丙丁', note: '说明' }], paragraphs())[0].paragraph).toBe('b');
  });
  it('rejects a note whose text is not on that line', () => {
    const e = expectConvertError(() => attachNotes('n.txt', [{ line: 3, text: '丙丁', note: '说明' }], paragraphs()), 'n.txt', 3);
    expect(e.detail).toContain('丙丁');
  });
  it('rejects a note on a line with no paragraph', () => {
    expectConvertError(() => attachNotes('n.txt', [{ line: 4, text: '甲乙', note: '说明' }], paragraphs()), 'n.txt', 4);
  });
  it('matches the corrected text, not the printed variant', () => {
    const line = lineOf(fixtureText('minimal-plan.txt'), '到 2022 年，全市数字经济规模明显扩大，数字基础设施建設取得显著成效。');
    const { model } = convertFixture('minimal-plan.txt', [{ line, text: '基础设施建设', note: '已更正' }]);
    expect(model.notes[0].paragraph).toBe('p1-2-b1');
  });
});

describe('notes through convertPlan', () => {
  const name = 'minimal-plan.txt';
  let line: number;
  beforeAll(() => {
    line = lineOf(fixtureText(name), '鼓励企业开展跨境电子商务，扩大数字服务出口。');
  });
  it('attaches a note and counts it', () => {
    const { model } = convertFixture(name, [{ line, text: '跨境电子商务', note: '测试备注' }]);
    expect(model.notes).toEqual([{ line, text: '跨境电子商务', note: '测试备注', paragraph: 'p3-2-b1' }]);
    expect(model.stats.notes).toBe(1);
  });
  it('reports a stale note as FILE:LINE', () => {
    expectConvertError(() => convertFixture(name, [{ line: line + 2, text: '跨境电子商务', note: '测试备注' }]), name, line + 2);
  });
});
