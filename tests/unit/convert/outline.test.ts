import { describe, expect, it } from 'vitest';
import { buildOutline, isTitleLike, sliceLine } from '../../../src/lib/convert/outline.ts';
import { expectConvertError, logical } from '../helpers.ts';

const F = 'outline.txt';

describe('buildOutline', () => {
  it('nests parts, sections, items and clauses and numbers their ids', () => {
    const parts = buildOutline(F, logical([
      ['一、第一部分', 1],
      ['（一）第一节。', 2],
      ['1. 第一项。正文一。', 3],
      ['——子项甲。正文二。', 4],
      ['——子项乙。', 5],
      ['2. 第二项。', 6],
      ['(二) 第二节。', 7],
      ['二、第二部分', 8],
    ]));
    expect(parts.map((p) => p.id)).toEqual(['p1', 'p2']);
    const s1 = parts[0].children[0];
    expect(s1.id).toBe('p1-1');
    expect(s1.children.map((i) => i.id)).toEqual(['p1-1-1', 'p1-1-2']);
    expect(s1.children[0].children.map((c) => c.id)).toEqual(['p1-1-1-c1', 'p1-1-1-c2']);
    expect(parts[0].children[1]).toMatchObject({ id: 'p1-2', number: 2, heading: { marker: '(二) ', title: '第二节', terminator: '。' } });
  });
  it('turns the text after a heading’s title into a paragraph without a lead', () => {
    const [p] = buildOutline(F, logical([['一、部分', 1], ['（一）增强能力。加快推进建设。促进转化。', 2]]));
    const s = p.children[0];
    expect(s.heading.title).toBe('增强能力');
    expect(s.blocks).toEqual([expect.objectContaining({ type: 'paragraph', id: 'p1-1-b1', text: '加快推进建设。促进转化。' })]);
    expect(s.blocks[0]).not.toHaveProperty('leadLength');
  });
  it('puts a closing department line on the section and closes its open item', () => {
    const [p] = buildOutline(F, logical([
      ['一、任务', 1],
      ['（一）甲任务。', 2],
      ['1. 小项。', 3],
      ['（市甲局牵头，市乙局配合）', 4],
      ['后续段落。', 5],
    ]));
    const s = p.children[0];
    expect(s.blocks[0]).toMatchObject({ type: 'departments', id: 'p1-1-dept', leads: ['市甲局'], partners: ['市乙局'], line: 4 });
    // After the department line, text belongs to the section again, not to item 1.
    expect(s.blocks[1]).toMatchObject({ type: 'paragraph', text: '后续段落。' });
    expect(s.children[0].blocks).toEqual([]);
  });
  it('reads a table with a spanning category column and a caption', () => {
    const [p] = buildOutline(F, logical([
      ['一、目标', 1],
      ['主要指标', 2],
      ['类别\t指 标\t2014 年\t2017 年', 3],
      ['规模\t增长(%)\t4.8\t>6', 4],
      ['\t投资(%)\t—\t7', 5],
    ]));
    expect(p.blocks).toHaveLength(1);
    const t = p.blocks[0];
    expect(t).toMatchObject({ type: 'table', caption: '主要指标', line: 2, endLine: 5, years: [2014, 2017], header: ['类别', '指 标', '2014 年', '2017 年'] });
    if (t.type !== 'table') throw new Error('not a table');
    expect(t.rows.map((r) => [r.category, r.categoryPrinted, r.name, r.unit])).toEqual([
      ['规模', true, '增长', '%'],
      ['规模', false, '投资', '%'],
    ]);
    expect(t.rows[1].cells[0].value).toBeNull();
  });
  it('reads a table without a category column', () => {
    const [p] = buildOutline(F, logical([['一、目标', 1], ['指标\t2020年', 2], ['增长(%)\t7', 3]]));
    const t = p.blocks[0];
    expect(t.type === 'table' && t.rows[0]).toMatchObject({ category: '', categoryPrinted: false, printedName: '增长(%)' });
  });

  describe('errors', () => {
    it('rejects text before the first part', () => {
      expectConvertError(() => buildOutline(F, logical([['开头的段落。', 7]])), F, 7);
    });
    it('rejects a section with no enclosing part', () => {
      const e = expectConvertError(() => buildOutline(F, logical([['（一）节。', 4]])), F, 4);
      expect(e.detail).toMatch(/一、/);
    });
    it('rejects an item directly under a part', () => {
      expectConvertError(() => buildOutline(F, logical([['一、部分', 1], ['1. 项。', 2]])), F, 2);
    });
    it('rejects a clause directly under a section', () => {
      expectConvertError(() => buildOutline(F, logical([['一、部分', 1], ['（一）节。', 2], ['——子项。', 3]])), F, 3);
    });
    it('rejects a part numbered out of sequence', () => {
      const e = expectConvertError(() => buildOutline(F, logical([['一、甲', 1], ['三、丙', 9]])), F, 9);
      expect(e.detail).toContain('二、');
    });
    it('rejects a section numbered out of sequence, whatever its bracket width', () => {
      const e = expectConvertError(
        () => buildOutline(F, logical([['一、甲', 1], ['（一）节。', 2], ['(三) 节。', 5]])),
        F,
        5,
      );
      expect(e.detail).toContain('（二）');
    });
    it('restarts section numbers in each part', () => {
      expect(() => buildOutline(F, logical([['一、甲', 1], ['（一）节。', 2], ['二、乙', 3], ['（一）节。', 4]]))).not.toThrow();
      expectConvertError(() => buildOutline(F, logical([['一、甲', 1], ['（一）节。', 2], ['二、乙', 3], ['（二）节。', 4]])), F, 4);
    });
    it('rejects an item numbered out of sequence', () => {
      expectConvertError(() => buildOutline(F, logical([['一、甲', 1], ['（一）节。', 2], ['1. 项。', 3], ['3. 项。', 4]])), F, 4);
    });
    it('records a department line printed under a part on the part itself', () => {
      const [part] = buildOutline(F, logical([['一、甲', 1], ['（市甲局牵头）', 2]]));
      expect(part.blocks).toMatchObject([{ type: 'departments', id: 'p1-dept', leads: ['市甲局'] }]);
    });
    it('rejects a malformed department line at its line', () => {
      const e = expectConvertError(() => buildOutline(F, logical([['一、甲', 1], ['（一）节。', 2], ['（市甲局牵头，市乙局配合', 6]])), F, 6);
      expect(e.detail).toMatch(/unclosed/);
    });
    it('rejects a table header without year columns', () => {
      expectConvertError(() => buildOutline(F, logical([['一、甲', 1], ['类别\t指标\t目标', 3], ['甲\t乙\t1', 4]])), F, 3);
    });
    it('rejects a table row with the wrong number of cells at that row', () => {
      const e = expectConvertError(
        () => buildOutline(F, logical([['一、甲', 1], ['类别\t指标\t2014 年', 3], ['甲\t乙\t1', 4], ['甲\t乙', 5]])),
        F,
        5,
      );
      expect(e.detail).toMatch(/2 cells.*3/);
    });
    it('rejects a first table row whose category is blank', () => {
      expectConvertError(() => buildOutline(F, logical([['一、甲', 1], ['类别\t指标\t2014 年', 3], ['\t乙\t1', 4]])), F, 4);
    });
    it('rejects a table with a header only', () => {
      expectConvertError(() => buildOutline(F, logical([['一、甲', 1], ['类别\t指标\t2014 年', 3]])), F, 3);
    });
  });
});

describe('isTitleLike', () => {
  it('is true without sentence punctuation and false with it', () => {
    expect(isTitleLike('辽宁省传统工业转型升级主要指标')).toBe(true);
    expect(isTitleLike('到 2020 年，全省工业结构不断优化。')).toBe(false);
  });
});

describe('sliceLine', () => {
  it('keeps marks inside the slice and shifts them', () => {
    const l = { text: '甲乙丙丁戊', line: 1, endLine: 1, marks: [{ start: 0, end: 1, correction: 0 }, { start: 3, end: 5, correction: 1 }] };
    expect(sliceLine(l, 2).marks).toEqual([{ start: 1, end: 3, correction: 1 }]);
    expect(sliceLine(l, 2).text).toBe('丙丁戊');
  });
  it('clips a mark that straddles the slice start', () => {
    const l = { text: '甲乙丙丁', line: 1, endLine: 1, marks: [{ start: 1, end: 3, correction: 4 }] };
    expect(sliceLine(l, 2).marks).toEqual([{ start: 0, end: 1, correction: 4 }]);
  });
});

