/**
 * The envelope rules one at a time, on short inline texts: the three openings (official, reprint,
 * none), wrapped titles, the closing lines read from the end, and each refusal with its line.
 */
import { describe, expect, it } from 'vitest';
import { readEnvelope } from '../../../src/lib/convert/meta.ts';
import { expectConvertError, logical } from '../helpers.ts';

const F = 'm.txt';
const lines = (...texts: string[]) => logical(texts.map((t, i) => [t, i + 1]));
const OPENING = ['某市人民政府文件', '某政发〔2021〕7号', '某市人民政府关于印发某方案的通知', '各部门：', '现印发给你们，请遵照执行。'];

describe('the official opening', () => {
  it('reads a notice title wrapped over three lines up to its kind word, and keeps its line breaks', () => {
    const { meta } = readEnvelope(F, lines('某市人民政府文件', '某政发〔2021〕7号', '某市人民政府关于印发', '某市推进工业转型升级', '实施方案的通知', '各部门：', '现印发。', '某方案', '一、总则'));
    expect(meta.noticeTitlePrinted).toEqual({ text: '某市人民政府关于印发\n某市推进工业转型升级\n实施方案的通知', line: 3, endLine: 5 });
    expect(meta.noticeTitle).toBe('某市人民政府关于印发某市推进工业转型升级实施方案的通知');
    expect(meta.addressees?.line).toBe(6);
  });
  it('refuses a notice title that does not end in a kind word within three lines, at its first line', () => {
    expectConvertError(() => readEnvelope(F, lines('某市人民政府文件', '某政发〔2021〕7号', '某市人民政府关于', '印发某市', '推进工业', '转型升级', '各部门：')), F, 3);
  });
  it('refuses a notice that ends before the plan title, and a plan without a part heading', () => {
    expectConvertError(() => readEnvelope(F, lines(...OPENING, '请遵照执行，谢谢。')), F, 6);
    expectConvertError(() => readEnvelope(F, lines(...OPENING, '某方案', '为推进工作，制定本方案。')), F, 7);
  });
  it('refuses a copy number that no masthead follows, and an opening with a heading where the plan title should be', () => {
    expectConvertError(() => readEnvelope(F, lines('000123', '关于印发某方案的通知', '一、总则')), F, 2);
    expectConvertError(() => readEnvelope(F, lines(...OPENING, '一、总则')), F, 6);
  });
});

describe('the reprint opening', () => {
  it('starts at a notice title with the 文号 under it, the issuer before 关于', () => {
    const { meta } = readEnvelope(F, lines('国务院关于印发', '某规划的通知', '国发〔2030〕8号', '各省、自治区、直辖市人民政府：', '现印发。', '某规划', '一、总则'));
    expect(meta).toMatchObject({ masthead: null, issuer: '国务院', docNumber: '国发〔2030〕8号', docNumberLine: 3, noticeTitle: '国务院关于印发某规划的通知' });
  });
  it('has no issuer when the title does not name one', () => {
    const { meta } = readEnvelope(F, lines('印发某规划的通知', '国发〔2030〕8号', '各部门：', '现印发。', '某规划', '一、总则'));
    expect(meta.issuer).toBeNull();
  });
  it('is not a reprint when the 文号 is more than three title lines down, or a sentence comes first', () => {
    const far = readEnvelope(F, lines('某规划', '（2016—2020年）', '第三行', '第四行', '国发〔2030〕8号', '一、总则'));
    expect(far.meta.docNumber).toBeNull();
    expect(far.meta.planTitle).toBe('某规划（2016—2020年）');
    const sentence = readEnvelope(F, lines('为推进工作，制定本规划。', '国发〔2030〕8号', '一、总则'));
    expect(sentence.meta).toMatchObject({ docNumber: null, planTitle: '为推进工作，制定本规划。' });
  });
});

describe('a plan text without a notice', () => {
  it('reads the plan title with its period line and a title that stopped before its kind word, at most three lines', () => {
    const { meta, preamble } = readEnvelope(F, lines('某省推进工业转型升级', '实施方案', '（2016—2020年）', '为推进工作，制定本方案。', '一、总则'));
    expect(meta).toMatchObject({ planTitle: '某省推进工业转型升级实施方案（2016—2020年）', planTitleLine: 1, noticeTitle: null, addressees: null, issuer: null });
    expect(preamble.map((p) => [p.id, p.line])).toEqual([['preamble-b1', 4]]);
    const four = readEnvelope(F, lines('某省', '推进方案', '实施方案', '行动计划', '一、总则'));
    expect(four.meta.planTitle).toBe('某省推进方案实施方案');
    expect(four.preamble.map((p) => p.text)).toEqual(['行动计划']);
  });
  it('reads a period printed with spaces and other dashes, but not a line that is only a year', () => {
    expect(readEnvelope(F, lines('某规划', '( 2016 ~ 2020 年 )', '一、总则')).meta.planTitle).toBe('某规划( 2016 ~ 2020 年 )');
    expect(readEnvelope(F, lines('某规划', '（2016年）', '一、总则')).preamble.map((p) => p.text)).toEqual(['（2016年）']);
  });
});

describe('the closing lines, read from the end', () => {
  const closing = (...tail: string[]) => readEnvelope(F, lines(...OPENING, '某方案', '一、总则', '（一）推进工作。', ...tail));
  it('reads a date without 印发, with spaces, as an ISO date', () => {
    const { meta } = closing('某市人民政府办公室', '2021 年 1 月 2 日');
    expect(meta).toMatchObject({ issuedDate: '2021-01-02', issuingOffice: { text: '某市人民政府办公室', line: 9 }, issuedDatePrinted: { line: 10 } });
  });
  it('takes no issuing office from a heading, a sentence, the 抄送 line or the body start', () => {
    expect(closing('（二）加强保障', '2021年1月2日印发').meta.issuingOffice).toBeNull();
    expect(closing('推进工作，加强保障。', '2021年1月2日印发').meta.issuingOffice).toBeNull();
    const cc = closing('抄送：甲，乙。', '2021年1月2日印发');
    expect(cc.meta.issuingOffice).toBeNull();
    expect(cc.meta.cc?.line).toBe(9);
    const bare = readEnvelope(F, lines('某规划', '一、总则', '2021年1月2日'));
    expect(bare.meta.issuingOffice).toBeNull();
    expect(bare.body.map((l) => l.text)).toEqual(['一、总则']);
  });
  it('splits the 抄送 recipients at every list mark and drops the closing stop', () => {
    const { meta, body } = closing('抄送：省委办公厅、省人大办公厅, 省政协办公厅，省法院.', '某市政府办公厅', '2021年1月2日印发');
    expect(meta.ccRecipients).toEqual(['省委办公厅', '省人大办公厅', '省政协办公厅', '省法院']);
    expect(body.map((l) => l.line)).toEqual([7, 8]);
  });
  it('reads an indented 抄送 line, and refuses text between it and the office', () => {
    expect(closing('  抄送：甲。', '2021年1月2日印发').meta.ccRecipients).toEqual(['甲']);
    expectConvertError(() => closing('抄送：甲。', '另有一段，在此。', '某办公厅', '2021年1月2日印发'), F, 10);
  });
});
