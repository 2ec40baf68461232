import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlanRecordSchema, type PlanModel, type PortalRecord } from '../../../src/lib/model/schema.ts';
import { interpretations, officialLinks, planDates, planStatus, portalRows } from '../../../src/lib/site/views/record.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { bundledModel } from '../../support/bundled-model.ts';
import { realPlanBytes, root } from '../../support/plans.ts';

let real: PlanModel;
beforeAll(() => {
  real = bundledModel();
});
const PAGE = 'https://www.ln.gov.cn/web/zwgkx/zfwj/szfwj/2015/1.html';
const portal = (over: Partial<PortalRecord> = {}): PortalRecord => ({ indexNumber: '11210000001268/2015-00024', topic: '工业、交通', issuer: '辽宁省人民政府', writtenDate: '2015-07-27', title: null, docNumber: '辽政发〔2015〕24号', publishedDate: '2015-08-05', subjectWords: null, url: PAGE, ...over });

describe('the bundled plan\'s record', () => {
  it('is the reviewed file beside the source, read into the model: 未标注, nothing else claimed', () => {
    const file = PlanRecordSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'sources', 'liaoning-2015-24.record.json'), 'utf8')));
    expect(real.record).toEqual(file);
    expect(file.status).toBe('未标注');
    expect([file.basis, file.publishedDate, file.sourceUrl, file.originalFile]).toEqual([null, null, null, null]);
  });
  it('is kept by the converter as it is given, and null without one', () => {
    const record = PlanRecordSchema.parse({ status: '已修改', basis: { kind: 'document', docNumber: '辽政发〔2018〕3号' } });
    expect(convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt', record }).model.record).toEqual(record);
    expect(convertPlan(realPlanBytes(), { file: 'liaoning-2015-24.txt' }).model.record).toBeNull();
  });
});

describe('planStatus', () => {
  it('is 未标注 without a record or a basis: never inferred from the dates', () => {
    expect(planStatus({ record: null })).toEqual({ status: '未标注', basis: null, basisHref: null });
    expect(planStatus(real)).toEqual({ status: '未标注', basis: null, basisHref: null });
  });
  it('says what a recorded status rests on: the later document, or the portal\'s words and the day read', () => {
    const doc = PlanRecordSchema.parse({ status: '已失效', basis: { kind: 'document', docNumber: '辽政发〔2020〕5号', title: '关于废止部分文件的决定', url: PAGE } });
    expect(planStatus({ record: doc })).toEqual({ status: '已失效', basis: '依据：《关于废止部分文件的决定》（辽政发〔2020〕5号）', basisHref: PAGE });
    const by = PlanRecordSchema.parse({ status: '现行有效', basis: { kind: 'portal', statement: '有效', url: PAGE, checked: '2026-12-01' } });
    expect(planStatus({ record: by })).toEqual({ status: '现行有效', basis: '依据：门户网站标注“有效”（2026年12月1日查阅）', basisHref: PAGE });
  });
});

describe('planDates', () => {
  it('keeps 成文日期 and 发布日期 apart: the text gives only the first', () => {
    expect(planDates(real)).toEqual({ written: { text: '2015年7月27日', iso: '2015-07-27', source: '原文' }, published: null });
  });
  it('takes each from the curated record first, then the portal\'s record as printed', () => {
    const withPortal = { ...real, portalRecord: portal({ writtenDate: '2015年07月27日', publishedDate: '2015年8月5日' }) };
    expect(planDates(withPortal)).toEqual({
      written: { text: '2015年07月27日', iso: '2015-07-27', source: '门户网站' },
      published: { text: '2015年8月5日', iso: '2015-08-05', source: '门户网站' },
    });
    const record = PlanRecordSchema.parse({ publishedDate: '2015-08-03', writtenDate: '2015-07-26' });
    expect(planDates({ ...withPortal, record })).toEqual({
      written: { text: '2015年7月26日', iso: '2015-07-26', source: '本站记录' },
      published: { text: '2015年8月3日', iso: '2015-08-03', source: '本站记录' },
    });
    // A portal date that is not a date is shown as printed, with no ISO form.
    expect(planDates({ ...real, portalRecord: portal({ publishedDate: '见正文' }) }).published).toEqual({ text: '见正文', iso: null, source: '门户网站' });
  });
});

describe('officialLinks, portalRows, interpretations', () => {
  it('the official page from the record, else the address the portal page states; the file only from the record', () => {
    expect(officialLinks(real)).toEqual({ page: null, file: null });
    expect(officialLinks({ record: null, portalRecord: portal() })).toEqual({ page: PAGE, file: null });
    const record = PlanRecordSchema.parse({ sourceUrl: 'https://www.ln.gov.cn/a.html', originalFile: { url: 'https://www.ln.gov.cn/a.pdf', format: 'PDF' } });
    expect(officialLinks({ record, portalRecord: portal() })).toEqual({ page: 'https://www.ln.gov.cn/a.html', file: { url: 'https://www.ln.gov.cn/a.pdf', format: 'PDF' } });
  });
  it('lists the portal\'s values in its order, only those it prints', () => {
    expect(portalRows(null)).toEqual([]);
    expect(portalRows(portal())).toEqual([
      { label: '索引号', value: '11210000001268/2015-00024' }, { label: '主题分类', value: '工业、交通' }, { label: '发文机关', value: '辽宁省人民政府' },
      { label: '成文日期', value: '2015-07-27' }, { label: '发文字号', value: '辽政发〔2015〕24号' }, { label: '发布日期', value: '2015-08-05' },
    ]);
  });
  it('gives the 政策解读 of the record with their sources', () => {
    expect(interpretations(real)).toEqual([]);
    const record = PlanRecordSchema.parse({ interpretations: [{ title: '《实施方案》解读', url: PAGE, source: '辽宁省工业和信息化厅' }] });
    expect(interpretations({ record })).toEqual([{ title: '《实施方案》解读', url: PAGE, source: '辽宁省工业和信息化厅' }]);
  });
});
