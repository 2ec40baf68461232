/**
 * Negative fixtures. An input that may have lost text (a file cut short, an envelope never closed)
 * stops the converter with FILE:LINE; a line it cannot place is kept as text where it is printed
 * and listed in the model's reading report at its line, never a quiet page.
 */
import { describe, expect, it } from 'vitest';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { findNode } from '../../../src/lib/model/walk.ts';
import { convertText, encode, expectConvertError, fixtureBytes, fixtureText, lineOf, observationEntries, patchPlan, unreadEntries } from '../../support/plans.ts';

const convert = (name: string, conventions = {}) => convertPlan(fixtureBytes(name), { file: name, conventions });
/** The duty-lines plan without its closing envelope (抄送 to 印发): only page furniture follows the text. */
const unclosedEnvelope = () => patchPlan(fixtureText('duty-lines-plan.txt'), { find: '抄送：省委各部门，省人大常委会办公厅，省政协办公厅。\n\n青川省人民政府办公厅\n\n2019年3月15日印发\n', replace: '' });

describe('incomplete files', () => {
  it('a file cut inside a sentence names its last line', () => {
    const name = 'bad-truncated.txt';
    const last = fixtureText(name).trimEnd().split('\n').length;
    expect(expectConvertError(() => convert(name), name, last).detail).toMatch(/ends inside a sentence/);
  });
  it('an envelope that is opened but never closed names the last line of text (the page furniture after it is not text)', () => {
    const name = 'unclosed-envelope.txt';
    const text = unclosedEnvelope();
    const last = lineOf(text, '（二）强化督促检查。省政府督查室对重点任务落实情况开展督查。');
    expect(expectConvertError(() => convertText(text, name), name, last).detail).toMatch(/never closes/);
  });
  it('a known excerpt converts, and the model carries the reviewed note every page shows', () => {
    const { model } = convertPlan(encode(unclosedEnvelope()), { file: 'unclosed-envelope.txt', conventions: { excerpt: '本文件为节选，仅含正文。' } });
    expect(model.excerpt).toBe('本文件为节选，仅含正文。');
    expect(model.meta.cc).toBeNull();
  });
});

describe('text the converter cannot place, and conventions it cannot apply', () => {
  it('a 分工表 row whose task is no heading of the body is read on the table, never on a guessed heading, and noted at its row', () => {
    // The 分工表 plan with row 4 naming a task no heading has.
    const text = patchPlan(fixtureText('division-table-plan.txt'), { find: '4\t培育系统解决方案供应商\t', replace: '4\t培育工业软件企业\t' });
    const row = lineOf(text, '4\t培育工业软件企业\t省工业和信息化厅\t省科技厅\t长期坚持');
    const { model } = convertText(text, 'table-unmatched-row.txt');
    expect(model.reading.unread).toEqual([]);
    // The section the row may have meant is a task without a responsibility, noted at its heading.
    const section = lineOf(text, '（三）培育系统解决方案供应商。支持软件企业和装备企业联合提供智能制造系统解决方案。');
    expect(observationEntries(model.reading)).toEqual([[section, 'assignments', 'task-without-responsibility'], [row, 'attachments', 'attachment-row']]);
    expect(model.reading.observations[1].detail).toMatch(/^row 4 of the 分工表 names a task that is no heading of the document body \(“培育工业软件企业”\)/);
    const grid = model.parts.find((p) => p.role === 'attachment')!.blocks[0];
    expect(grid.type === 'grid' && grid.rows.map((r) => [r.line, r.node])).toEqual([[42, 'p2-1'], [44, 'p2-2-1'], [45, 'p2-2-2'], [row, null]]);
    const nameOf = (id: string) => model.departments.find((d) => d.id === id)!.name;
    const onTable = model.assignments.find((a) => a.line === row)!;
    expect([onTable.node, onTable.task, onTable.level, onTable.leads.map(nameOf), onTable.partners.map(nameOf), onTable.deadline]).toEqual(['a1', null, 'part', ['省工业和信息化厅'], ['省科技厅'], '长期坚持']);
    expect(model.tasks.find((t) => t.id === 'p2-3')).toMatchObject({ leads: [], assignments: [] });
  });
  it('a 完成时限 line that follows no department line stays a paragraph in its place and is listed', () => {
    // The duty-lines plan with a 完成时限 line right under a section heading, no department line before it.
    const text = patchPlan(fixtureText('duty-lines-plan.txt'), { find: '（三）扩大开放合作。\n', replace: '（三）扩大开放合作。\n\n完成时限：2019年底前\n' });
    const line = lineOf(text, '完成时限：2019年底前');
    const { model } = convertText(text, 'deadline-alone.txt');
    expect(unreadEntries(model.reading)).toEqual([[line, line, 'assignments', 'deadline-line']]);
    expect(model.reading.observations).toEqual([]);
    const section = findNode(model.parts, 'p2-3')!;
    expect(section.heading.title).toBe('扩大开放合作');
    expect(section.blocks.map((b) => [b.type, b.line, 'text' in b ? b.text : null])).toEqual([
      ['paragraph', line, '完成时限：2019年底前'],
      ['paragraph', lineOf(text, '鼓励企业开展国际产能合作，支持在沿海地区建设国际合作产业园。'), '鼓励企业开展国际产能合作，支持在沿海地区建设国际合作产业园。'],
      ['departments', lineOf(text, '（省商务厅牵头，省发展改革委、省外事办等部门配合）'), '（省商务厅牵头，省发展改革委、省外事办等部门配合）'],
    ]);
    // The section's own department line carries no deadline: the stray line is not attached to it.
    expect(model.assignments.find((a) => a.node === 'p2-3')).toMatchObject({ deadline: null });
  });
  it('a running head listed in the conventions that the text does not print', () => {
    expectConvertError(() => convert('duty-lines-plan.txt', { runningHeads: ['某某公报'] }), 'duty-lines-plan.txt', 1);
  });
  it('conventions with an unknown key are refused', () => {
    expect(() => convert('duty-lines-plan.txt', { leadrule: 'first-listed' })).toThrow();
  });
});
