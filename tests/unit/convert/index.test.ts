import { describe, expect, it } from 'vitest';
import { ConvertError, convertPlan } from '../../../src/lib/convert/index.ts';
import { applyCorrections } from '../../../src/lib/model/fidelity.ts';
import { findBlock, findNode, walkParagraphs } from '../../../src/lib/model/walk.ts';
import { PlanModelSchema } from '../../../src/lib/model/schema.ts';
import {
  convertFixture,
  convertText,
  encode,
  expectConvertError,
  fixtureBytes,
  fixtureText,
  lineOf,
  nonWhitespaceCount,
  observationEntries,
  patchPlan,
  realPlanBytes,
  realPlanNotes,
  unreadEntries,
} from '../../support/plans.ts';

const NAME = 'minimal-plan.txt';

describe('convertPlan on the fixture plan', () => {
  const setup = () => {
    const text = fixtureText(NAME);
    const { model, fidelity } = convertFixture(NAME);

    return { text, model, fidelity };
  };
  it('produces a model that satisfies its schema, with the id from the file name', () => {
    const { text, model, fidelity } = setup();
    expect(PlanModelSchema.safeParse(model).success).toBe(true);
    expect(model.id).toBe('minimal-plan');
    expect(model.source.file).toBe(NAME);
    expect(model.source.lines).toBe(text.split('\n').length);
  });
  it('has the counts of the fixture text', () => {
    const { text, model, fidelity } = setup();
    // Counted by hand from tests/fixtures/minimal-plan.txt.
    expect(model.stats).toMatchObject({
      parts: 4,
      sections: 9, // 2 overview + 2 sector groups + 3 tasks + 2 measures
      items: 3, // 智能终端, 工业软件, 纺织服装
      clauses: 2, // 可穿戴设备, 车载终端
      paragraphs: 15, // 2 notice + 1 preamble + 12 in the body
      sectorGroups: 2,
      sectors: 3,
      tasks: 3,
      measures: 2,
      departments: 5,
      indicatorRows: 3,
      indicatorCategories: 2,
      corrections: 6,
      notes: 0,
    });
    expect(model.sectorGroups.map((g) => g.sectors.length)).toEqual([2, 1]);
  });
  it('records the six repairs the fixture needs, at their source lines', () => {
    const { text, model, fidelity } = setup();
    const at = (s: string) => lineOf(text, s);
    const expected = [
      ['line-join', at('为加快培育数字经济新动能，结合本市'), '\n'],
      ['variant-character', at('到 2022 年，全市数字经济规模明显扩大，数字基础设施建設取得显著成效。'), '設'],
      ['page-break-join', at('1. 智能终端。支持骨干企业扩大产能，建设数字产'), '\n\n'],
      ['duplicated-characters', at('产业园区。'), '产'],
      ['page-break-join', at('（一）建设数字基础设施。加快部署千兆光网和第五代移动通信基站，提升网络覆盖水'), '\n\n'],
      ['page-break-join', at('（市交通运输局、市数据局牵头，市财政局等'), '\n\n'],
    ];
    expect(model.corrections.map((c) => [c.kind, c.line, c.before]).sort()).toEqual(expected.sort());
  });
  it('keeps the repaired text in the model', () => {
    const { text, model, fidelity } = setup();
    const sector = model.parts[1].children[0].children[0];
    expect(sector.blocks[0]).toMatchObject({ type: 'paragraph', text: '支持骨干企业扩大产能，建设数字产业园区。' });
    const task = model.parts[2].children[0];
    expect(task.blocks[0]).toMatchObject({ type: 'paragraph', text: '加快部署千兆光网和第五代移动通信基站，提升网络覆盖水平和服务能力。' });
    expect(model.parts[0].children[1].blocks[0]).toMatchObject({ text: '到 2022 年，全市数字经济规模明显扩大，数字基础设施建设取得显著成效。' });
  });
  it('reads the department line that a page break split', () => {
    const { text, model, fidelity } = setup();
    const d = findBlock(model.parts, 'p3-1-dept');
    expect(d).toMatchObject({
      type: 'departments',
      line: lineOf(text, '（市交通运输局、市数据局牵头，市财政局等'),
      endLine: lineOf(text, '部门配合）'),
      leads: ['市交通运输局', '市数据局'],
      leadVerb: '牵头',
      partners: ['市财政局'],
      partnersOpenEnded: true,
    });
  });
  it('reads the indicators table with a spanning category', () => {
    const { text, model, fidelity } = setup();
    const t = findBlock(model.parts, model.indicators!);
    if (t?.type !== 'table') throw new Error('no indicators table');
    expect(t.caption).toBe('青川市数字经济主要指标');
    expect(t.years).toEqual([2019, 2022]);
    expect(t.rows.map((r) => [r.category, r.categoryPrinted, r.name, r.unit])).toEqual([
      ['规模效益', true, '数字经济核心产业增加值', '亿元'],
      ['规模效益', false, '软件业务收入增长', '%'],
      ['基础设施', true, '千兆宽带用户占比', '%'],
    ]);
    expect(t.rows[0].cells[1]).toMatchObject({ value: 200, comparator: '>' });
    expect(t.rows[1].cells[0]).toMatchObject({ value: null, printed: '—' });
    expect(t.rows[2].cells[0]).toMatchObject({ value: 8.5, year: 2018 });
  });
  it('is faithful: every non-whitespace character of the corrected source, in order', () => {
    const { text, model, fidelity } = setup();
    expect(fidelity.equal).toBe(true);
    // The only character a correction removes is the duplicated 产; variants replace one for one.
    expect(fidelity.sourceCharacters).toBe(nonWhitespaceCount(text) - 1);
    expect(fidelity.modelCharacters).toBe(fidelity.sourceCharacters);
    expect(model.stats.sourceCharacters).toBe(fidelity.sourceCharacters);
  });
  it('is deterministic and hashes the source bytes', () => {
    const { text, model, fidelity } = setup();
    const again = convertPlan(fixtureBytes(NAME), { file: NAME }).model;
    expect(again).toEqual(model);
    expect(model.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(convertPlan(encode(text.replace('000123', '000124')), { file: NAME }).model.source.sha256).not.toBe(model.source.sha256);
  });
  it('accepts CRLF line endings and a byte-order mark with the same model text', () => {
    const { text, model, fidelity } = setup();
    const crlf = convertPlan(encode(`\uFEFF${text.replace(/\n/g, '\r\n')}`), { file: NAME }).model;
    expect(crlf.stats).toEqual(model.stats);
    expect(crlf.parts).toEqual(model.parts);
  });
});

describe('convertPlan on bad input: refused where text may be lost, else read and reported', () => {
  it('rejects an empty file at line 1', () => {
    expectConvertError(() => convertFixture('bad-empty.txt'), 'bad-empty.txt', 1);
  });
  it('rejects non-UTF-8 bytes at the line that holds them', () => {
    const text = fixtureText(NAME);
    const line = lineOf(text, '（二）发展目标。');
    const lines = text.split('\n');
    const before = Buffer.from(lines.slice(0, line - 1).join('\n') + '\n（二）发展', 'utf8');
    // GBK bytes for 目标 in a UTF-8 file.
    const bytes = Buffer.concat([before, Buffer.from([0xc4, 0xbf, 0xb1, 0xea]), Buffer.from('。\n' + lines.slice(line).join('\n'), 'utf8')]);
    const e = expectConvertError(() => convertPlan(bytes, { file: 'gbk.txt' }), 'gbk.txt', line);
    expect(e.detail).toMatch(/UTF-8/);
  });
  it('reads a section numbered out of sequence as the next number of its level, noted at that heading', () => {
    // The minimal plan with its second measure numbered (三).
    const text = patchPlan(fixtureText('minimal-plan.txt'), { find: '(二) 加大资金支持。', replace: '(三) 加大资金支持。' });
    const line = lineOf(text, '(三) 加大资金支持。统筹用好各类专项资金，重点支持数字化改造项目。');
    const { model } = convertText(text, 'heading-sequence.txt');
    expect(observationEntries(model.reading)).toEqual([[line, 'outline', 'heading-sequence']]);
    expect(model.reading.observations[0].detail).toBe('heading (三) printed where （二） comes in sequence: read as number 2 of its level');
    expect(model.reading.unread).toEqual([]);
    const section = findNode(model.parts, 'p4-2')!;
    expect([section.line, section.number, section.heading.marker, section.heading.title]).toEqual([line, 2, '(三) ', '加大资金支持']);
    expect(model.measures.map((m) => [m.id, m.number, m.title])).toEqual([['p4-1', 1, '加强组织领导'], ['p4-2', 2, '加大资金支持']]);
  });
  it('reads a task section without a department line as a task without one, noted at its heading', () => {
    // The minimal plan with the department line of its task p3-2 blanked.
    const text = patchPlan(fixtureText('minimal-plan.txt'), { find: '（市商务局牵头负责）', replace: '' });
    const { model } = convertText(text, 'task-no-department.txt');
    expect(observationEntries(model.reading)).toEqual([[lineOf(text, '（二）拓展对外数字贸易。'), 'assignments', 'task-without-responsibility']]);
    expect(model.tasks.find((t) => t.id === 'p3-2')).toMatchObject({ title: '拓展对外数字贸易', leads: [], departmentLine: null });
  });
  it('keeps a department line with an unclosed parenthesis as a paragraph in its place, listed at that line', () => {
    // The minimal plan with the closing parenthesis of task p3-2's department line cut.
    const text = patchPlan(fixtureText('minimal-plan.txt'), { find: '（市商务局牵头负责）', replace: '（市商务局牵头负责' });
    const line = lineOf(text, '（市商务局牵头负责');
    const { model } = convertText(text, 'unclosed-department.txt');
    expect(unreadEntries(model.reading)).toEqual([[line, line, 'assignments', 'department-line']]);
    expect(model.reading.unread[0].detail).toBe('unclosed parenthesis in department line “（市商务局牵头负责”: kept as text');
    expect(findNode(model.parts, 'p3-2')!.blocks.map((b) => [b.id, b.type, b.line, 'text' in b ? b.text : null])).toEqual([
      ['p3-2-b1', 'paragraph', lineOf(text, '鼓励企业开展跨境电子商务，扩大数字服务出口。'), '鼓励企业开展跨境电子商务，扩大数字服务出口。'],
      ['p3-2-b2', 'paragraph', line, '（市商务局牵头负责'],
    ]);
    // The task it meant to assign is then a task without a responsibility, noted at its heading.
    expect(observationEntries(model.reading)).toEqual([[lineOf(text, '（二）拓展对外数字贸易。'), 'assignments', 'task-without-responsibility']]);
    expect(model.assignments.some((a) => a.node === 'p3-2')).toBe(false);
  });
  it('keeps a table whose row has the wrong number of cells as paragraphs, listed from its header to its last row', () => {
    // The minimal plan with one cell cut from the last row of its table of indicators.
    const text = patchPlan(fixtureText('minimal-plan.txt'), { find: '\t8.5 (2018 年)\t30', replace: '\t30' });
    const header = lineOf(text, '类别\t指 标\t2019 年\t2022 年');
    const row = lineOf(text, '基础设施\t千兆宽带用户占比(%)\t30');
    const { model } = convertText(text, 'table-cells.txt');
    expect(unreadEntries(model.reading)).toEqual([[header, row, 'outline', 'table']]);
    expect(model.reading.unread[0].detail).toBe(`line ${row}: table row has 3 cells, the header has 4: the rows are kept as text`);
    expect(findNode(model.parts, 'p1-2')!.blocks.map((b) => [b.type, b.line, 'text' in b ? b.text : null])).toEqual([
      ['paragraph', lineOf(text, '到 2022 年，全市数字经济规模明显扩大，数字基础设施建設取得显著成效。'), expect.stringMatching(/^到 2022 年，全市数字经济规模明显扩大/)],
      ['paragraph', lineOf(text, '青川市数字经济主要指标'), '青川市数字经济主要指标'],
      ['paragraph', header, '类别\t指 标\t2019 年\t2022 年'],
      ['paragraph', header + 1, '规模效益\t数字经济核心产业增加值(亿元)\t120\t>200'],
      ['paragraph', header + 2, '\t软件业务收入增长(%)\t—\t15'],
      ['paragraph', row, '基础设施\t千兆宽带用户占比(%)\t30'],
    ]);
    expect(model.indicators).toBeNull();
  });
  it('throws ConvertError, not a generic error', () => {
    expect(() => convertFixture('bad-empty.txt')).toThrow(ConvertError);
  });
});

describe('convertPlan on the real plan (content/sources/liaoning-2015-24.txt)', () => {
  // Converted once per run of this file, by its first test: the whole plan per test made a
  // mutation run an hour longer. Its later tests read the same model.
  let cached: ReturnType<typeof convertOnce> | undefined;
  const setup = () => (cached ??= convertOnce());
  const convertOnce = () => {
    const bytes = realPlanBytes();
    const text = new TextDecoder().decode(bytes);
    const { model, fidelity } = convertPlan(bytes, { file: 'liaoning-2015-24.txt', notes: realPlanNotes() });
    const deptNames = model.departments.map((d) => d.name);

    return { bytes, text, model, fidelity, deptNames };
  };
  it('is faithful to the corrected source', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    expect(fidelity.equal).toBe(true);
    expect(fidelity.sourceCharacters).toBe(nonWhitespaceCount(applyCorrections(text, model.corrections)));
  });
  it('has 4 parts and 5 sector groups of 11, 3, 3, 7 and 3 sectors', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    expect(model.parts).toHaveLength(4);
    expect(model.sectorGroups.map((g) => g.sectors.length)).toEqual([11, 3, 3, 7, 3]);
  });
  it('has 10 tasks and 14 distinct departments', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    expect(model.tasks).toHaveLength(10);
    expect(new Set(deptNames).size).toBe(14);
    expect(deptNames).toHaveLength(14);
  });
  it('lists the departments in order of first appearance', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    expect(deptNames).toEqual([
      '省经济和信息化委', '省科技厅', '省发展改革委', '省教育厅', '省人力资源社会保障厅',
      '省财政厅', '省国土资源厅', '省环保厅', '省政府金融办', '省通信管理局',
      '省质监局', '省工商局', '省国资委', '省外经贸厅',
    ]);
  });
  it('has 8 indicator rows in 4 categories', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    const t = findBlock(model.parts, model.indicators!);
    if (t?.type !== 'table') throw new Error('no indicators table');
    expect(t.rows).toHaveLength(8);
    expect([...new Set(t.rows.map((r) => r.category))]).toEqual(['经济规模', '结构调整', '科技创新', '绿色发展']);
    expect(model.stats.indicatorRows).toBe(8);
    expect(model.stats.indicatorCategories).toBe(4);
  });
  it('reads the envelope', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    expect(model.meta).toMatchObject({ issuer: '辽宁省人民政府', docNumber: '辽政发〔2015〕24号', copyNumber: '000871', issuedDate: '2015-07-27' });
  });
  it('corrects the variants 設→设 and 爾→尔', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    const variants = model.corrections.filter((c) => c.kind === 'variant-character');
    expect(variants.some((c) => c.before === '設' && c.after === '设')).toBe(true);
    expect(variants.some((c) => c.before === '爾' && c.after === '尔')).toBe(true);
  });
  it('removes the duplicated 产 at line 111 and 级。 at line 212', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    const dups = model.corrections.filter((c) => c.kind === 'duplicated-characters');
    expect(dups).toContainEqual(expect.objectContaining({ line: 111, column: 0, before: '产', after: '' }));
    expect(dups).toContainEqual(expect.objectContaining({ line: 212, column: 0, before: '级。', after: '' }));
  });
  it('joins 发展水|平 across the page break after line 41', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    const lines = text.split('\n');
    const join = model.corrections.find((c) => c.kind === 'page-break-join' && c.line === 41)!;
    expect(join).toBeDefined();
    expect(lines[40].slice(0, join.column).endsWith('发展水')).toBe(true);
    expect(lines[42].startsWith('平')).toBe(true);
    const item = model.parts[0].children[1].children[1];
    expect(item.blocks[0]).toMatchObject({ type: 'paragraph', text: expect.stringContaining('发展水平作为转型升级') });
  });
  it('leaves 大力发展战略北斗导航系统 unchanged and notes it', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    const holder = [...walkParagraphs(model)].find((p) => p.text.includes('大力发展战略北斗导航系统'));
    expect(holder).toBeDefined();
    expect(model.notes).toContainEqual(expect.objectContaining({ paragraph: holder!.id }));
    expect(model.notes).toContainEqual(expect.objectContaining({ line: 174, text: '大力发展战略北斗导航系统' }));
    expect(model.corrections.some((c) => c.line === 174 && c.kind !== 'variant-character')).toBe(false);
  });
  it('does not count 抄送 recipients such as 沈阳军区 as departments', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    expect(model.meta.ccRecipients).toContain('沈阳军区');
    for (const r of model.meta.ccRecipients) expect(deptNames).not.toContain(r);
  });
  it('reads 提升开放合作水平 as 牵头负责 with no partners', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    const task = model.tasks.find((t) => t.title === '提升开放合作水平')!;
    expect(task).toMatchObject({ partners: [], partnersOpenEnded: false });
    expect(findBlock(model.parts, task.departmentLine!)).toMatchObject({ leadVerb: '牵头负责', partners: [] });
  });
  it('finds the leading group office host and flags that department', () => {
    const { bytes, text, model, fidelity, deptNames } = setup();
    expect(model.leadingGroup?.officeHost).toBe('省经济和信息化委');
    const host = model.departments.find((d) => d.name === '省经济和信息化委')!;
    expect(host.hostsLeadingGroupOffice).toBe(true);
    expect(model.leadingGroup?.officeHostId).toBe(host.id);
    expect(model.departments.filter((d) => d.hostsLeadingGroupOffice)).toHaveLength(1);
  });
});
