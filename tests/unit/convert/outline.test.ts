import { describe, expect, it } from 'vitest';
import { ConvertError } from '../../../src/lib/model/errors.ts';
import { headingScheme, OFFICIAL_SCHEME } from '../../../src/lib/convert/markers.ts';
import { buildOutline, headingDepth, isTitleLike, sliceLine } from '../../../src/lib/convert/outline.ts';
import { ReadingLog } from '../../../src/lib/convert/reading.ts';
import { walkNodes } from '../../../src/lib/model/walk.ts';
import type { Block, Box, DepartmentLine, Part, Table } from '../../../src/lib/model/schema.ts';
import { convertText, logical, observationEntries, unreadEntries } from '../../support/plans.ts';

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

const outline = (...texts: string[]) => outlineLogged(new ReadingLog(), ...texts);
const outlineLogged = (log: ReadingLog, ...texts: string[]) => {
  const lines = logical(texts.map((t, i) => [t, i + 1]));
  return buildOutline(lines, headingScheme(texts), log);
};
/** A plan without a notice: its title, then the given lines, a blank line between each (line 1, 3, 5 …). */
const plan = (...texts: string[]) => convertText(['某市推进工作方案', ...texts].join('\n\n')).model;
const blocksAt = (parts: ReturnType<typeof outline>, id: string): Block[] => [...walkNodes(parts)].find((n) => n.id === id)!.blocks;
const depts = (parts: ReturnType<typeof outline>) =>
  [...walkNodes(parts)].flatMap((n) => n.blocks.filter((b): b is DepartmentLine => b.type === 'departments').map((b) => [n.id, b.id, b.leads, b.deadline]));

