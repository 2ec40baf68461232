/**
 * The reading report (识别说明, /<plan>/report/): how the converter read a document, for readers.
 * Expected departments, lines and texts are read off the fixture files.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Paragraph, PlanModel } from '../../../src/lib/model/schema.ts';
import { readingView, ruleLabel } from '../../../src/lib/site/views/reading.ts';
import { walkNodes } from '../../../src/lib/model/walk.ts';
import { bundledModel } from '../../support/bundled-model.ts';
import { convertFixture, fixtureText } from '../../support/plans.ts';

const lineOf = (file: string, start: string) => fixtureText(file).split('\n').findIndex((l) => l.startsWith(start)) + 1;

let opinion: PlanModel;
let pdf: PlanModel;
let table: PlanModel;
let traditional: PlanModel;
let bundled: PlanModel;
beforeAll(() => {
  bundled = bundledModel();
  opinion = convertFixture('corpus/city-opinion.txt').model;
  pdf = convertFixture('corpus/province-plan-pdf.txt').model;
  table = convertFixture('corpus/province-table-portal.txt').model;
  traditional = convertFixture('corpus/city-opinion-traditional.txt').model;
});

describe('readingView', () => {
  it('names the form in words, and says when the copy is in traditional characters', () => {
    expect(readingView(opinion).form).toBe('意见、决定、若干措施等（标题即文件名）');
    expect(readingView(pdf).form).toBe('印发方案（规划、办法等）的通知');
    expect(readingView(opinion).traditional).toBe(false);
    expect(readingView(traditional).traditional).toBe(true);
  });

  it('counts what was read, and shows responsibilities and unread lines even at zero', () => {
    const v = readingView(table);
    const count = (label: string) => v.counts.find((c) => c.label === label);
    expect(count('部分')?.value).toBe(3);
    expect(count('附件')?.value).toBe(1);
    expect(count('重点任务')?.value).toBe(table.tasks.length);
    expect(count('责任分工')).toEqual({ label: '责任分工', value: 3, always: true });
    expect(count('未识别而保留为正文的行')).toEqual({ label: '未识别而保留为正文的行', value: 0, always: true });
    expect(count('文本校正')?.always).toBeUndefined();
    expect(readingView(pdf).counts.find((c) => c.label === '文本校正')?.value).toBe(pdf.corrections.length);
    expect(v.byNotation).toEqual([{ label: '附件分工表', value: 3 }]);
    expect(readingView(opinion).byNotation).toEqual([{ label: '括号注明', value: 5 }, { label: '句中写明', value: 1 }]);
  });

  it('each responsibility with where it is printed, how it was read, its departments linked and its deadline', () => {
    const [first, second] = readingView(opinion).responsibilities;
    expect(first).toMatchObject({
      where: '——建设临港物流园区，推进铁水、公铁多式联运',
      notation: '括号注明',
      rule: '原文写明牵头与配合',
      leads: [{ name: '市交通运输局', href: '/city-opinion/departments/shi-jiao-tong-yun-shu-ju/' }],
      partnersOpenEnded: false,
      deadline: null,
      passage: false,
      jointly: false,
    });
    expect(first.partners.map((p) => p.name)).toEqual(['市发展改革委', '临港区人民政府']);
    expect(first.href).toMatch(/^\/city-opinion\/tasks\/p2-1\/#p2-1-1-/);
    // （市商务局负责）: one body, no stated rule.
    expect(second.rule).toBe('按惯例以排在第一位的为牵头单位（原文未说明）');
    // （市财政局、市税务局按职责分工负责）: each responsible, none leading.
    const joint = readingView(opinion).responsibilities.find((r) => r.where.includes('扶持中小企业'))!;
    expect(joint.jointly).toBe(true);
    expect(joint.rule).toBe('原文写明按职责分工负责，不分牵头');
    expect([...joint.leads, ...joint.partners].map((p) => p.name).sort()).toEqual(['市税务局', '市财政局'].sort());
  });

  it('a 分工表 row links to its row on the attachment page, with the row’s deadline', () => {
    const [row] = readingView(table).responsibilities;
    expect(row.where).toBe('（一） 培育新型消费');
    expect(row.href).toBe('/province-table-portal/attachments/a1/#a1-b1-r1');
    expect(row.notation).toBe('附件分工表');
    expect(row.deadline).toBe('2023年底前');
    expect(row.leads.map((p) => p.name)).toEqual(['省商务厅']);
  });

  it('an unusual reading shows its line, its reason and, inside a paragraph, the paragraph’s start and its place in 原文', () => {
    const F = 'corpus/province-plan-pdf.txt';
    // The fixture's 保障措施 sections are measures (no task, so no such note): one is put on the heading line.
    const noted = { ...pdf, reading: { ...pdf.reading, observations: [{ line: lineOf(F, '（二）加大资金支持。'), pass: 'assignments' as const, code: 'task-without-responsibility' as const, detail: '' }] } };
    const obs = readingView(noted).observations.find((o) => o.label.startsWith('这一项没有写明责任单位'))!;
    expect(obs.line).toBe(lineOf(F, '（二）加大资金支持。'));
    expect(obs.text).toBe('省财政统筹相关专项资金予以支持。');
    expect(obs.href).toMatch(/^\/province-plan-pdf\/plan\/#p3-2-/);
    // A heading line is no paragraph: no text and no link.
    const skipped = readingView(opinion).observations[0];
    const skippedLine = lineOf('corpus/city-opinion.txt', '——建设临港物流园区');
    expect(skipped).toEqual({ line: skippedLine, where: `第 ${skippedLine} 行`, label: '标题跳过了一级（如“（一）”下直接是“——”），按实际嵌套读取', text: null, href: null });
  });

  it('shows what each part is read as, and the 目录 entry by entry with the page of the heading it lists', () => {
    const long = convertFixture('corpus/long-plan.txt').model;
    const v = readingView(long);
    expect(v.parts.map((p) => [p.label, p.role, p.href])).toEqual([
      ['第一章 发展基础与形势', '总体要求（形势、思路、原则、目标）', '/long-plan/parts/p1/'],
      ['第二章 总体要求', '总体要求（形势、思路、原则、目标）', '/long-plan/parts/p2/'],
      ['第三章 重点任务', '重点任务', '/long-plan/parts/p3/'],
      ['第四章 保障措施', '保障措施', '/long-plan/parts/p4/'],
    ]);
    expect(v.contents!.slice(0, 2)).toEqual([
      { marker: '第一章', title: '发展基础与形势', page: '1', href: '/long-plan/parts/p1/' },
      { marker: '第一节', title: '发展基础', page: '1', href: '/long-plan/parts/p1/' },
    ]);
    expect(v.contents!.find((e) => e.title === '夯实数字基础设施')?.href).toBe('/long-plan/tasks/p3-1/');
    expect(readingView(pdf).contents).toBeNull();
  });

  it('an unread line is listed with its reason, and the start of its paragraph cut at 40 characters', () => {
    const F = 'corpus/province-plan-pdf.txt';
    // The bundled plan's first outline paragraph longer than 40 characters, at its last line.
    const para = [...walkNodes(bundled.parts)].flatMap((n) => n.blocks).find((b): b is Paragraph => b.type === 'paragraph' && [...b.text.trim()].length > 40)!;
    const withUnread = { ...bundled, reading: { ...bundled.reading, unread: [{ line: para.endLine, endLine: para.endLine, pass: 'assignments' as const, code: 'department-line' as const, detail: '' }] } };
    const [u] = readingView(withUnread).unread;
    expect(u.line).toBe(para.endLine);
    expect(u.label).toBe('责任分工的写法未能识别，作为正文保留，未计入分工');
    expect(u.text).toBe(`${[...para.text.trim()].slice(0, 40).join('')}…`);
    expect(u.href).toBe(`/liaoning-2015-24/plan/#${para.id}`);
    // A line outside every paragraph (the title) has neither.
    const title = { ...pdf, reading: { ...pdf.reading, unread: [{ line: lineOf(F, '江临省工业互联网创新发展实施方案'), endLine: lineOf(F, '江临省工业互联网创新发展实施方案'), pass: 'envelope' as const, code: 'title' as const, detail: '' }] } };
    expect(readingView(title).unread[0]).toMatchObject({ label: '标题未能识别，保留为正文', text: null, href: null });
  });
});

describe('ruleLabel', () => {
  it('says how leads were told apart: printed, all responsible, stated rule, or the convention', () => {
    expect(ruleLabel({ leadRule: 'printed' }, { leadRule: null })).toBe('原文写明牵头与配合');
    expect(ruleLabel({ leadRule: 'all-responsible' }, { leadRule: null })).toBe('原文写明按职责分工负责，不分牵头');
    expect(ruleLabel({ leadRule: 'first-listed' }, { leadRule: { source: 'stated' } as PlanModel['leadRule'] })).toBe('原文规定：排在第一位的为牵头单位');
    expect(ruleLabel({ leadRule: 'first-listed' }, { leadRule: null })).toBe('按惯例以排在第一位的为牵头单位（原文未说明）');
  });
});
