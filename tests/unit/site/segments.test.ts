import { beforeEach, describe, expect, it } from 'vitest';
import { correctionLabel, describeCorrection, paragraphSegments } from '../../../src/lib/site/views/segments.ts';
import type { Correction, SourceNote } from '../../../src/lib/model/schema.ts';

const text = '大力发展战略北斗导航系统';
const note = (t: string, index: number, paragraph = 'x'): SourceNote & { index: number } => ({ line: 1, text: t, note: '备注', paragraph, index });

describe('paragraphSegments', () => {
  // A correction mark on 发展战 (2..5) overlaps a note on 战略北斗 (4..8).
  const p = { id: 'x', text, marks: [{ start: 2, end: 5, correction: 7 }] };
  // Computed inside each test, not at collection time, so a mutation test sees the function run.
  let segs: ReturnType<typeof paragraphSegments>;
  beforeEach(() => {
    segs = paragraphSegments(p, [note('战略北斗', 3)]);
  });

  it('cuts the text at every mark and note boundary and loses nothing', () => {
    expect(segs.map((s) => s.text)).toEqual(['大力', '发展', '战', '略北斗', '导航系统']);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
  it('lists the corrections and notes covering each segment', () => {
    expect(segs.map((s) => [s.corrections, s.notes])).toEqual([
      [[], []],
      [[7], []],
      [[7], [3]],
      [[], [3]],
      [[], []],
    ]);
  });
  it('marks where each span ends', () => {
    expect(segs.map((s) => [s.endsCorrections, s.endsNotes])).toEqual([
      [[], []],
      [[], []],
      [[7], []],
      [[], [3]],
      [[], []],
    ]);
  });
  it('ignores notes about other paragraphs or whose text is absent', () => {
    const only = paragraphSegments(p, [note('战略', 1, 'other'), note('不存在', 2)]);
    expect(only.flatMap((s) => s.notes)).toEqual([]);
  });
  it('clips spans to a sub-range and ends them at its end', () => {
    const part = paragraphSegments(p, [note('战略北斗', 3)], 3, 6);
    expect(part.map((s) => s.text)).toEqual(['展', '战', '略']);
    expect(part.map((x) => [x.corrections, x.notes, x.endsCorrections, x.endsNotes])).toEqual([
      [[7], [], [], []],
      [[7], [3], [7], []],
      [[], [3], [], [3]],
    ]);
  });
  it('adds no cut and no segment for spans wholly outside the sub-range', () => {
    const q = { id: 'x', text, marks: [{ start: 0, end: 2, correction: 1 }], mentions: [{ start: 8, end: 12, department: 'd' }], entities: [{ start: 1, end: 3, entity: 'e' }] };
    expect(paragraphSegments(q, [note('大力', 2)], 4, 8).map((x) => [x.text, x.corrections, x.notes, x.department, x.entity])).toEqual([['战略北斗', [], [], null, null]]);
    // A span that only touches the range's edge is outside it too.
    expect(paragraphSegments(q, [], 2, 8).map((x) => [x.text, x.entity])).toEqual([['发', 'e'], ['展战略北斗', null]]);
  });
  it('gives one segment for a paragraph with nothing to mark', () => {
    expect(paragraphSegments({ id: 'y', text: '甲乙', marks: [] })).toEqual([{ text: '甲乙', corrections: [], notes: [], endsCorrections: [], endsNotes: [], department: null, entity: null, link: null }]);
  });
});

describe('describeCorrection', () => {
  const c = (kind: Correction['kind'], before: string, after = ''): Correction => ({ kind, line: 1, column: 0, before, after, reason: 'r' });
  it('shows a removed break as ⏎ without context', () => {
    expect(describeCorrection(c('page-break-join', '\n\n'))).toEqual({ before: '⏎', after: '' });
  });
  it('shows a join in context with ⏎ between the two characters', () => {
    const t = '提高发展水平作为抓手';
    expect(describeCorrection(c('page-break-join', '\n\n'), t, { start: 4, end: 6, correction: 0 })).toEqual({
      before: '高发展水⏎平作为抓',
      after: '高发展水平作为抓',
    });
  });
  it('shows a line join in context like a page-break join, and without context when the paragraph is unknown', () => {
    const t = '提高发展水平作为抓手';
    expect(describeCorrection(c('line-join', '\n'), t, { start: 4, end: 6, correction: 0 })).toEqual({ before: '高发展水⏎平作为抓', after: '高发展水平作为抓' });
    expect(describeCorrection(c('line-join', '\n'), t)).toEqual({ before: '⏎', after: '' });
    expect(describeCorrection(c('line-join', '\n'), undefined, { start: 4, end: 6, correction: 0 })).toEqual({ before: '⏎', after: '' });
  });
  it('shows a duplicated character printed again after the break', () => {
    const t = '重点建设石化产业基地';
    expect(describeCorrection(c('duplicated-characters', '产'), t, { start: 6, end: 7, correction: 0 })).toEqual({
      before: '设石化产⏎产业基地',
      after: '设石化产业基地',
    });
  });
  it('shows a variant with the printed character', () => {
    const t = '服务体系建设以沈阳';
    expect(describeCorrection(c('variant-character', '設', '设'), t, { start: 5, end: 6, correction: 0 })).toEqual({
      before: '体系建設以沈阳',
      after: '体系建设以沈阳',
    });
  });
  it('labels every kind in Chinese', () => {
    expect(correctionLabel(c('variant-character', '設'))).toBe('异体/繁体字改为规范字');
    expect(correctionLabel(c('duplicated-characters', '产'))).toBe('删除分页重复字');
    expect(correctionLabel(c('page-break-join', '\n'))).toBe('分页断行合并');
    expect(correctionLabel(c('line-join', '\n'))).toBe('断行合并');
  });
});

describe('department mentions in segments', () => {
  it('cut the text so that each run names at most one department', () => {
    const segs = paragraphSegments({ id: 'z', text: '由省甲局牵头，省乙办配合', marks: [], mentions: [{ start: 1, end: 4, department: 'jia' }, { start: 7, end: 10, department: 'yi' }] });
    expect(segs.map((s) => [s.text, s.department])).toEqual([['由', null], ['省甲局', 'jia'], ['牵头，', null], ['省乙办', 'yi'], ['配合', null]]);
  });
});

describe('entity mentions in segments', () => {
  it('cuts the text at an entity mention and names the entity, beside a department mention', () => {
    const p = { id: 'z', text: '依托沈阳机床，省科技厅牵头', marks: [], mentions: [{ start: 7, end: 11, department: 'kj' }], entities: [{ start: 2, end: 6, entity: 'jc' }] };
    const s = paragraphSegments(p);
    expect(s.map((x) => [x.text, x.entity, x.department])).toEqual([
      ['依托', null, null],
      ['沈阳机床', 'jc', null],
      ['，', null, null],
      ['省科技厅', null, 'kj'],
      ['牵头', null, null],
    ]);
  });
});

describe('paragraphSegments with links', () => {
  it('cuts a linked span out as its own run and leaves the text and the other runs as they were', () => {
    const p = { id: 'b1', text: '为贯彻落实《甲方案》（辽政发〔2015〕24号）要求。', marks: [] };
    const plain = paragraphSegments(p);
    const start = p.text.indexOf('《');
    const end = p.text.indexOf('）') + 1;
    const linked = paragraphSegments({ ...p, links: [{ start, end, href: '/liaoning-2015-24/' }] });
    expect(linked.map((s) => s.text).join('')).toBe(p.text);
    expect(linked.filter((s) => s.link).map((s) => [s.text, s.link])).toEqual([['《甲方案》（辽政发〔2015〕24号）', '/liaoning-2015-24/']]);
    expect(plain.every((s) => s.link === null)).toBe(true);
    expect(plain.map((s) => s.text)).toEqual([p.text]);
  });
});
