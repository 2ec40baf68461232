/**
 * Read, don't refuse: the forms, heading levels and responsibility notations real documents print,
 * one short document each (portal copies: one paragraph a line). Each asserts what is read and, for
 * what cannot be read, that it stays text in place and is listed.
 */
import { describe, expect, it } from 'vitest';
import { findNode, walkParagraphs } from '../../../src/lib/model/walk.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';
import { convertText, expectConvertError, fixtureText, patchPlan } from '../../support/plans.ts';

const OPINION_HEAD = ['江临省人民政府关于推进示范工作的意见', '江政发〔2020〕3号', '各市人民政府，省政府各部门：', '为推进示范工作，现提出以下意见：'];
const CLOSING = ['江临省人民政府', '2020年4月1日', '（此件公开发布）'];
const opinion = (...body: string[]) => convertText([...OPINION_HEAD, ...body, ...CLOSING].join('\n')).model;

function duties(model: PlanModel) {
  const name = new Map(model.departments.map((d) => [d.id, d.name]));
  return model.assignments.map((a) => ({
    node: a.node,
    notation: a.notation,
    rule: a.leadRule,
    leads: a.leads.map((id) => name.get(id)),
    partners: a.partners.map((id) => name.get(id)),
    open: a.partnersOpenEnded,
  }));
}

describe('document forms', () => {
  it('a 意见: the notice title is the document title, the body follows the addressees, the signature closes it', () => {
    const model = opinion('一、总体要求', '坚持示范引领。', '二、主要任务', '（一）建设示范区。推进建设。（省发展改革委负责）');
    expect(model.reading.form).toBe('opinion');
    expect(model.meta.planTitle).toBe('江临省人民政府关于推进示范工作的意见');
    expect(model.meta.planTitleLine).toBe(model.meta.noticeTitlePrinted?.line);
    expect(model.meta.noticeBody).toEqual([]);
    expect(model.preamble.map((p) => p.text)).toEqual(['为推进示范工作，现提出以下意见：']);
    expect(model.meta.signatures.map((s) => [s.signer?.text, s.date.text, s.isoDate])).toEqual([['江临省人民政府', '2020年4月1日', '2020-04-01']]);
    expect(model.meta.publicationNote?.text).toBe('（此件公开发布）');
    expect(model.meta.issuedDate).toBeNull();
  });

  it('a 通知 that 印发s a plan, as a portal copies it: signature, date and （此件公开发布） before the plan title, no 抄送', () => {
    const model = convertText([
      '江临省人民政府办公厅关于印发江临省示范工作方案的通知', '江政办发〔2020〕8号', '各市人民政府：', '现将《江临省示范工作方案》印发给你们，请认真贯彻执行。',
      '江临省人民政府办公厅', '2020年5月6日', '（此件公开发布）', '江临省示范工作方案', '一、工作目标', '到2022年建成示范区。',
    ].join('\n')).model;
    expect(model.reading.form).toBe('notice-plan');
    expect(model.meta.planTitle).toBe('江临省示范工作方案');
    expect(model.meta.noticeBody.map((p) => p.text)).toEqual(['现将《江临省示范工作方案》印发给你们，请认真贯彻执行。']);
    expect(model.meta.signatures[0].isoDate).toBe('2020-05-06');
    expect(model.meta.cc).toBeNull();
  });

  it('a 通知 whose body is the measures, a 批复 without parts, and a 转发 notice with the forwarded title', () => {
    const notice = convertText(['江临省人民政府办公厅关于做好防汛工作的通知', '各市人民政府：', '现就有关事项通知如下：', '一、压实责任', '各地要落实责任。'].join('\n')).model;
    expect([notice.reading.form, notice.parts.length, notice.meta.docNumber]).toEqual(['notice', 1, null]);
    const reply = convertText(['江临省人民政府关于同意设立示范区的批复', '江政函〔2020〕2号', '临江市人民政府：', '你市请示收悉。同意设立示范区。', '此复。', '江临省人民政府', '二〇二〇年六月一日'].join('\n')).model;
    expect([reply.reading.form, reply.parts.length, reply.meta.signatures[0].isoDate]).toEqual(['reply', 0, '2020-06-01']);
    expect(reply.reading.observations.map((o) => o.code)).toEqual(['no-parts']);
    expect(reply.preamble.map((p) => p.text)).toEqual(['你市请示收悉。同意设立示范区。', '此复。']);
    const forward = convertText([
      '江临省人民政府办公厅转发省发展改革委', '关于示范工作意见的通知', '江政办发〔2020〕9号', '各市人民政府：', '省发展改革委《关于示范工作的意见》已经省政府同意，现转发给你们。',
      '江临省人民政府办公厅', '2020年7月1日', '关于示范工作的意见', '一、总体要求', '稳步推进。', '省发展改革委', '2020年6月20日',
    ].join('\n')).model;
    expect([forward.reading.form, forward.meta.planTitle]).toEqual(['forward', '关于示范工作的意见']);
    expect(forward.meta.signatures.map((s) => [s.signer?.text, s.isoDate])).toEqual([['江临省人民政府办公厅', '2020-07-01'], ['省发展改革委', '2020-06-20']]);
  });

  it('PDF closings: office and 印发 date on one line, 公开方式 and a copy number anywhere in the envelope', () => {
    const model = convertText([
      '000215', '公开方式：主动公开', '江临省人民政府文件', '江政发〔2020〕1号', '江临省人民政府关于印发示范方案的通知', '各市人民政府：', '现将示范方案印发给你们。',
      '示范方案', '一、目标', '建成示范区。', '抄送：省委各部门。', '江临省人民政府办公厅   2020年3月5日印发',
    ].join('\n')).model;
    expect(model.meta).toMatchObject({ copyNumber: '000215', issuedDate: '2020-03-05', issuingOffice: null });
    expect(model.meta.issuedDatePrinted?.text).toBe('江临省人民政府办公厅   2020年3月5日印发');
    expect(model.meta.otherLines.map((l) => l.line)).toEqual([2]);
    expect(model.meta.cc?.text).toBe('抄送：省委各部门。');
  });

  it('a document without any title converts and says so', () => {
    const model = convertText('为推进示范工作，特作如下安排。\n一、目标\n建成示范区。').model;
    expect([model.reading.form, model.meta.planTitleLine]).toEqual(['document', null]);
    expect(model.reading.observations.map((o) => o.code)).toContain('no-title');
  });

  it('still refuses where text may be lost: a file cut inside a sentence, an official copy that never closes', () => {
    expectConvertError(() => convertText([...OPINION_HEAD, '一、总体要求', '坚持示范引领，推进'].join('\n'), 'cut.txt'), 'cut.txt', 6);
    expectConvertError(() => convertText(['江临省人民政府文件', '江政发〔2020〕1号', '江临省人民政府关于示范的通知', '各市人民政府：', '一、目标', '建成示范区。'].join('\n'), 'open.txt'), 'open.txt', 6);
  });
});

