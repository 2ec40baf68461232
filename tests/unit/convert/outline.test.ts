import { describe, expect, it } from 'vitest';
import { ConvertError } from '../../../src/lib/convert/errors.ts';
import { headingScheme, OFFICIAL_SCHEME } from '../../../src/lib/convert/markers.ts';
import { buildOutline, headingDepth, isTitleLike, sliceLine } from '../../../src/lib/convert/outline.ts';
import { ReadingLog } from '../../../src/lib/convert/reading.ts';
import { walkNodes } from '../../../src/lib/model/walk.ts';
import type { Part } from '../../../src/lib/model/schema.ts';
import { logical, observationEntries, unreadEntries } from '../../support/plans.ts';

/** Every node of an outline as [id, kind, number, line, marker + title]. */
const shape = (parts: Part[]) => [...walkNodes(parts)].map((n) => [n.id, n.kind, n.number, n.line, n.heading.marker + n.heading.title]);
/** The blocks of a node as [id, type, line, text]. */
const blocksOf = (n: { blocks: Part['blocks'] }) => n.blocks.map((b) => [b.id, b.type, b.line, 'text' in b ? b.text : null]);

describe('buildOutline', () => {
  it('nests parts, sections, items and clauses and numbers their ids', () => {
    const parts = buildOutline(logical([
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
    const [p] = buildOutline(logical([['一、部分', 1], ['（一）增强能力。加快推进建设。促进转化。', 2]]));
    const s = p.children[0];
    expect(s.heading.title).toBe('增强能力');
    expect(s.blocks).toEqual([expect.objectContaining({ type: 'paragraph', id: 'p1-1-b1', text: '加快推进建设。促进转化。' })]);
    expect(s.blocks[0]).not.toHaveProperty('leadLength');
  });
  it('puts a closing department line on the section and closes its open item', () => {
    const [p] = buildOutline(logical([
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
    const [p] = buildOutline(logical([
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
    const [p] = buildOutline(logical([['一、目标', 1], ['指标\t2020年', 2], ['增长(%)\t7', 3]]));
    const t = p.blocks[0];
    expect(t.type === 'table' && t.rows[0]).toMatchObject({ category: '', categoryPrinted: false, printedName: '增长(%)' });
  });

  describe('shapes it reads and reports instead of refusing', () => {
    it('never receives text before the first part: the envelope hands over a body that starts with one', () => {
      let caught: unknown;
      try {
        buildOutline(logical([['开头的段落。', 7]]));
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(Error);
      expect(caught).not.toBeInstanceOf(ConvertError);
      expect((caught as Error).message).toBe('internal error: body line 7 before the first part heading');
    });
    it('reads an item directly under a part one level up, as its section, and notes it', () => {
      const log = new ReadingLog();
      const parts = buildOutline(logical([['一、部分', 1], ['1. 项。', 2]]), OFFICIAL_SCHEME, log);
      expect(shape(parts)).toEqual([['p1', 'part', 1, 1, '一、部分'], ['p1-1', 'section', 1, 2, '1. 项']]);
      expect(observationEntries(log)).toEqual([[2, 'outline', 'heading-level']]);
      expect(log.observations[0].detail).toBe('heading marker 1. directly under 一、部分: read one level up, as its section');
      expect(log.unread).toEqual([]);
    });
    it('reads a clause directly under a section as its item, and notes it', () => {
      const log = new ReadingLog();
      const parts = buildOutline(logical([['一、部分', 1], ['（一）节。', 2], ['——子项。', 3]]), OFFICIAL_SCHEME, log);
      expect(shape(parts)).toEqual([['p1', 'part', 1, 1, '一、部分'], ['p1-1', 'section', 1, 2, '（一）节'], ['p1-1-1', 'item', 1, 3, '——子项']]);
      expect(observationEntries(log)).toEqual([[3, 'outline', 'heading-level']]);
    });
    it('reads a part numbered out of sequence as the next part, and notes it', () => {
      const log = new ReadingLog();
      const parts = buildOutline(logical([['一、甲', 1], ['三、丙', 9]]), OFFICIAL_SCHEME, log);
      expect(shape(parts)).toEqual([['p1', 'part', 1, 1, '一、甲'], ['p2', 'part', 2, 9, '三、丙']]);
      expect(observationEntries(log)).toEqual([[9, 'outline', 'heading-sequence']]);
      expect(log.observations[0].detail).toBe('heading 三、 printed where 二、 comes in sequence: read as number 2 of its level');
    });
    it('reads a section numbered out of sequence as the next section, whatever its bracket width', () => {
      const log = new ReadingLog();
      const [p] = buildOutline(logical([['一、甲', 1], ['（一）节。', 2], ['(三) 节。', 5]]), OFFICIAL_SCHEME, log);
      expect(p.children.map((c) => [c.id, c.number, c.heading.marker])).toEqual([['p1-1', 1, '（一）'], ['p1-2', 2, '(三) ']]);
      expect(observationEntries(log)).toEqual([[5, 'outline', 'heading-sequence']]);
      expect(log.observations[0].detail).toContain('（二）');
    });
    it('takes section numbers that restart in each part, or continue across the parts, as in sequence', () => {
      for (const second of ['（一）节。', '（二）节。']) {
        const log = new ReadingLog();
        const parts = buildOutline(logical([['一、甲', 1], ['（一）节。', 2], ['二、乙', 3], [second, 4]]), OFFICIAL_SCHEME, log);
        expect(parts[1].children.map((c) => [c.id, c.number, c.line]), second).toEqual([['p2-1', 1, 4]]);
        expect(log.observations, second).toEqual([]);
      }
      // Neither restarting nor continuing: noted.
      const log = new ReadingLog();
      buildOutline(logical([['一、甲', 1], ['（一）节。', 2], ['二、乙', 3], ['（三）节。', 4]]), OFFICIAL_SCHEME, log);
      expect(observationEntries(log)).toEqual([[4, 'outline', 'heading-sequence']]);
    });
    it('reads an item numbered out of sequence as the next item, and notes it', () => {
      const log = new ReadingLog();
      const [p] = buildOutline(logical([['一、甲', 1], ['（一）节。', 2], ['1. 项。', 3], ['3. 项。', 4]]), OFFICIAL_SCHEME, log);
      expect(p.children[0].children.map((i) => [i.id, i.number, i.heading.marker])).toEqual([['p1-1-1', 1, '1. '], ['p1-1-2', 2, '3. ']]);
      expect(observationEntries(log)).toEqual([[4, 'outline', 'heading-sequence']]);
    });
    it('keeps a heading nested deeper than four levels as a paragraph of the heading above, and lists it', () => {
      const texts: [string, number][] = [['一、甲', 1], ['（一）乙。', 2], ['1. 丙。', 3], ['（1）丁。', 4], ['①戊。', 5], ['2. 己。', 6]];
      const log = new ReadingLog();
      const parts = buildOutline(logical(texts), headingScheme(texts.map(([t]) => t)), log);
      expect(shape(parts)).toEqual([
        ['p1', 'part', 1, 1, '一、甲'],
        ['p1-1', 'section', 1, 2, '（一）乙'],
        ['p1-1-1', 'item', 1, 3, '1. 丙'],
        ['p1-1-1-c1', 'clause', 1, 4, '（1）丁'],
        ['p1-1-2', 'item', 2, 6, '2. 己'],
      ]);
      expect(blocksOf(parts[0].children[0].children[0].children[0])).toEqual([['p1-1-1-c1-b1', 'paragraph', 5, '①戊。']]);
      expect(unreadEntries(log)).toEqual([[5, 5, 'outline', 'heading-too-deep']]);
      expect(log.observations).toEqual([]);
    });
    it('nests a plan’s own levels (第一章 第一节 一、 （一）) and keeps the fifth as text', () => {
      const texts: [string, number][] = [['第一章 甲', 1], ['第一节 乙', 2], ['一、丙', 3], ['（一）丁。', 4], ['1. 戊。', 5], ['第二节 己', 6]];
      const log = new ReadingLog();
      const parts = buildOutline(logical(texts), headingScheme(texts.map(([t]) => t)), log);
      expect(shape(parts)).toEqual([
        ['p1', 'part', 1, 1, '第一章 甲'],
        ['p1-1', 'section', 1, 2, '第一节 乙'],
        ['p1-1-1', 'item', 1, 3, '一、丙'],
        ['p1-1-1-c1', 'clause', 1, 4, '（一）丁'],
        ['p1-2', 'section', 2, 6, '第二节 己'],
      ]);
      expect(blocksOf(parts[0].children[0].children[0].children[0])).toEqual([['p1-1-1-c1-b1', 'paragraph', 5, '1. 戊。']]);
      expect(unreadEntries(log)).toEqual([[5, 5, 'outline', 'heading-too-deep']]);
    });
    it('reads a 预案’s decimal outline (1　总则, 1.1　编制目的) as parts and sections', () => {
      const texts: [string, number][] = [['1　总则', 1], ['1.1　编制目的', 2], ['为了。', 3], ['2　组织', 4], ['2.1　指挥部', 5]];
      const log = new ReadingLog();
      const parts = buildOutline(logical(texts), headingScheme(texts.map(([t]) => t)), log);
      expect(shape(parts)).toEqual([
        ['p1', 'part', 1, 1, '1　总则'],
        ['p1-1', 'section', 1, 2, '1.1　编制目的'],
        ['p2', 'part', 2, 4, '2　组织'],
        ['p2-1', 'section', 1, 5, '2.1　指挥部'],
      ]);
      expect([log.unread, log.observations]).toEqual([[], []]);
    });
    it('records a department line printed under a part on the part itself', () => {
      const [part] = buildOutline(logical([['一、甲', 1], ['（市甲局牵头）', 2]]));
      expect(part.blocks).toMatchObject([{ type: 'departments', id: 'p1-dept', leads: ['市甲局'] }]);
    });
    it('keeps a malformed department line as a paragraph at its line, and lists it', () => {
      const log = new ReadingLog();
      const [p] = buildOutline(logical([['一、甲', 1], ['（一）节。', 2], ['（市甲局牵头，市乙局配合', 6]]), OFFICIAL_SCHEME, log);
      expect(blocksOf(p.children[0])).toEqual([['p1-1-b1', 'paragraph', 6, '（市甲局牵头，市乙局配合']]);
      expect(unreadEntries(log)).toEqual([[6, 6, 'assignments', 'department-line']]);
      expect(log.unread[0].detail).toMatch(/^unclosed parenthesis/);
    });
    it('keeps a table whose header has no year columns as paragraphs, and lists its lines', () => {
      const log = new ReadingLog();
      const [p] = buildOutline(logical([['一、甲', 1], ['类别\t指标\t目标', 3], ['甲\t乙\t1', 4]]), OFFICIAL_SCHEME, log);
      expect(blocksOf(p)).toEqual([['p1-b1', 'paragraph', 3, '类别\t指标\t目标'], ['p1-b2', 'paragraph', 4, '甲\t乙\t1']]);
      expect(unreadEntries(log)).toEqual([[3, 4, 'outline', 'table']]);
      expect(log.unread[0].detail).toMatch(/^line 3: a table header needs a name column followed by year columns/);
    });
    it('keeps a table with a row of the wrong number of cells as paragraphs, naming that row', () => {
      const log = new ReadingLog();
      const [p] = buildOutline(logical([['一、甲', 1], ['类别\t指标\t2014 年', 3], ['甲\t乙\t1', 4], ['甲\t乙', 5]]), OFFICIAL_SCHEME, log);
      expect(blocksOf(p)).toEqual([['p1-b1', 'paragraph', 3, '类别\t指标\t2014 年'], ['p1-b2', 'paragraph', 4, '甲\t乙\t1'], ['p1-b3', 'paragraph', 5, '甲\t乙']]);
      expect(unreadEntries(log)).toEqual([[3, 5, 'outline', 'table']]);
      expect(log.unread[0].detail).toBe('line 5: table row has 2 cells, the header has 3: the rows are kept as text');
    });
    it('keeps a table whose first row names no category as paragraphs, naming that row', () => {
      const log = new ReadingLog();
      const [p] = buildOutline(logical([['一、甲', 1], ['类别\t指标\t2014 年', 3], ['\t乙\t1', 4]]), OFFICIAL_SCHEME, log);
      expect(p.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
      expect(unreadEntries(log)).toEqual([[3, 4, 'outline', 'table']]);
      expect(log.unread[0].detail).toMatch(/^line 4: the first table row must name its category/);
    });
    it('keeps a table with a header only as a paragraph', () => {
      const log = new ReadingLog();
      const [p] = buildOutline(logical([['一、甲', 1], ['类别\t指标\t2014 年', 3]]), OFFICIAL_SCHEME, log);
      expect(blocksOf(p)).toEqual([['p1-b1', 'paragraph', 3, '类别\t指标\t2014 年']]);
      expect(unreadEntries(log)).toEqual([[3, 3, 'outline', 'table']]);
      expect(log.unread[0].detail).toMatch(/^line 3: a table needs at least one row after its header/);
    });
    it('keeps a caption before a table it cannot read as its own paragraph', () => {
      const log = new ReadingLog();
      const [p] = buildOutline(logical([['一、甲', 1], ['主要指标', 2], ['类别\t指标\t2014 年', 3]]), OFFICIAL_SCHEME, log);
      expect(blocksOf(p)).toEqual([['p1-b1', 'paragraph', 2, '主要指标'], ['p1-b2', 'paragraph', 3, '类别\t指标\t2014 年']]);
    });
  });
});

describe('headingDepth', () => {
  it('puts the part kind at the top, and any kind at the top when nothing is open', () => {
    expect(headingDepth([{ kind: 'numeral' }, { kind: 'paren-numeral' }], 'numeral', 'numeral')).toBe(0);
    expect(headingDepth([], 'paren-numeral', 'numeral')).toBe(0);
  });
  it('nests a lower-ranked marker under the deepest open one, whichever level that is', () => {
    expect(headingDepth([{ kind: 'numeral' }], 'paren-numeral', 'numeral')).toBe(1);
    expect(headingDepth([{ kind: 'numeral' }], 'arabic', 'numeral')).toBe(1);
    expect(headingDepth([{ kind: 'numeral' }, { kind: 'paren-numeral' }, { kind: 'arabic' }], 'dash', 'numeral')).toBe(3);
  });
  it('makes a marker already open a sibling of that heading, closing the deeper ones', () => {
    expect(headingDepth([{ kind: 'numeral' }, { kind: 'paren-numeral' }, { kind: 'arabic' }], 'arabic', 'numeral')).toBe(2);
    expect(headingDepth([{ kind: 'numeral' }, { kind: 'paren-numeral' }, { kind: 'arabic' }], 'paren-numeral', 'numeral')).toBe(1);
  });
  it('puts a higher-ranked marker than the open ones after the headings it outranks', () => {
    // 1. opened directly under 一、; a later （一） outranks it and takes the level 1. held.
    expect(headingDepth([{ kind: 'numeral' }, { kind: 'arabic' }], 'paren-numeral', 'numeral')).toBe(1);
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

