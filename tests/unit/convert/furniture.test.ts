import { beforeAll, describe, expect, it } from 'vitest';
import { findFurniture } from '../../../src/lib/convert/furniture.ts';
import { walkParagraphs } from '../../../src/lib/model/walk.ts';
import { convertText, expectConvertError, realPlanBytes, sourceLines } from '../../support/plans.ts';
import { ConvertError } from '../../../src/lib/convert/index.ts';

const found = (text: string, runningHeads: string[] = []) => {
  const r = findFurniture('f.txt', sourceLines(text), { runningHeads });
  return r.corrections.map((c) => [c.line, c.before]);
};

describe('page numbers', () => {
  it('removes every decorated page-number shape', () => {
    const shapes = ['- 12 -', '— 12 —', '－12－', '·12·', '第 12 页', '第12页 共30页', '－１２－', '12/30'];
    for (const s of shapes) {
      expect(found(`甲乙丙，丁戊。\n\n${s}\n\n己庚辛。`), s).toEqual([[3, s]]);
    }
  });
  it('keeps a text line that only contains a number among other words', () => {
    expect(found('甲乙丙，丁戊。\n\n第 12 条规定\n\n己庚辛。')).toEqual([]);
    expect(found('甲乙丙，丁戊。\n\n12 个重点园区\n\n己庚辛。')).toEqual([]);
  });
  it('removes a bare number between the two halves of a sentence', () => {
    expect(found('加快培育一批\n\n12\n\n龙头企业，做大做强。')).toEqual([]); // no prose punctuation before: not a sentence half
    expect(found('重点推进，加快培育一批\n\n12\n\n龙头企业，做大做强。')).toEqual([[3, '12']]);
  });
  it('removes bare numbers that rise like page numbers, even between whole paragraphs', () => {
    const t = '第一段，完。\n\n3\n\n第二段，完。\n\n4\n\n第三段，完。\n\n6\n\n第四段，完。';
    expect(found(t)).toEqual([[3, '3'], [7, '4'], [11, '6']]);
  });
  it('keeps a lone number between whole paragraphs that nothing shows to be a page number', () => {
    expect(found('第一段，完。\n\n2020\n\n第二段，完。')).toEqual([]);
    expect(found('第一段，完。\n\n7\n\n第二段，完。\n\n3\n\n第三段，完。')).toEqual([]); // falling: not pages
  });
  it('keeps numbers that are table content and the copy number on the first line', () => {
    expect(found('000871\n\n甲乙丙，丁戊。')).toEqual([]);
    const table = '序号\t任务\t牵头单位\n1\t推进创新，\n12\n\t省科技厅\n2\t加强质量\t省质监局';
    expect(found(table)).toEqual([]);
  });
});

describe('running heads', () => {
  const page = (n: number) => `正文第${n}段，内容，完。\n\n— ${n} —\n\n辽宁省人民政府公报\n\n`;
  it('removes a line repeated at every page break, keeping its first occurrence', () => {
    const t = '辽宁省人民政府公报\n\n' + [1, 2, 3, 4].map(page).join('') + '结束，完。';
    const lines = found(t).filter(([, b]) => b === '辽宁省人民政府公报').map(([l]) => l);
    expect(lines).toEqual([7, 13, 19, 25]); // line 1 is the first occurrence: kept
  });
  it('keeps a party name repeated down a table column', () => {
    const t = ['序号', '任务', '1', '推进创新，加快建设。', '省科技厅、各市人民政府', '2', '加强质量，提升品牌。', '省质监局、各市人民政府', '3', '扩大开放，深化合作。', '各市人民政府', '4', '优化布局。', '各市人民政府', '5', '绿色发展。', '各市人民政府'].join('\n');
    expect(found(t)).toEqual([]);
  });
  it('removes the heads a plan lists in its conventions, everywhere, and rejects one that is not there', () => {
    const t = '某某规划\n\n正文，完。\n\n某某规划\n\n正文，完。';
    expect(found(t, ['某某规划'])).toEqual([[1, '某某规划'], [5, '某某规划']]);
    expect(() => found(t, ['另一个标题'])).toThrow(ConvertError);
  });
});