describe('heading levels as printed', () => {
  it('reads —— directly under （一） and 1. directly under 一、 one level up, and notes it', () => {
    const model = opinion('一、主要任务', '（一）建设示范区', '——建设园区。', '——建设平台。', '二、保障措施', '1.加强领导。', '2.加强考核。', '（一）强化督查。');
    expect([...model.parts[0].children[0].children].map((c) => [c.kind, c.heading.marker])).toEqual([['item', '——'], ['item', '——']]);
    expect(model.parts[1].children.map((s) => [s.kind, s.heading.marker.trim()])).toEqual([['section', '1.'], ['section', '2.'], ['section', '（一）']]);
    expect(model.reading.observations.filter((o) => o.code === 'heading-level').length).toBeGreaterThanOrEqual(2);
    expect(model.reading.unread).toEqual([]);
  });

  it('numbers （三） under 二、 on from （二） under 一、 without a note, and reads a number out of sequence in place, noted', () => {
    const on = opinion('一、甲', '（一）子甲。', '（二）子乙。', '二、乙', '（三）子丙。');
    expect(on.parts[1].children.map((s) => s.id)).toEqual(['p2-1']);
    expect(on.reading.observations).toEqual([]);
    const off = opinion('一、甲', '（一）子甲。', '（三）子丙。');
    expect(off.parts[0].children.map((s) => [s.id, s.heading.marker])).toEqual([['p1-1', '（一）'], ['p1-2', '（三）']]);
    expect(off.reading.observations.map((o) => [o.code, o.line])).toEqual([['heading-sequence', 7]]);
  });

  it('notes a marker seen for the first time that is not the first of its level (（一） after a —— item)', () => {
    const model = opinion('一、甲', '——丁。', '（一）乙。');
    expect(model.parts[0].children.map((s) => [s.id, s.heading.marker])).toEqual([['p1-1', '——'], ['p1-2', '（一）']]);
    expect(model.reading.observations.map((o) => [o.code, o.line])).toContainEqual(['heading-sequence', 7]);
  });

  it('keeps a 抄送 line that text follows as text of the body, listed as unread', () => {
    const model = convertText(['江临省人民政府关于示范的通知', '江政发〔2020〕1号', '各市人民政府：', '一、目标', '建成示范区。', '抄送：省委各部门。', '附：联系人和电话。', '江临省人民政府办公厅', '2020年3月5日印发'].join('\n')).model;
    expect(model.meta.cc).toBeNull();
    expect(model.reading.unread.map((u) => [u.code, u.line])).toEqual([['closing', 6]]);
    expect([...walkParagraphs(model)].map((p) => p.text)).toContain('抄送：省委各部门。');
  });

  it('keeps a heading nested below four levels as text of the heading above, listed as unread', () => {
    const model = opinion('一、甲', '（一）乙', '1.丙', '（1）丁', '①戊的内容。');
    const clause = findNode(model.parts, 'p1-1-1-c1')!;
    expect(clause.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['①戊的内容。']);
    expect(model.reading.unread.map((u) => [u.code, u.line])).toEqual([['heading-too-deep', 9]]);
  });

  it('reads 第一章/第一条 and a 预案’s decimal outline, and takes a 目录 for text before the body', () => {
    const regulation = opinion('第一章　总　　则', '第一条　为了规范管理，制定本办法。', '第二条　本办法适用于全省。', '第二章　附　　则', '第三条　本办法自印发之日起施行。');
    expect(regulation.parts.map((p) => p.children.map((s) => s.heading.marker.trim()))).toEqual([['第一条', '第二条'], ['第三条']]);
    const plan = opinion('目　　录', '1　总则', '2　组织', '1　总则', '1.1　编制目的', '为了做好应急工作。', '2　组织', '2.1　指挥部', '指挥部负责统一领导。');
    expect(plan.preamble.map((p) => p.text)).toEqual(['为推进示范工作，现提出以下意见：', '目　　录', '1　总则', '2　组织']);
    expect(plan.parts.map((p) => [p.heading.title, p.children.map((s) => s.heading.title)])).toEqual([['总则', ['编制目的']], ['组织', ['指挥部']]]);
  });
});

