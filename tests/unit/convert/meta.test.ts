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

const lines = (...texts: string[]) => logical(texts.map((t, i) => [t, i + 1]));
const OPENING = ['某市人民政府文件', '某政发〔2021〕7号', '某市人民政府关于印发某方案的通知', '各部门：', '现印发给你们，请遵照执行。'];

describe('the official opening', () => {
  it('reads a notice title wrapped over three lines up to its kind word, and keeps its line breaks', () => {
    const { meta } = readEnvelope(lines('某市人民政府文件', '某政发〔2021〕7号', '某市人民政府关于印发', '某市推进工业转型升级', '实施方案的通知', '各部门：', '现印发。', '某方案', '一、总则'));
    expect(meta.noticeTitlePrinted).toEqual({ text: '某市人民政府关于印发\n某市推进工业转型升级\n实施方案的通知', line: 3, endLine: 5 });
    expect(meta.noticeTitle).toBe('某市人民政府关于印发某市推进工业转型升级实施方案的通知');
    expect(meta.addressees?.line).toBe(6);
  });
  it('reads a notice title of four lines that the addressees close, whatever its last word, as the document itself', () => {
    const { meta, form } = readEnvelope(lines('某市人民政府文件', '某政发〔2021〕7号', '某市人民政府关于', '印发某市', '推进工业', '转型升级', '各部门：'));
    expect(meta.noticeTitlePrinted).toEqual({ text: '某市人民政府关于\n印发某市\n推进工业\n转型升级', line: 3, endLine: 6 });
    expect(meta.addressees?.line).toBe(7);
    // No kind word (通知): the title announces no 印发, so the notice is the document (an opinion).
    expect(form).toBe('opinion');
    expect(meta).toMatchObject({ planTitle: '某市人民政府关于印发某市推进工业转型升级', planTitleLine: 3 });
  });
  it('reads a notice that ends before the plan title as the document, and a plan without a part heading as preamble', () => {
    const endsLog = new ReadingLog();
    const ends = readEnvelope(lines(...OPENING, '请遵照执行，谢谢。'), undefined, endsLog);
    expect(ends.meta.noticeBody.map((p) => [p.id, p.line])).toEqual([['notice-b1', 5], ['notice-b2', 6]]);
    expect(ends.meta).toMatchObject({ planTitle: '某市人民政府关于印发某方案的通知', planTitleLine: 3 });
    expect(observationEntries(endsLog)).toEqual([[6, 'outline', 'no-parts']]);
    const noPartsLog = new ReadingLog();
    const noParts = readEnvelope(lines(...OPENING, '某方案', '为推进工作，制定本方案。'), undefined, noPartsLog);
    expect(noParts.meta).toMatchObject({ planTitle: '某方案', planTitleLine: 6 });
    expect(noParts.preamble.map((p) => [p.id, p.line, p.text])).toEqual([['preamble-b1', 7, '为推进工作，制定本方案。']]);
    expect(noParts.body).toEqual([]);
    expect(observationEntries(noPartsLog)).toEqual([[7, 'outline', 'no-parts']]);
  });
  it('reads a copy number that no masthead follows, and a notice whose plan title is missing before the first heading', () => {
    const copy = readEnvelope(lines('000123', '关于印发某方案的通知', '一、总则'));
    expect(copy.form).toBe('plan');
    expect(copy.meta).toMatchObject({ copyNumber: '000123', copyNumberLine: 1, masthead: null, noticeTitle: null, planTitle: '关于印发某方案的通知', planTitleLine: 2 });
    expect(copy.body.map((l) => l.line)).toEqual([3]);
    const untitled = readEnvelope(lines(...OPENING, '一、总则'));
    expect(untitled.form).toBe('notice-plan');
    expect(untitled.meta).toMatchObject({ planTitle: '某市人民政府关于印发某方案的通知', planTitleLine: 3 });
    expect(untitled.meta.noticeBody.map((p) => p.line)).toEqual([5]);
    expect(untitled.body.map((l) => l.line)).toEqual([6]);
  });
});

