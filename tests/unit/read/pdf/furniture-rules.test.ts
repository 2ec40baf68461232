/**
 * Page furniture rule by rule: each page-number style, the bands' exact edges, when bare numbers
 * agree, what makes a running head (place, pages, the share of pages), its kind by band, and the
 * first page's record kept as text.
 */
import { describe, expect, it } from 'vitest';
import { decoratedPageNumber, findFurniture, type PageLines } from '../../../../src/lib/read/pdf/furniture.ts';
import type { PdfLine } from '../../../../src/lib/read/pdf/types.ts';
import { line } from './items.ts';

const HEIGHT = 1000;
const at = (page: number, n: number, text: string, y: number): PdfLine => line(page, n, 280, text, { y });
const body = (page: number): PdfLine => at(page, 5, '正文内容', 500);
const pagesOf = (count: number, extra: (p: number) => PdfLine[]): PageLines[] =>
  Array.from({ length: count }, (_, i) => ({ page: i + 1, height: HEIGHT, lines: [body(i + 1), ...extra(i + 1)] }));
function kinds(pages: PageLines[]): string[] {
  const found = findFurniture(pages);
  return pages.flatMap((p) => p.lines.filter((l) => found.has(l)).map((l) => `${l.page}:${l.text}:${found.get(l)}`));
}

describe('decoratedPageNumber', () => {
  it('reads every decorated style, spaced or not, around the text\'s own spacing', () => {
    const styles = [' - 12 - ', '~3~', '·3·', '—3—', '第3页', '第 3 页，共 11 页', '第3页/共11页', '第3页共11页', '共11页，第3页', '共 11 页 第 3 页', '3／11', '3/11', 'p. 3', 'P.3', 'page 3 of 11', 'PAGE 3/11', 'Page3'];
    expect(styles.map(decoratedPageNumber)).toEqual([12, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
  });

  it('reads nothing where the style is broken or the number too long', () => {
    for (const t of ['-3', '3-', '第3', '3页', '第12345页', '12345/2', 'page', '第3页 共', '3/11页', 'x 3/11', '- 3 - x', '共11页', '— 三 —']) expect(decoratedPageNumber(t), t).toBeNull();
  });
});

describe('findFurniture', () => {
  it('takes the top and bottom twelfth of the page, edges included, and nothing between', () => {
    const pages = [{ page: 1, height: HEIGHT, lines: [at(1, 1, '- 1 -', 120), at(1, 2, '- 2 -', 121), at(1, 8, '- 3 -', 879), at(1, 9, '- 4 -', 880)] }];
    expect(kinds(pages)).toEqual(['1:- 1 -:page-number', '1:- 4 -:page-number']);
  });

  it('takes a lone bare number for a page number only at the foot of its own page', () => {
    expect(kinds([{ page: 3, height: HEIGHT, lines: [body(3), at(3, 9, '3', 950)] }])).toEqual(['3:3:page-number']);
    expect(kinds([{ page: 3, height: HEIGHT, lines: [at(3, 1, '3', 50), body(3)] }])).toEqual([]);
    expect(kinds([{ page: 3, height: HEIGHT, lines: [body(3), at(3, 9, '4', 950)] }])).toEqual([]);
  });

  it('takes bare numbers for page numbers only where other pages agree in offset and band', () => {
    const split = [
      { page: 1, height: HEIGHT, lines: [at(1, 1, '5', 50), body(1)] },
      { page: 2, height: HEIGHT, lines: [body(2), at(2, 9, '6', 950)] },
    ];
    expect(kinds(split)).toEqual([]);
    const samePage = [{ page: 2, height: HEIGHT, lines: [body(2), at(2, 8, '9', 900), at(2, 9, '9', 950)] }];
    expect(kinds(samePage)).toEqual([]);
    const agree = [
      { page: 1, height: HEIGHT, lines: [at(1, 1, '11', 50), body(1)] },
      { page: 2, height: HEIGHT, lines: [at(2, 1, '12', 50), body(2)] },
    ];
    expect(kinds(agree)).toEqual(['1:11:page-number', '2:12:page-number']);
  });

  it('takes a text repeated at the same place, numbers aside, on two pages or more and two fifths of them, by band', () => {
    expect(kinds(pagesOf(5, (p) => (p <= 2 ? [at(p, 1, `第${p}章 总则`, 40), at(p, 9, '某省人民政府', 960)] : [])))).toEqual([
      '1:第1章 总则:running-head', '1:某省人民政府:running-foot', '2:第2章 总则:running-head', '2:某省人民政府:running-foot',
    ]);
    expect(kinds(pagesOf(6, (p) => (p <= 2 ? [at(p, 1, '某省人民政府', 40)] : [])))).toEqual([]);
    expect(kinds(pagesOf(1, () => [at(1, 1, '某省人民政府', 40), at(1, 2, '某省人民政府', 60)]))).toEqual([]);
    expect(kinds(pagesOf(2, (p) => [at(p, 1, '某省人民政府', p === 1 ? 40 : 50)]))).toEqual([]);
  });

  it('keeps a first-page header\'s 份号, 文号 in brackets or long number as the record, on the first page only', () => {
    for (const rec of ['份号：001', '辽政发(2015)24号', '000123']) {
      expect(kinds(pagesOf(2, (p) => [at(p, 1, rec, 40)])), rec).toEqual([`2:${rec}:running-head`]);
    }
  });
});
