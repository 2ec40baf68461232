import { describe, expect, it } from 'vitest';
import { alignOf, linesToParagraphs, measureLayout, roomNeeded } from '../../../../src/lib/read/pdf/paragraphs.ts';
import type { PdfLine } from '../../../../src/lib/read/pdf/types.ts';
import { line } from './items.ts';

// A page 480 points wide set in 12-point Chinese: 40 characters a line, margins at 50 and 530.
const FULL = '各地区各部门要充分认识规范政府性融资担保机构运作的重要意义把思想认识和行动统一到'; // 40
const full = (page: number, n: number, text = FULL, opts: { y?: number } = {}): PdfLine => line(page, n, 50, text, { width: 480, ...opts });
const left = (page: number, n: number, text: string, opts: { y?: number; width?: number } = {}): PdfLine => line(page, n, 50, text, opts);

function texts(lines: PdfLine[]): string[] {
  return linesToParagraphs(lines, measureLayout(lines)).map((p) => p.text);
}

describe('measureLayout', () => {
  it('takes the margins where most lines start and end, not a hanging punctuation mark', () => {
    const lines = [full(1, 1), full(1, 2), line(1, 3, 50, `${FULL}。`, { width: 492 }), full(1, 4), left(1, 5, '短行')];
    const { frame, pitch } = measureLayout(lines);
    expect(frame).toEqual({ left: 50, right: 530 });
    expect(pitch).toBeCloseTo(20 / 12, 1);
  });
});

describe('linesToParagraphs', () => {
  it('starts a paragraph at a decimal outline number (5.2.3, or 5.2 with a gap), not at a wrapped decimal value', () => {
    expect(texts([full(1, 1), full(1, 2), full(1, 3, `5.2.3　${FULL.slice(6)}`), left(1, 4, '完。')])).toEqual([`${FULL}${FULL}`, `5.2.3　${FULL.slice(6)}完。`]);
    expect(texts([full(1, 1), full(1, 2), full(1, 3, `5.2亿元${FULL.slice(5)}`), left(1, 4, '完。')])).toEqual([`${FULL}${FULL}5.2亿元${FULL.slice(5)}完。`]);
  });

  it('starts a paragraph at a ——dash item after a full line that ends its sentence, not after one that runs on', () => {
    const ended = `${FULL.slice(0, 39)}。`;
    expect(texts([full(1, 1), full(1, 2, ended), full(1, 3, `——食品工业。${FULL.slice(7)}`), left(1, 4, '完。')])).toEqual([
      `${FULL}${ended}`,
      `——食品工业。${FULL.slice(7)}完。`,
    ]);
    expect(texts([full(1, 1), full(1, 2), full(1, 3, `——${FULL.slice(2)}`), left(1, 4, '完。')])).toEqual([`${FULL}${FULL}——${FULL.slice(2)}完。`]);
    expect(texts([full(1, 1), full(1, 2, ended), left(1, 3, '牵头单位：省工业和信息化厅')])).toEqual([`${FULL}${ended}`, '牵头单位：省工业和信息化厅']);
  });

  it('joins wrapped lines and ends a paragraph at a line that stops short of the margin', () => {
    expect(texts([full(1, 1), full(1, 2), left(1, 3, '统一到党中央决策部署上来。'), full(1, 4), left(1, 5, '完。')])).toEqual([
      `${FULL}${FULL}统一到党中央决策部署上来。`,
      `${FULL}完。`,
    ]);
  });

  it('starts a paragraph at a first line indented by two characters', () => {
    const lines = [full(1, 1), full(1, 2), line(1, 3, 74, FULL.slice(2), { width: 456 }), left(1, 4, '下一段。'), full(1, 5), full(1, 6)];
    expect(texts(lines)).toEqual([`${FULL}${FULL}`, `${FULL.slice(2)}下一段。`, `${FULL}${FULL}`]);
  });

  it('makes a centred line its own paragraph, aligned centre', () => {
    const lines = [line(1, 1, 230, '关于印发方案的通知'), line(1, 2, 236, '国办发〔2019〕6号', { width: 96 }), full(1, 3), left(1, 4, '完。')];
    const paras = linesToParagraphs(lines, measureLayout([...lines, full(1, 5), full(1, 6)]));
    expect(paras.map((p) => [p.text, p.align])).toEqual([
      ['关于印发方案的通知', 'center'],
      ['国办发〔2019〕6号', 'center'],
      [`${FULL}完。`, null],
    ]);
  });

  it('tells a right-aligned signature from a centred title', () => {
    const frame = { left: 50, right: 530 };
    expect(alignOf(line(1, 1, 458, '国务院办公厅'), frame)).toBe('right');
    expect(alignOf(line(1, 1, 254, '国务院办公厅'), frame)).toBe('center');
    expect(alignOf(full(1, 1), frame)).toBeNull();
  });

  it('starts a paragraph at a heading number after a full line', () => {
    expect(texts([full(1, 1), left(1, 2, '一、总体要求'), full(1, 3), left(1, 4, '（一）指导思想。')])).toEqual([FULL, '一、总体要求', FULL, '（一）指导思想。']);
  });

  it('ends a paragraph at a larger vertical gap', () => {
    expect(texts([full(1, 1, FULL, { y: 70 }), full(1, 2, FULL, { y: 90 }), full(1, 3, FULL, { y: 130 }), left(1, 4, '完。', { y: 150 })])).toEqual([
      `${FULL}${FULL}`,
      `${FULL}完。`,
    ]);
  });

  it('joins a paragraph continued over a page break', () => {
    expect(texts([full(1, 39, FULL, { y: 780 }), full(2, 1, FULL, { y: 60 }), left(2, 2, '完。', { y: 80 })])).toEqual([`${FULL}${FULL}完。`]);
  });

  it('ends a paragraph at a line stretched over the width before a manual break', () => {
    // Twenty characters spread over 480 points: their text ended, the break was forced.
    const lines = [full(1, 1), line(1, 2, 50, FULL.slice(0, 20), { width: 480 }), left(1, 3, '指标来源：医院填报。')];
    expect(texts(lines)).toEqual([FULL + FULL.slice(0, 20), '指标来源：医院填报。']);
  });

  it('joins ragged lines that stop within a character of the margin', () => {
    // 39 characters, unstretched, 12 points short: the 40th did not fit.
    const ragged = FULL.slice(0, 39);
    const lines = [left(1, 1, ragged), left(1, 2, ragged), left(1, 3, '完。')];
    expect(texts([...lines, full(1, 8, FULL, { y: 300 }), full(1, 9, FULL, { y: 320 })]).slice(0, 1)).toEqual([`${ragged}${ragged}完。`]);
  });
});

describe('roomNeeded', () => {
  it('is the next line’s first character, with a mark that may not begin a line', () => {
    expect(roomNeeded(left(1, 1, '院同意'))).toBe(12);
    expect(roomNeeded(left(1, 1, '知》要求'))).toBe(24);
    expect(roomNeeded(left(1, 1, '“三农”'))).toBe(24);
  });

  it('is the first Latin word and the spacing after it', () => {
    expect(roomNeeded(left(1, 1, '500万元'))).toBe(18 + 3);
  });
});