describe('专栏 boxes', () => {
  it('hold their entries until the next heading of their node’s level or above, never read as outline items', () => {
    const parts = outline('一、主要任务', '（一）建设平台。', '专栏1 重点工程', '1. 智能工厂工程。', '2. 工业互联网工程。', '（二）培育企业。', '推进培育。');
    const [box] = blocksAt(parts, 'p1-1') as Box[];
    expect(box).toMatchObject({ type: 'box', id: 'p1-1-box1', marker: '专栏1 ', title: '重点工程', line: 3, endLine: 5 });
    expect(box.blocks.map((b) => [b.id, b.type === 'paragraph' && b.text])).toEqual([['p1-1-box1-b1', '1. 智能工厂工程。'], ['p1-1-box1-b2', '2. 工业互联网工程。']]);
    expect(parts[0].children.map((s) => s.id)).toEqual(['p1-1', 'p1-2']);
    expect(blocksAt(parts, 'p1-2').map((b) => b.type)).toEqual(['paragraph']);
  });
  it('takes a title printed on the line after the marker, and numbers boxes per node', () => {
    const parts = outline('一、主要任务', '专栏一：', '重点工程', '建设一批工程，推进改造。', '专栏二', '重点项目', '二、保障');
    const boxes = blocksAt(parts, 'p1') as Box[];
    expect(boxes.map((b) => [b.id, b.marker, b.title, b.blocks.length])).toEqual([['p1-box1', '专栏一：', '重点工程', 1], ['p1-box2', '专栏二', '重点项目', 0]]);
  });
  it('end at a heading above their node, and keep deeper headings as their numbered entries', () => {
    const parts = outline('一、主要任务', '（一）建设平台。', '专栏1 工程', '1. 甲工程。', '二、保障措施', '（一）加大支持。');
    expect((blocksAt(parts, 'p1-1')[0] as Box).blocks.map((b) => b.line)).toEqual([4]);
    expect(parts.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(parts[1].children.map((s) => s.id)).toEqual(['p2-1']);
  });
  it('are preamble text before the first heading: the envelope keeps them there', () => {
    const m = plan('专栏1 工程', '一、主要任务', '（一）建设平台。推进建设。（省乙厅牵头）');
    expect(m.preamble.map((p) => [p.id, p.line, p.text])).toEqual([['preamble-b1', 3, '专栏1 工程']]);
    expect([...walkNodes(m.parts)].flatMap((n) => n.blocks).some((b) => b.type === 'box')).toBe(false);
    expect([m.reading.unread, m.reading.observations]).toEqual([[], []]);
  });
});

describe('department lines', () => {
  it('go to the deepest open node, numbered when a node has several', () => {
    const parts = outline('一、任务', '（一）建设平台。', '1. 建设行业平台。', '责任单位：省甲厅', '2. 推动上云。', '责任单位：省乙厅', '牵头单位：省丙厅', '（二）培育企业。');
    expect(depts(parts)).toEqual([['p1-1-1', 'p1-1-1-dept', ['省甲厅'], null], ['p1-1-2', 'p1-1-2-dept', ['省乙厅'], null], ['p1-1-2', 'p1-1-2-dept-2', ['省丙厅'], null]]);
  });
  it('after the last item of a section where no item had one, assign the section and close the item', () => {
    const parts = outline('一、任务', '（一）建设平台。', '1. 建设行业平台。', '2. 推动上云。', '（省甲厅牵头，省乙厅配合）', '推进工作。', '（二）培育企业。');
    expect(depts(parts)).toEqual([['p1-1', 'p1-1-dept', ['省甲厅'], null]]);
    // The item is closed: the next paragraph is the section's.
    expect(blocksAt(parts, 'p1-1').map((b) => b.type)).toEqual(['departments', 'paragraph']);
  });
  it('stay with the item when another item follows', () => {
    const parts = outline('一、任务', '（一）建设平台。', '1. 建设行业平台。', '（省甲厅牵头）', '2. 推动上云。');
    expect(depts(parts)).toEqual([['p1-1-1', 'p1-1-1-dept', ['省甲厅'], null]]);
  });
  it('take a 完成时限 line after them, kept in their text, and keep one after anything else or a second one as text', () => {
    const parts = outline('一、任务', '（一）建设平台。', '责任单位：省甲厅', '完成时限：2017年底前', '（二）培育企业。');
    const [d] = blocksAt(parts, 'p1-1').filter((b): b is DepartmentLine => b.type === 'departments');
    expect(d).toMatchObject({ deadline: '2017年底前', text: '责任单位：省甲厅\n完成时限：2017年底前', line: 3, endLine: 4 });
    const afterText = new ReadingLog();
    const a = outlineLogged(afterText, '一、任务', '（一）建设平台。', '推进。', '完成时限：2017年底前');
    expect(blocksAt(a, 'p1-1').map((b) => [b.type, b.line, b.type === 'paragraph' && b.text])).toEqual([['paragraph', 3, '推进。'], ['paragraph', 4, '完成时限：2017年底前']]);
    expect(unreadEntries(afterText)).toEqual([[4, 4, 'assignments', 'deadline-line']]);
    const second = new ReadingLog();
    const b = outlineLogged(second, '一、任务', '（一）建设平台。', '责任单位：省甲厅；完成时限：2016年', '完成时限：2017年底前');
    expect(blocksAt(b, 'p1-1').map((x) => [x.type, x.line, x.type === 'departments' ? x.deadline : x.type === 'paragraph' && x.text])).toEqual([['departments', 3, '2016年'], ['paragraph', 4, '完成时限：2017年底前']]);
    expect(unreadEntries(second)).toEqual([[4, 4, 'assignments', 'deadline-line']]);
  });
  it('take a partner line after a lead line, and keep one after anything else as text', () => {
    const parts = outline('一、任务', '（一）建设平台。', '牵头单位：省甲厅', '配合单位：省乙厅、省丙厅等', '（二）培育企业。');
    expect(blocksAt(parts, 'p1-1')).toMatchObject([{ type: 'departments', leads: ['省甲厅'], partners: ['省乙厅', '省丙厅'], partnersOpenEnded: true, text: '牵头单位：省甲厅\n配合单位：省乙厅、省丙厅等', line: 3, endLine: 4 }]);
    const log = new ReadingLog();
    const alone = outlineLogged(log, '一、任务', '（一）建设平台。', '推进。', '配合单位：省乙厅');
    expect(blocksAt(alone, 'p1-1').map((b) => [b.type, b.line])).toEqual([['paragraph', 3], ['paragraph', 4]]);
    expect(unreadEntries(log)).toEqual([[4, 4, 'assignments', 'department-line']]);
  });
  it('closing a paragraph become a department line of the same node, and the paragraph keeps the rest', () => {
    const parts = outline('一、任务', '（一）建设平台。推进园区改造。（责任单位：省甲厅、省乙厅）', '完成时限：长期');
    const blocks = blocksAt(parts, 'p1-1');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'departments']);
    expect(blocks[0].type === 'paragraph' && blocks[0].text).toBe('推进园区改造。');
    expect(blocks[1]).toMatchObject({ text: '（责任单位：省甲厅、省乙厅）\n完成时限：长期', leads: ['省甲厅', '省乙厅'], leadRule: 'first-listed', deadline: '长期' });
  });
  it('record how each notation is read', () => {
    const parts = outline('一、任务', '（一）甲。', '（省甲厅牵头）', '（二）乙。', '（省甲厅、省乙厅按职责分工负责）', '（三）丙。', '牵头单位：省甲厅');
    expect([...walkNodes(parts)].flatMap((n) => n.blocks).filter((b): b is DepartmentLine => b.type === 'departments').map((b) => b.leadRule)).toEqual(['printed', 'all-responsible', 'printed']);
  });
  it('are kept as text and listed when malformed, and are preamble text before anything they could assign', () => {
    const log = new ReadingLog();
    const parts = outlineLogged(log, '一、任务', '（一）甲。', '（省甲厅牵头，省乙厅配合');
    expect(blocksAt(parts, 'p1-1').map((b) => [b.id, b.type, b.line, b.type === 'paragraph' && b.text])).toEqual([['p1-1-b1', 'paragraph', 3, '（省甲厅牵头，省乙厅配合']]);
    expect(unreadEntries(log)).toEqual([[3, 3, 'assignments', 'department-line']]);
    const m = plan('（省甲厅牵头）', '一、任务', '（一）甲。推进。（省乙厅牵头）');
    expect(m.preamble.map((p) => [p.line, p.text])).toEqual([[3, '（省甲厅牵头）']]);
    expect(m.assignments.map((a) => [a.node, a.line])).toEqual([['p1-1', 7]]);
    // A parenthesis that no notation reads stays part of the paragraph.
    expect(blocksAt(outline('一、任务', '推进。（牵头单位：）'), 'p1').map((b) => b.type)).toEqual(['paragraph']);
  });
});