describe('the reprint opening', () => {
  it('starts at a notice title with the 文号 under it, the issuer before 关于', () => {
    const { meta } = readEnvelope(lines('国务院关于印发', '某规划的通知', '国发〔2030〕8号', '各省、自治区、直辖市人民政府：', '现印发。', '某规划', '一、总则'));
    expect(meta).toMatchObject({ masthead: null, issuer: '国务院', docNumber: '国发〔2030〕8号', docNumberLine: 3, noticeTitle: '国务院关于印发某规划的通知' });
  });
  it('has no issuer when the title does not name one', () => {
    const { meta } = readEnvelope(lines('印发某规划的通知', '国发〔2030〕8号', '各部门：', '现印发。', '某规划', '一、总则'));
    expect(meta.issuer).toBeNull();
  });
  it('is not a reprint when the 文号 is more than four title lines down, or a sentence comes first', () => {
    const four = readEnvelope(lines('某规划', '（2016—2020年）', '第三行', '第四行', '国发〔2030〕8号', '一、总则'));
    expect(four.meta).toMatchObject({ docNumber: '国发〔2030〕8号', noticeTitlePrinted: { line: 1, endLine: 4 } });
    const far = readEnvelope(lines('某规划', '第二行', '第三行', '第四行', '第五行', '国发〔2030〕8号', '一、总则'));
    expect(far.form).toBe('plan');
    expect(far.meta).toMatchObject({ docNumber: null, noticeTitle: null, planTitle: '某规划', planTitleLine: 1 });
    expect(far.preamble.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    const sentence = readEnvelope(lines('为推进工作，制定本规划。', '国发〔2030〕8号', '一、总则'));
    expect(sentence.form).toBe('document');
    expect(sentence.meta).toMatchObject({ docNumber: null, planTitle: '（无标题）', planTitleLine: null });
    expect(sentence.preamble.map((p) => [p.line, p.text])).toEqual([[1, '为推进工作，制定本规划。'], [2, '国发〔2030〕8号']]);
  });
});

describe('a plan text without a notice', () => {
  it('reads the plan title with its period line, and the fewest title lines that end in a kind word', () => {
    const { meta, preamble } = readEnvelope(lines('某省推进工业转型升级', '实施方案', '（2016—2020年）', '为推进工作，制定本方案。', '一、总则'));
    expect(meta).toMatchObject({ planTitle: '某省推进工业转型升级实施方案（2016—2020年）', planTitleLine: 1, noticeTitle: null, addressees: null, issuer: null });
    expect(preamble.map((p) => [p.id, p.line])).toEqual([['preamble-b1', 4]]);
    // The fewest lines that end with a document word; the first line alone when none does.
    const shortest = readEnvelope(lines('某省', '推进方案', '实施方案', '行动计划', '一、总则'));
    expect(shortest.meta.planTitle).toBe('某省推进方案');
    expect(shortest.preamble.map((p) => p.text)).toEqual(['实施方案', '行动计划']);
    const none = readEnvelope(lines('某省', '推进', '工作', '行动', '一、总则'));
    expect(none.meta).toMatchObject({ planTitle: '某省', planTitleLine: 1 });
    expect(none.preamble.map((p) => p.text)).toEqual(['推进', '工作', '行动']);
  });
  it('reads a period printed with spaces and other dashes, but not a line that is only a year', () => {
    expect(readEnvelope(lines('某规划', '( 2016 ~ 2020 年 )', '一、总则')).meta.planTitle).toBe('某规划( 2016 ~ 2020 年 )');
    expect(readEnvelope(lines('某规划', '（2016年）', '一、总则')).preamble.map((p) => p.text)).toEqual(['（2016年）']);
  });
});

describe('the closing lines, read from the end', () => {
  const closing = (...tail: string[]) => readEnvelope(lines(...OPENING, '某方案', '一、总则', '（一）推进工作。', ...tail));
  it('reads a date without 印发, with spaces, as a signature and its ISO date', () => {
    const { meta } = closing('某市人民政府办公室', '2021 年 1 月 2 日');
    expect(meta.signatures).toEqual([{ signer: { text: '某市人民政府办公室', line: 9, endLine: 9 }, date: { text: '2021 年 1 月 2 日', line: 10, endLine: 10 }, isoDate: '2021-01-02' }]);
    expect(meta).toMatchObject({ issuedDate: null, issuingOffice: null, issuedDatePrinted: null });
  });
  it('reads an issuing office and its 印发 date, with spaces, as an ISO date', () => {
    const { meta } = closing('某市人民政府办公室', '2021 年 1 月 2 日印发');
    expect(meta).toMatchObject({ issuedDate: '2021-01-02', issuingOffice: { text: '某市人民政府办公室', line: 9 }, issuedDatePrinted: { line: 10 }, signatures: [] });
  });
  it('takes no issuing office from a heading, a sentence, the 抄送 line or the body start', () => {
    expect(closing('（二）加强保障', '2021年1月2日印发').meta.issuingOffice).toBeNull();
    expect(closing('推进工作，加强保障。', '2021年1月2日印发').meta.issuingOffice).toBeNull();
    const cc = closing('抄送：甲，乙。', '2021年1月2日印发');
    expect(cc.meta.issuingOffice).toBeNull();
    expect(cc.meta.cc?.line).toBe(9);
    const bare = readEnvelope(lines('某规划', '一、总则', '2021年1月2日'));
    expect(bare.meta.issuingOffice).toBeNull();
    expect(bare.body.map((l) => l.text)).toEqual(['一、总则']);
  });
  it('splits the 抄送 recipients at every list mark and drops the closing stop', () => {
    const { meta, body } = closing('抄送：省委办公厅、省人大办公厅, 省政协办公厅，省法院.', '某市政府办公厅', '2021年1月2日印发');
    expect(meta.ccRecipients).toEqual(['省委办公厅', '省人大办公厅', '省政协办公厅', '省法院']);
    expect(body.map((l) => l.line)).toEqual([7, 8]);
  });
  it('reads an indented 抄送 line, and ends the closing at text between it and the office', () => {
    expect(closing('  抄送：甲。', '2021年1月2日印发').meta.ccRecipients).toEqual(['甲']);
    const { meta, body } = closing('抄送：甲。', '另有一段，在此。', '某办公厅', '2021年1月2日印发');
    expect(meta).toMatchObject({ cc: null, ccRecipients: [], issuingOffice: { text: '某办公厅', line: 11 }, issuedDate: '2021-01-02' });
    // The 抄送 line and the text after it stay in the body, as printed.
    expect(body.map((l) => [l.line, l.text])).toEqual([[7, '一、总则'], [8, '（一）推进工作。'], [9, '抄送：甲。'], [10, '另有一段，在此。']]);
  });
});
