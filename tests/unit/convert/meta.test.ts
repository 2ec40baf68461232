import { describe, expect, it } from 'vitest';
import { collapseTitleSpaces, readEnvelope } from '../../../src/lib/convert/meta.ts';
import { readLines } from '../../../src/lib/convert/read.ts';
import { ReadingLog } from '../../../src/lib/convert/reading.ts';
import { repair } from '../../../src/lib/convert/repair.ts';
import { encode, fixtureText, lineOf, logical, observationEntries } from '../../support/plans.ts';

const NAME = 'minimal-plan.txt';
const envelopeOf = (t: string, file = NAME) => readEnvelope(repair(readLines(encode(t), file)).lines);

describe('readEnvelope on the fixture plan', () => {
  let text = '';
  const setup = () => {
    text = fixtureText(NAME);
    const { meta, preamble, body, form } = envelopeOf(text);

    return { meta, preamble, body, form };
  };
  it('reads the form of a notice that 印发s a plan', () => {
    expect(setup().form).toBe('notice-plan');
  });
  it('reads the copy number on its own line', () => {
    const { meta, preamble, body } = setup();
    expect(meta.copyNumber).toBe('000123');
    expect(meta.copyNumberLine).toBe(lineOf(text, '000123'));
  });
  it('takes the issuer from the masthead minus 文件', () => {
    const { meta, preamble, body } = setup();
    expect(meta.masthead?.text).toBe('青川市人民政府文件');
    expect(meta.issuer).toBe('青川市人民政府');
  });
  it('reads the document number and its line', () => {
    const { meta, preamble, body } = setup();
    expect(meta.docNumber).toBe('青政发〔2020〕3号');
    expect(meta.docNumberLine).toBe(lineOf(text, '青政发〔2020〕3号'));
  });
  it('keeps the printed notice title and collapses the space a line break left', () => {
    const { meta, preamble, body } = setup();
    expect(meta.noticeTitlePrinted?.text).toBe('青川市人民政府关于印发 青川市数字经济提速行动方案的通知');
    expect(meta.noticeTitle).toBe('青川市人民政府关于印发青川市数字经济提速行动方案的通知');
  });
  it('reads the addressees and the two notice paragraphs', () => {
    const { meta, preamble, body } = setup();
    expect(meta.addressees?.text).toBe('各区县人民政府，市政府各委、办、局：');
    expect(meta.noticeBody.map((p) => p.id)).toEqual(['notice-b1', 'notice-b2']);
    expect(meta.noticeBody[1].text).toContain('办公室设在市商务局');
  });
  it('reads the publication note and the plan title', () => {
    const { meta, preamble, body } = setup();
    expect(meta.publicationNote?.text).toBe('(此件公开发布)');
    expect(meta.planTitle).toBe('青川市数字经济提速行动方案');
    expect(meta.planTitleLine).toBe(lineOf(text, '青川市数字经济提速行动方案'));
  });
  it('reads the preamble up to the first part, joined across its line break', () => {
    const { meta, preamble, body } = setup();
    expect(preamble.map((p) => p.text)).toEqual(['为加快培育数字经济新动能，结合本市实际，制定本行动方案。']);
  });
  it('reads the issued date as an ISO date and keeps the printed line', () => {
    const { meta, preamble, body } = setup();
    expect(meta.issuedDate).toBe('2020-03-01');
    expect(meta.issuedDatePrinted?.text).toBe('2020年3月1日印发');
    expect(meta.issuingOffice?.text).toBe('青川市人民政府办公厅');
  });
  it('lists the 抄送 recipients without the trailing 。', () => {
    const { meta, preamble, body } = setup();
    expect(meta.cc?.line).toBe(lineOf(text, '抄送：市委各部门，市人大常委会办公厅，青川军分区。'));
    expect(meta.ccRecipients).toEqual(['市委各部门', '市人大常委会办公厅', '青川军分区']);
  });
  it('returns the body from the first part heading to before 抄送', () => {
    const { meta, preamble, body } = setup();
    expect(body[0].text).toBe('一、总体安排');
    expect(body[body.length - 1].text).toBe('(二) 加大资金支持。统筹用好各类专项资金，重点支持数字化改造项目。');
  });
});

describe('readEnvelope without the optional lines', () => {
  it('has no copy number, publication note or closing lines when none are printed', () => {
    const t = ['某市人民政府文件', '某政发〔2021〕7号', '关于印发某方案的通知', '各部门：', '现印发给你们，请遵照执行。', '某方案', '一、总则'].join('\n');
    const { meta, body } = envelopeOf(t, 'short.txt');
    expect(meta).toMatchObject({ copyNumber: null, copyNumberLine: null, publicationNote: null, cc: null, ccRecipients: [], issuedDate: null, issuingOffice: null });
    expect(body.map((l) => l.text)).toEqual(['一、总则']);
  });
});