describe('furniture in the bundled plan', () => {
  let original: string;
  beforeAll(() => {
    original = new TextDecoder().decode(realPlanBytes());
  });
  const paragraphs = (text: string) => [...walkParagraphs(convertText(text, 'liaoning.txt').model)].map((p) => p.text);

  it('finds none in the plan as published', () => {
    const { model } = convertText(original, 'liaoning.txt');
    expect(model.corrections.filter((c) => c.kind === 'page-furniture')).toEqual([]);
  });
  it('removes page numbers and a running head printed at its page breaks, and joins the halves as before', () => {
    const breaks = new Set(convertText(original, 'liaoning.txt').model.corrections.filter((c) => c.kind === 'page-break-join').map((c) => c.line));
    const lines = original.split('\n');
    let page = 1;
    const out: string[] = [];
    lines.forEach((l, i) => {
      out.push(l);
      if (breaks.has(i + 1)) out.push('', `- ${++page} -`, '', '传统工业转型升级', '');
    });
    expect(page).toBe(23);
    const withFurniture = out.join('\n');
    const { model } = convertText(withFurniture, 'liaoning.txt');
    expect(paragraphs(withFurniture)).toEqual(paragraphs(original));
    const furniture = model.corrections.filter((c) => c.kind === 'page-furniture');
    expect(furniture.filter((c) => c.before.startsWith('-'))).toHaveLength(22);
    expect(furniture.filter((c) => c.before === '传统工业转型升级')).toHaveLength(22); // every one sits at a page break, the first too
    expect(model.corrections.filter((c) => c.kind === 'page-break-join')).toHaveLength(22);
  });
  it('never leaves a bare page number inside a published sentence', () => {
    const withNumber = original.replace('大力发展战略性新型建材，调整和提升', '大力发展战略性新型建材，调整和提升\n\n12\n\n');
    expect(withNumber).not.toBe(original);
    const texts = paragraphs(withNumber);
    expect(texts.some((t) => t.includes('提升12'))).toBe(false);
    expect(texts).toEqual(paragraphs(original));
  });
});

describe('an incomplete file', () => {
  let original: string;
  beforeAll(() => {
    original = new TextDecoder().decode(realPlanBytes());
  });
  it('stops with the last line when cut mid-sentence', () => {
    const cut = original.slice(0, original.indexOf('控制总量、') + '控制总量、'.length);
    const line = cut.split('\n').length;
    const err = expectConvertError(() => convertText(cut, 'cut.txt'), 'cut.txt', line);
    expect(err.detail).toMatch(/ends inside a sentence/);
  });
  it('stops when the envelope never closes, even when the cut falls between sentences', () => {
    const cut = original.slice(0, original.indexOf('（二）调整优化原材料工业。'));
    const err = expectConvertError(() => convertText(cut, 'cut.txt'), 'cut.txt', cut.trimEnd().split('\n').length);
    expect(err.detail).toMatch(/never closes/);
  });
});