describe('responsibilities as real documents print them', () => {
  it('（A、B、C负责，排在第一位的部门为牵头部门，下同）: the stated rule governs it and every later list', () => {
    const model = opinion('一、任务', '1.甲。推进甲。（省商务厅、省财政厅负责，排在第一位的部门为牵头部门，下同）', '2.乙。推进乙。（省财政厅、省商务厅、省税务局负责）');
    expect(duties(model).map((d) => [d.rule, d.leads, d.partners])).toEqual([
      ['first-listed', ['省商务厅'], ['省财政厅']],
      ['first-listed', ['省财政厅'], ['省商务厅', '省税务局']],
    ]);
    expect(model.leadRule).toMatchObject({ rule: 'first-listed', source: 'stated', paragraph: 'p1-1-dept' });
  });

  it('（A、B负责。列第一位者为牵头单位，下同） is stated too, and （A负责） names one lead', () => {
    const model = opinion('一、任务', '（一）甲。推进甲。（省商务厅、省财政厅负责。列第一位者为牵头单位，下同）', '（二）乙。推进乙。（省税务局负责）');
    expect(duties(model).map((d) => [d.leads, d.partners])).toEqual([[['省商务厅'], ['省财政厅']], [['省税务局'], []]]);
    expect(model.leadRule?.source).toBe('stated');
  });

  it('（A牵头，B、C等按职责分工负责）, （A牵头，B参与） and （A、B按职责分工负责）', () => {
    const model = opinion('一、任务', '（一）甲。推进甲。（省商务厅牵头，省财政厅、省税务局等按职责分工负责）', '（二）乙。推进乙。（省商务厅牵头，省财政厅参与）', '（三）丙。推进丙。（省商务厅、各市人民政府按职责分工负责）');
    expect(duties(model).map((d) => [d.rule, d.leads, d.partners, d.open])).toEqual([
      ['printed', ['省商务厅'], ['省财政厅', '省税务局'], true],
      ['printed', ['省商务厅'], ['省财政厅'], false],
      ['all-responsible', ['省商务厅', '各市人民政府'], [], false],
    ]);
  });

  it('（牵头单位：A；责任单位：B、C） closing an item, and 〔责任单位：A、B按职责分工负责。…下同。〕', () => {
    const model = opinion('一、任务', '（一）甲。推进甲。（牵头单位：省商务厅；责任单位：省财政厅、省税务局）', '（二）乙。推进乙。〔责任单位：省商务厅、省财政厅按职责分工负责。具体任务均涉及各市人民政府，下同。〕');
    expect(duties(model).map((d) => [d.notation, d.rule, d.leads, d.partners])).toEqual([
      ['lead-partner-line', 'printed', ['省商务厅'], ['省财政厅', '省税务局']],
      ['responsibility-line', 'all-responsible', ['省商务厅', '省财政厅'], []],
    ]);
  });

  it('sentences: 由A会同B负责…, A会同B研究提出…, 由A牵头，B配合, and …的问题，由A会同B等部门负责落实', () => {
    const model = opinion(
      '一、任务',
      '（一）甲。由省商务厅会同省财政厅负责推进。',
      '（二）乙。省发展改革委会同省水利厅研究提出了办理意见。',
      '（三）丙。由省水利厅牵头，省气象局配合，做好抗旱准备。',
      '（四）丁。对设施老化的问题，由省水利厅会同省财政厅等部门负责落实。',
    );
    expect(duties(model).map((d) => [d.node, d.notation, d.leads, d.partners, d.open])).toEqual([
      ['p1-1', 'sentence', ['省商务厅'], ['省财政厅'], false],
      ['p1-2', 'sentence', ['省发展改革委'], ['省水利厅'], false],
      ['p1-3', 'sentence', ['省水利厅'], ['省气象局'], false],
      ['p1-4', 'sentence', ['省水利厅'], ['省财政厅'], true],
    ]);
  });

  it('never reads a responsibility from a sentence whose subject is a class of bodies or a past action', () => {
    const model = opinion('一、任务', '（一）甲。各级财政部门要会同有关方面研究制定办法。', '（二）乙。省扶贫办已会同省交通厅进行了实地调查。');
    expect(model.assignments).toEqual([]);
  });

  it('reads 各地区、各有关部门 and 各省级人民政府 as other and local parties, never as departments', () => {
    const model = opinion('一、任务', '（一）甲。推进甲。（各地区、各有关部门按职责分工负责）', '（二）乙。推进乙。（各省级人民政府负责）');
    const kind = new Map(model.departments.map((d) => [d.name, d.kind]));
    expect([kind.get('各地区'), kind.get('各有关部门'), kind.get('各省级人民政府')]).toEqual(['other', 'other', 'local-government']);
  });

  it('splits a paragraph at each parenthesis that closes a sentence, each responsible for its passage', () => {
    const model = opinion('一、任务', '（一）甲。推进准入改革。（省市场监管局负责）加强创业教育。（省教育厅、省人社厅负责）');
    const section = findNode(model.parts, 'p1-1')!;
    expect(section.blocks.map((b) => [b.type, 'text' in b ? b.text : ''])).toEqual([
      ['paragraph', '推进准入改革。'],
      ['departments', '（省市场监管局负责）'],
      ['paragraph', '加强创业教育。'],
      ['departments', '（省教育厅、省人社厅负责）'],
    ]);
    expect(model.assignments.map((a) => a.scope)).toEqual(['passage', 'passage']);
    expect(model.tasks[0].leads).toEqual([]);
  });

  it('a partner line completes the lead line above it; an unreadable duty line stays text and is listed', () => {
    const model = opinion('一、任务', '（一）甲', '推进甲。', '牵头责任单位：省商务厅。', '协同责任单位：省财政厅、省税务局等。', '（二）乙', '推进乙。', '（省商务厅牵头负责', '（三）丙', '推进丙。', '（省商务厅牵头）');
    expect(duties(model).map((d) => [d.node, d.leads, d.partners, d.open])).toEqual([
      ['p1-1', ['省商务厅'], ['省财政厅', '省税务局'], true],
      ['p1-3', ['省商务厅'], [], false],
    ]);
    expect(model.reading.unread.map((u) => [u.code, u.line])).toEqual([['department-line', 12]]);
    expect([...walkParagraphs(model)].some((p) => p.text === '（省商务厅牵头负责')).toBe(true);
  });

  it('责任单位：A牵头，B、C配合 reads who leads from its words, and a heading may end in its responsibility', () => {
    const model = opinion('一、任务', '（一）甲。推进甲。（责任单位：省商务厅牵头，省财政厅、省税务局配合）', '（二）推进乙工作（省财政厅牵头，省商务厅参与）', '推进乙。');
    expect(duties(model).map((d) => [d.node, d.notation, d.rule, d.leads, d.partners])).toEqual([
      ['p1-1', 'responsibility-line', 'printed', ['省商务厅'], ['省财政厅', '省税务局']],
      ['p1-2', 'trailing-parenthesis', 'printed', ['省财政厅'], ['省商务厅']],
    ]);
    expect(model.parts[0].children[1].heading.title).toBe('推进乙工作');
  });
});

describe('a 分工表 row whose task is worded otherwise than any heading', () => {
  it('is read as the table’s responsibility, on the attachment, and noted', async () => {
    // The 分工表 plan with row 4 naming a task no heading has.
    const { model } = convertText(patchPlan(fixtureText('division-table-plan.txt'), { find: '4\t培育系统解决方案供应商\t', replace: '4\t培育工业软件企业\t' }), 'table-unmatched-row.txt');
    const row = duties(model).find((d) => d.node === 'a1')!;
    expect(row).toMatchObject({ notation: 'attachment-table', leads: ['省工业和信息化厅'], partners: ['省科技厅'] });
    expect(model.assignments.find((a) => a.node === 'a1')?.task).toBeNull();
    expect(model.reading.observations.map((o) => [o.code, o.line])).toContainEqual(['attachment-row', 46]);
    expect(model.reading.unread).toEqual([]);
  });
});
