import { describe, expect, it } from 'vitest';
import { decoratedPageNumber, findFurniture, type PageLines } from '../../../../src/lib/read/pdf/furniture.ts';
import type { PdfLine } from '../../../../src/lib/read/pdf/types.ts';
import { line } from './items.ts';

const HEIGHT = 842;
const at = (page: number, n: number, text: string, y: number): PdfLine => line(page, n, 280, text, { y });
const body = (page: number): PdfLine => at(page, 5, '正文内容', 400);

function kinds(pages: PageLines[]): string[] {
  const found = findFurniture(pages);
  return pages.flatMap((p) => p.lines.filter((l) => found.has(l)).map((l) => `${l.page}:${l.text}:${found.get(l)}`));
}

describe('decoratedPageNumber', () => {
  it('reads the page number styles of Chinese documents', () => {
    expect(['- 3 -', '— 3 —', '－3－', '第3页', '第 3 页 共 11 页', '3/11', '3 / 11', 'Page 3', '共11页 第3页'].map(decoratedPageNumber)).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 3]);
  });

  it('reads no number from text that is not a page number', () => {
    expect(['3', '000123', '第三章', '2019年3月', '- 3 - 项'].map(decoratedPageNumber)).toEqual([null, null, null, null, null]);
  });
});

describe('findFurniture', () => {
  it('finds decorated page numbers in the bottom band, not in the body', () => {
    const pages = [1, 2].map((p) => ({ page: p, height: HEIGHT, lines: [body(p), at(p, 9, `- ${p} -`, 800), at(p, 6, '- 9 -', 400)] }));
    expect(kinds(pages)).toEqual(['1:- 1 -:page-number', '2:- 2 -:page-number']);
  });

  it('takes bare numbers as page numbers when the pages agree', () => {
    const pages = [1, 2, 3].map((p) => ({ page: p, height: HEIGHT, lines: [body(p), at(p, 9, String(p + 4), 800)] }));
    expect(kinds(pages)).toEqual(['1:5:page-number', '2:6:page-number', '3:7:page-number']);
  });

  it('keeps a copy number on the first page (000123), and a lone number that is not the page', () => {
    const pages = [
      { page: 1, height: HEIGHT, lines: [at(1, 1, '000123', 40), body(1)] },
      { page: 2, height: HEIGHT, lines: [body(2), at(2, 9, '17', 800)] },
    ];
    expect(kinds(pages)).toEqual([]);
  });

  it('finds running heads and feet repeated at the same place', () => {
    const pages = [1, 2, 3].map((p) => ({
      page: p,
      height: HEIGHT,
      lines: [at(p, 1, '辽宁省人民政府文件', 40), body(p), at(p, 9, '辽宁省人民政府办公厅印发', 810)],
    }));
    expect(kinds(pages)).toEqual([1, 2, 3].flatMap((p) => [`${p}:辽宁省人民政府文件:running-head`, `${p}:辽宁省人民政府办公厅印发:running-foot`]));
  });

  it('keeps a 文号 printed in the first page header as the document record', () => {
    const pages = [1, 2].map((p) => ({ page: p, height: HEIGHT, lines: [at(p, 1, '辽政发〔2015〕24号', 40), body(p)] }));
    expect(kinds(pages)).toEqual(['2:辽政发〔2015〕24号:running-head']);
  });

  it('does not take text printed once in a band for a running head', () => {
    const pages = [1, 2, 3].map((p) => ({ page: p, height: HEIGHT, lines: [at(p, 1, `标题${'甲乙丙'[p - 1]}`, 40), body(p)] }));
    expect(kinds(pages)).toEqual([]);
  });
});
