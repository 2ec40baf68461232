import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { printedSegments } from '../../../src/lib/model/text.ts';
import { convertFixture, fixtureText } from '../../support/plans.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

describe('printedSegments', () => {
  let model: PlanModel;
  beforeAll(() => {
    ({ model } = convertFixture('minimal-plan.txt'));
  });
  // Rebuilt inside each test, not at collection time, so a mutation test sees printedSegments run.
  let segments: string[];
  beforeEach(() => {
    segments = printedSegments(model);
  });

  it('starts with the envelope in printed order', () => {
    expect(segments.slice(0, 5)).toEqual([
      '000123',
      '青川市人民政府文件',
      '青政发〔2020〕3号',
      '青川市人民政府关于印发 青川市数字经济提速行动方案的通知',
      '各区县人民政府，市政府各委、办、局：',
    ]);
  });
  it('ends with the closing lines', () => {
    expect(segments.slice(-3)).toEqual(['抄送：市委各部门，市人大常委会办公厅，青川军分区。', '青川市人民政府办公厅', '2020年3月1日印发']);
  });
  it('rebuilds headings from marker, title and terminator', () => {
    expect(segments).toContain('(二) 推动传统行业数字化。');
    expect(segments).toContain('一、总体安排');
  });
  it('prints a blank for a category cell that spans rows', () => {
    const i = segments.indexOf('软件业务收入增长(%)');
    expect(segments[i - 1]).toBe('');
  });
  it('without whitespace, equals the fixture with its repairs applied by hand', () => {
    const byHand = fixtureText('minimal-plan.txt').replace('設', '设').replace('数字产\n\n产业', '数字产业');
    expect(segments.join('').replace(/\s+/g, '')).toBe(byHand.replace(/\s+/g, ''));
  });
});

describe('printedSegments of a plan without the optional envelope lines', () => {
  it('leaves out what the plan does not print (no 份号, 此件公开发布, 抄送, office or date, no table caption)', () => {
    const { model } = convertFixture('minimal-plan.txt');
    const m = structuredClone(model);
    m.meta.copyNumber = null;
    m.meta.publicationNote = null;
    m.meta.cc = null;
    m.meta.issuingOffice = null;
    m.meta.issuedDatePrinted = null;
    const segments = printedSegments(m);
    expect(segments).not.toContain(null);
    expect(segments[0]).toBe('青川市人民政府文件');
    // The plan's last paragraph is then the last thing printed.
    expect(segments.at(-1)).toBe('统筹用好各类专项资金，重点支持数字化改造项目。');
    expect(segments).not.toContain('(此件公开发布)');
    expect(printedSegments(model)).toContain('(此件公开发布)');
  });
  it('prints a table’s caption before its header, and nothing for a table without one', () => {
    const { model } = convertFixture('minimal-plan.txt');
    const table = model.parts[0].children[1].blocks.find((b) => b.type === 'table')!;
    if (table.type !== 'table') throw new Error('no table');
    const withCaption = printedSegments(model);
    expect(withCaption[withCaption.indexOf(table.header[0]) - 1]).toBe(table.caption);
    table.caption = null;
    const without = printedSegments(model);
    expect(without.length).toBe(withCaption.length - 1);
    expect(without).not.toContain(null);
  });
});