describe('furniture rules at their edges', () => {
  const all = (text: string, runningHeads: string[] = []) => findFurniture('f.txt', sourceLines(text), { runningHeads }).corrections;
  const lines = (text: string) => all(text).map((c) => c.line);

  it('reads a page number between halves of a sentence only away from table rows', () => {
    expect(lines('重点推进，加快\n\n7\n\n建设，完成。')).toEqual([3]);
    expect(lines('甲\t乙，推进\n\n7\n\n建设，完成。')).toEqual([]); // a tab row before it
    expect(lines('重点推进，加快\n\n7\n\n甲\t乙')).toEqual([]); // a tab row after it
  });
  it('counts a rising run only in steps of one to three pages', () => {
    expect(lines('甲，完。\n\n3\n\n乙，完。\n\n6\n\n丙，完。')).toEqual([3, 7]);
    expect(lines('甲，完。\n\n3\n\n乙，完。\n\n7\n\n丙，完。')).toEqual([]);
    expect(lines('甲，完。\n\n3\n\n乙，完。\n\n3\n\n丙，完。')).toEqual([]);
  });
  it('reads bare numbers before a 序号 column head as pages and after it as row numbers', () => {
    expect(lines('甲，完。\n\n3\n\n乙，完。\n\n4\n\n序号\n\n5\n\n丙，完。\n\n6\n\n丁，完。')).toEqual([3, 7]);
  });
  it('keeps a bare number on the first line of text, even after blank lines', () => {
    expect(lines('\n\n5\n\n甲，完。\n\n6\n\n乙，完。\n\n7\n\n丙，完。')).toEqual([7, 11]);
  });
  it('records the column of an indented page number and says why', () => {
    const [c] = all('甲，完。\n\n   - 3 -\n\n乙，完。');
    expect(c).toMatchObject({ kind: 'page-furniture', line: 3, column: 3, before: '- 3 -', after: '' });
    expect(c.reason).toMatch(/page number/);
  });
  it('lists corrections in line order whatever recogniser found them', () => {
    const text = '甲，完。\n\n第一页页眉标题\n\n乙，推进\n\n— 2 —\n\n第一页页眉标题\n\n丙，完。\n\n— 3 —\n\n第一页页眉标题\n\n丁，完。';
    const found = lines(text);
    expect(found).toEqual([...found].sort((a, b) => a - b));
    expect(found).toEqual([7, 9, 13, 15]);
  });
});

describe('running heads at their edges', () => {
  const heads = (head: string, times: number, atBreaks: number) => {
    const parts: string[] = ['开头，完。'];
    for (let k = 0; k < times; k++) parts.push(k < atBreaks ? `第${k}段，推进` : `第${k}段，完。`, head);
    parts.push('结尾，完。');
    return findFurniture('f.txt', sourceLines(parts.join('\n\n')), { runningHeads: [] }).corrections.filter((c) => c.before === head).length;
  };
  it('needs three printings, mostly at page breaks (half is enough)', () => {
    expect(heads('某省人民政府公报', 2, 2)).toBe(0);
    expect(heads('某省人民政府公报', 3, 3)).toBe(3);
    expect(heads('某省人民政府公报', 4, 2)).toBe(4);
    expect(heads('某省人民政府公报', 3, 1)).toBe(0);
  });
  it('is a line of four to forty characters, without sentence punctuation or enclosing brackets', () => {
    expect(heads('某省公报', 3, 3)).toBe(3);
    expect(heads('某公报', 3, 3)).toBe(0);
    expect(heads('某'.repeat(40), 3, 3)).toBe(3);
    expect(heads('某'.repeat(41), 3, 3)).toBe(0);
    expect(heads('某省，公报', 3, 3)).toBe(0);
    expect(heads('（某省公报）', 3, 3)).toBe(0);
  });
  it('counts a form feed as a page break', () => {
    const text = ['甲，完。', '\f', '某省人民政府公报', '乙，完。', '\f某省人民政府公报', '丙，完。', '\f', '某省人民政府公报', '丁，完。'].join('\n');
    expect(findFurniture('f.txt', sourceLines(text), { runningHeads: [] }).corrections.map((c) => c.line)).toEqual([3, 5, 8]);
  });
});