describe('indicator tables with more columns', () => {
  const table = (...rows: string[]) => blocksAt(outline('一、目标', ...rows), 'p1').find((b): b is Table => b.type === 'table')!;
  it('read 序号, 单位 and 属性 columns around the name and years, and keep other printed cells', () => {
    const t = table('序号\t指标\t单位\t2015年\t2020年\t属性\t备注', '1\t工业增加值\t亿元\t100\t150\t预期性\t含园区', '2\t能耗下降\t%\t—\t15\t约束性\t');
    expect(t.columns).toEqual({ category: null, name: 1, firstYear: 3 });
    expect(t.years).toEqual([2015, 2020]);
    expect(t.rows.map((r) => [r.id, r.name, r.unit, r.attribute, r.otherCells.map((c) => c.column)])).toEqual([
      ['p1-b1-r1', '工业增加值', '亿元', '预期性', [0, 2, 5, 6]],
      ['p1-b1-r2', '能耗下降', '%', '约束性', [0, 2, 5]],
    ]);
  });
  it('take the unit from the name when there is no 单位 column, and a category column before the name', () => {
    const t = table('类别\t指标\t2015 年\t2020 年', '规模\t工业增加值（亿元）\t100\t150', '\t企业数（户）\t10\t20');
    expect(t.rows.map((r) => [r.category, r.categoryPrinted, r.name, r.unit, r.attribute])).toEqual([['规模', true, '工业增加值', '亿元', null], ['规模', false, '企业数', '户', null]]);
  });
  it('keep as text a table with a column after the years that is not a year, 属性 or 备注, and one with no name column', () => {
    const log = new ReadingLog();
    const source = outlineLogged(log, '一、目标', '指标\t2015年\t2020年\t来源', '甲\t1\t2\t统计局');
    expect(blocksAt(source, 'p1').map((b) => [b.type, b.line, b.type === 'paragraph' && b.text])).toEqual([['paragraph', 2, '指标\t2015年\t2020年\t来源'], ['paragraph', 3, '甲\t1\t2\t统计局']]);
    expect(unreadEntries(log)).toEqual([[2, 3, 'outline', 'table']]);
    expect(log.unread[0].detail).toMatch(/^line 2: every table column after the year columns must be a year, 属性 or 备注/);
    const noName = new ReadingLog();
    const numbered = outlineLogged(noName, '一、目标', '序号\t2015年\t2020年', '1\t1\t2');
    expect(blocksAt(numbered, 'p1').map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
    expect(unreadEntries(noName)).toEqual([[2, 3, 'outline', 'table']]);
    expect(noName.unread[0].detail).toMatch(/^line 2: a table header needs a name column before its year columns/);
  });
  it('read a header with spaces inside 序 号, 单 位 and 属 性', () => {
    const t = table('序 号\t指标\t单 位\t2015年\t2020年\t属 性', '1\t甲\t个\t1\t2\t预期性');
    expect(t.rows[0]).toMatchObject({ name: '甲', unit: '个', attribute: '预期性' });
  });
});
