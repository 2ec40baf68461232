import { describe, expect, it } from 'vitest';
import { compareRecord, isoDate, sameWords } from '../../../src/lib/convert/record.ts';
import { ReadingLog } from '../../../src/lib/convert/reading.ts';
import type { Meta, PortalRecord } from '../../../src/lib/model/schema.ts';

const record = (r: Partial<PortalRecord>): PortalRecord => ({ indexNumber: null, topic: null, issuer: null, writtenDate: null, title: null, docNumber: null, publishedDate: null, subjectWords: null, url: null, ...r });
const line = (text: string, n: number) => ({ line: n, endLine: n, text });
const meta = (m: Partial<Meta>): Meta => ({
  docNumber: null, docNumberLine: null, noticeTitle: null, noticeTitlePrinted: null, planTitle: '（无标题）', planTitleLine: null, issuer: null, masthead: null, signatures: [], ...m,
}) as Meta;

describe('isoDate and sameWords', () => {
  it('reads the portal’s and the document’s ways of printing a date', () => {
    expect(isoDate('2019年01月22日')).toBe('2019-01-22');
    expect(isoDate('2019年1月2日')).toBe('2019-01-02');
    expect(isoDate('2019-02-14')).toBe('2019-02-14');
    expect(isoDate('２０１９年１月２２日')).toBe('2019-01-22');
    expect(isoDate('二〇一九年一月')).toBeNull();
  });
  it('compares as a reader does: brackets’ shapes, widths and spaces do not count, words do', () => {
    expect(sameWords('国办发〔2019〕6号', '国办发[2019]6号')).toBe(true);
    expect(sameWords('国办发〔2019〕6号', '国办发（2019） 6号')).toBe(true);
    expect(sameWords('国办发〔2019〕6号', '国办发〔2019〕7号')).toBe(false);
  });
});

describe('compareRecord', () => {
  const observed = (r: PortalRecord | null, m: Meta) => {
    const log = new ReadingLog();
    compareRecord(r, m, log);
    return log.observations.map((o) => [o.line, o.code, o.detail]);
  };

  it('says nothing where the portal and the document agree, or there is no record', () => {
    const m = meta({ docNumber: '国办发〔2019〕6号', docNumberLine: 3, noticeTitle: '关于某事的意见', noticeTitlePrinted: line('关于某事的意见', 1), signatures: [{ signer: null, date: line('2019年1月22日', 40), isoDate: '2019-01-22' }] });
    expect(observed(null, m)).toEqual([]);
    expect(observed(record({ docNumber: '国办发[2019]6号', title: '关于某事的意见', writtenDate: '2019年01月22日' }), m)).toEqual([]);
  });

  it('reports each disagreement at the printed line, changing neither', () => {
    const m = meta({ docNumber: '国办发〔2019〕6号', docNumberLine: 3, noticeTitle: '关于某事的意见', noticeTitlePrinted: line('关于某事的意见', 1), issuer: '国务院办公厅', masthead: line('国务院办公厅文件', 1), signatures: [{ signer: null, date: line('2019年1月22日', 40), isoDate: '2019-01-22' }] });
    const got = observed(record({ docNumber: '国办发〔2019〕7号', title: '关于另一事的意见', issuer: '国务院', writtenDate: '2019年01月23日' }), m);
    expect(got.map(([l, c]) => [l, c])).toEqual([[3, 'record-differs'], [1, 'record-differs'], [1, 'record-differs'], [40, 'record-differs']]);
    expect(got[0][2]).toContain('“国办发〔2019〕7号”');
    expect(got[3][2]).toBe('the portal\'s record gives the 成文日期 2019年01月23日; the document is signed 2019-01-22');
    expect(m.docNumber).toBe('国办发〔2019〕6号');
  });

  it('does not compare what the document does not print', () => {
    expect(observed(record({ docNumber: '国办发〔2019〕7号', title: '某标题', writtenDate: '2019年01月23日' }), meta({}))).toEqual([]);
  });
});
