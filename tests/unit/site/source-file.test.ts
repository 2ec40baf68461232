import { describe, expect, it } from 'vitest';
import { locationLabel, positionLabel, sizeLabel, sourceFileView } from '../../../src/lib/site/views/source-file.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

const source = (s: Partial<PlanModel['source']>): PlanModel['source'] => ({ file: 'plan.txt', lines: 3, sha256: '0', format: 'text', bytes: null, positions: null, ...s });

describe('the file as published, for readers', () => {
  it('names a place as its format does', () => {
    expect(locationLabel({ source: source({}) }, 12)).toBe('第 12 行');
    const pdf = source({ format: 'pdf', positions: ['p1:1', 'p3:12', 'p4'] });
    expect([1, 2, 3].map((l) => locationLabel({ source: pdf }, l))).toEqual(['第 1 页第 1 行', '第 3 页第 12 行', '第 4 页']);
    const page = source({ format: 'html', positions: ['b0', 'b13:r1', 'b13:r1:c2'] });
    expect([1, 2, 3].map((l) => locationLabel({ source: page }, l))).toEqual(['第 1 段', '第 14 段（表格第 2 行）', '第 14 段（表格第 2 行第 3 格）']);
    expect(locationLabel({ source: page }, 9)).toBe('第 9 行');
  });

  it('gives the download its format, size and an ASCII address; a portal page as text, never as a page of this site', () => {
    expect(sizeLabel(900)).toBe('900 B');
    expect(sizeLabel(39855)).toBe('39 KB');
    expect(sizeLabel(3 * 1048576 + 200000)).toBe('3.2 MB');
    expect(sourceFileView({ id: 'g004', source: source({ file: '国办发〔2019〕4号.PDF', format: 'pdf', bytes: 39855 }) })).toMatchObject({ format: 'PDF 文件', size: '39 KB', href: '/g004/original.pdf' });
    expect(sourceFileView({ id: 'g004', source: source({ file: 'g004.htm', format: 'html' }) })).toMatchObject({ href: '/g004/original.htm.txt', size: null });
  });

  it('keeps the bundled plan’s sentence for a text file and names the format otherwise', () => {
    expect(sourceFileView({ id: 'p', source: source({ file: 'p.txt' }) }).repairsIntro).toMatch(/^原文由 PDF 提取.*（p\.txt）逐行核对/);
    expect(sourceFileView({ id: 'p', source: source({ file: 'p.docx', format: 'docx' }) }).repairsIntro).toMatch(/^原文读自Word 文件（\.docx）（p\.docx）/);
  });
});

describe('positionLabel', () => {
  it('reads a position of any format as words', () => {
    expect(positionLabel('p2:7')).toBe('第 2 页第 7 行');
    expect(positionLabel('b0:r3')).toBe('第 1 段（表格第 4 行）');
    expect(positionLabel('15')).toBe('第 15 行');
  });
});