describe('furniture next to blank, indented and quoted lines', () => {
  const all = (text: string, runningHeads: string[] = []) => findFurniture('f.txt', sourceLines(text), { runningHeads }).corrections;
  const lines = (text: string, runningHeads: string[] = []) => all(text, runningHeads).map((c) => c.line);
  it('looks past lines of spaces for the halves of a sentence', () => {
    expect(lines('重点推进，加快培育一批\n   \n12\n\u3000\n龙头企业，做大。')).toEqual([3]);
  });
  it('reads an indented bare number, and says which page it is and why', () => {
    const [c] = all('重点推进，加快\n\n   7  \n\n建设，完成。');
    expect(c).toMatchObject({ line: 3, column: 3, before: '7' });
    expect(c.reason).toBe('page number 7 between the two halves of a sentence');
    const run = all('甲，完。\n\n3\n\n乙，完。\n\n4\n\n丙，完。');
    expect(run.map((r) => r.reason)).toEqual(['page number 3 in a rising run of page numbers', 'page number 4 in a rising run of page numbers']);
    expect(all('甲，完。\n\n  - 3 -\n\n乙，完。')[0].reason).toBe('page number “- 3 -” printed by the PDF');
  });
  it('keeps a line that ends in a number after other text', () => {
    expect(lines('重点推进，加快培育一批\n\n共12\n\n龙头企业，做大。')).toEqual([]);
  });
  it('takes an indented or spaced 序号 head as the start of table rows, but not 序号 inside a sentence', () => {
    const pages = (head: string) => lines(`甲，完。\n\n3\n\n乙，完。\n\n4\n\n${head}\n\n5\n\n丙，完。\n\n6\n\n丁，完。`);
    expect(pages('  序号 重点任务')).toEqual([3, 7]);
    expect(pages('序 号')).toEqual([3, 7]);
    expect(pages('按序号排列，完。')).toEqual([3, 7, 11, 15]);
    expect(pages('序号：见下。')).toEqual([3, 7, 11, 15]);
  });
  it('reads a sentence as unfinished through trailing spaces and closing quotes, and finished at 。 inside them', () => {
    expect(lines('提出“推进，加快   \n\n7\n\n建设”，完成。')).toEqual([3]);
    expect(lines('提出「推进，『加快\n\n7\n\n建设』」，完成。')).toEqual([3]);
    expect(lines('提出「推进，『加快。』」\n\n7\n\n建设，完成。')).toEqual([]);
  });
  it('keeps a wrapped table cell repeated under rows that stop mid-list', () => {
    const rows = [1, 2, 3].map((k) => `${k}\t推进创新，\n省科技厅`).join('\n');
    expect(lines(`序号\t任务\n${rows}`)).toEqual([]);
  });
  it('finds a listed head printed with indentation', () => {
    expect(lines('甲，完。\n  某省公报  \n乙，完。', ['某省公报'])).toEqual([2]);
    expect(all('甲，完。\n某省公报\n乙，完。', ['某省公报'])[0].reason).toBe('running head “某省公报” (listed in the plan\'s conventions)');
    expect(() => all('甲，完。', ['某省公报'])).toThrow(/running head “某省公报” listed in the conventions is not a line of the text/);
  });
  it('reads a repeated title with its period in brackets, or a bracket that opens a line, as a running head', () => {
    const at = (head: string) => lines(['开头，完。', '甲，推进', head, '乙，推进', head, '丙，推进', head, '丁，完。'].join('\n\n'));
    expect(at('某省规划（2016—2020年）')).toEqual([5, 9, 13]);
    expect(at('（内部）某省工业')).toEqual([5, 9, 13]);
    expect(all(['开头，完。', '甲，推进', '某省公报', '乙，推进', '某省公报', '丙，推进', '某省公报', '丁，完。'].join('\n\n'))[0].reason).toBe('running head “某省公报” printed on every page (3 times)');
  });
  it('counts a form feed on the line of the head itself as a page break', () => {
    const text = ['甲，完。', '\f某省人民政府公报', '乙，完。', '\f某省人民政府公报', '丙，完。', '\f某省人民政府公报', '丁，完。'].join('\n');
    expect(lines(text)).toEqual([2, 4, 6]);
  });
  it('keeps the reason of the first recogniser that claims a line', () => {
    const first = { name: 'a', find: () => [{ line: 1, reason: 'first' }] };
    const second = { name: 'b', find: () => [{ line: 1, reason: 'second' }] };
    const r = findFurniture('f.txt', sourceLines('甲'), { runningHeads: [] }, [first, second]);
    expect(r.corrections.map((c) => c.reason)).toEqual(['first']);
  });
});