describe('readEnvelope on an envelope missing a piece: read, never refused', () => {
  const lines = (...texts: string[]) => logical(texts.map((t, i) => [t, i + 1]));
  it('reads a notice without a masthead from its title and the 文号 under it', () => {
    const log = new ReadingLog();
    const { meta, form, body } = readEnvelope(lines('000123', '某市人民政府通报', '某政发〔2021〕7号'), undefined, log);
    expect(form).toBe('notice');
    expect(meta).toMatchObject({ copyNumber: '000123', masthead: null, issuer: null, docNumber: '某政发〔2021〕7号', docNumberLine: 3, noticeTitle: '某市人民政府通报', planTitle: '某市人民政府通报', planTitleLine: 2 });
    expect(body).toEqual([]);
    expect(observationEntries(log)).toEqual([[3, 'outline', 'no-parts']]);
  });
  it('reads a masthead with no document number after it', () => {
    const { meta, form } = readEnvelope(lines('某市人民政府文件', '关于印发某方案的通知', '一、总则'));
    expect(form).toBe('notice-plan');
    expect(meta).toMatchObject({ masthead: { text: '某市人民政府文件', line: 1, endLine: 1 }, issuer: '某市人民政府', docNumber: null, docNumberLine: null, noticeTitle: '关于印发某方案的通知' });
  });
  it('reads no addressees from a line without ：', () => {
    const { meta } = readEnvelope(lines('某市人民政府文件', '某政发〔2021〕7号', '关于印发某方案的通知', '各部门'));
    expect(meta).toMatchObject({ docNumber: '某政发〔2021〕7号', noticeTitle: '关于印发某方案的通知', addressees: null });
  });
  it('keeps the text after the plan title as preamble when no part heading follows, and notes it', () => {
    const log = new ReadingLog();
    const { meta, preamble, body } = readEnvelope(lines('某市人民政府文件', '某政发〔2021〕7号', '关于印发某方案的通知', '各部门：', '某方案', '没有正文，只有这一段。'), undefined, log);
    expect(meta).toMatchObject({ addressees: { text: '各部门：', line: 4 }, planTitle: '某方案', planTitleLine: 5 });
    expect(preamble.map((p) => [p.id, p.line, p.text])).toEqual([['preamble-b1', 6, '没有正文，只有这一段。']]);
    expect(body).toEqual([]);
    expect(observationEntries(log)).toEqual([[6, 'outline', 'no-parts']]);
    expect(log.unread).toEqual([]);
  });
  it('ends the closing at text between 抄送 and the issuing office: the 抄送 line stays in the body', () => {
    const { meta, body } = readEnvelope(lines('某市人民政府文件', '某政发〔2021〕7号', '关于印发某方案的通知', '各部门：', '某方案', '一、总则', '抄送：甲，乙。', '多余的一段，不该在此。', '某市政府办公厅', '2021年1月2日印发'));
    expect(meta).toMatchObject({ cc: null, ccRecipients: [], issuingOffice: { text: '某市政府办公厅', line: 9 }, issuedDatePrinted: { text: '2021年1月2日印发', line: 10 }, issuedDate: '2021-01-02' });
    expect(body.map((l) => [l.line, l.text])).toEqual([[6, '一、总则'], [7, '抄送：甲，乙。'], [8, '多余的一段，不该在此。']]);
  });
  it('calls a document without a title line （无标题）, and notes it', () => {
    const log = new ReadingLog();
    const { meta, form, preamble, body } = readEnvelope(lines('为做好工作，现提出以下意见。', '一、总则', '推进。'), undefined, log);
    expect(form).toBe('document');
    expect(meta).toMatchObject({ planTitle: '（无标题）', planTitleLine: null, noticeTitle: null });
    expect(preamble.map((p) => p.line)).toEqual([1]);
    expect(body.map((l) => l.line)).toEqual([2, 3]);
    expect(observationEntries(log)).toEqual([[1, 'envelope', 'no-title']]);
  });
});

describe('collapseTitleSpaces', () => {
  it('removes spaces between Chinese characters but not around Latin text', () => {
    expect(collapseTitleSpaces('关于印发 某方案的通知')).toBe('关于印发某方案的通知');
    expect(collapseTitleSpaces('《中国制造 2025》')).toBe('《中国制造 2025》');
  });
});
