import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../src/lib/model/errors.ts';
import type { ReadDocument, TableBlock } from '../../../src/lib/model/schemas/document.ts';
import { readPdf } from '../../../src/lib/read/pdf.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url)));

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readPdf(bytes, 'x.pdf');
  } catch (err) {
    expect(err).toBeInstanceOf(ReadError);
    return (err as Error).message;
  }
  throw new Error('read, not refused');
}

describe('readPdf on a word processor’s 通知 with a 分工表 (fixture)', () => {
  let doc: ReadDocument;
  let table: TableBlock;
  it('reads the file', async () => {
    doc = await readPdf(fixture('fenguan.pdf'), 'fenguan.pdf');
    table = doc.blocks.find((b): b is TableBlock => b.type === 'table') as TableBlock;
    expect(doc.format).toBe('pdf');
    expect(doc.pages).toBe(3);
  });

  it('reads the title lines, 文号 and paragraphs as printed, by page and line', () => {
    const paras = doc.blocks.filter((b) => b.type === 'paragraph');
    expect(paras.slice(0, 4).map((p) => [p.text, p.align, p.pos])).toEqual([
      ['某省人民政府办公厅关于印发', 'center', { page: 1, line: 2 }],
      ['传统产业转型升级实施方案的通知', 'center', { page: 1, line: 3 }],
      ['某政办发〔2025〕12号', 'center', { page: 1, line: 4 }],
      ['各市人民政府，省政府各厅委、各直属机构：', null, { page: 1, line: 5 }],
    ]);
    const para = '各地区、各部门要充分认识推动传统产业转型升级的重要意义，把思想和行动统一到省委、省政府决策部署上来，加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处、取得实效。';
    const numbered = paras.filter((p) => /^（[一二三四五六七八]）/.test(p.text)).map((p) => p.text);
    expect(numbered).toEqual([...'一二三四五六七八'].map((n) => `（${n}）${para}${para}`));
    expect(paras.slice(-2).map((p) => [p.text, p.align])).toEqual([
      ['某省人民政府办公厅', 'right'],
      ['2025年3月1日', 'right'],
    ]);
  });

  it('joins the paragraph the first page break cuts, with the furniture between set apart', () => {
    const cut = doc.blocks.find((b) => b.type === 'paragraph' && b.text.startsWith('（四）'));
    expect(cut?.pos.page).toBe(1);
    expect(doc.blocks.some((b) => b.type === 'paragraph' && b.pos.page === 2 && b.pos.line === 2)).toBe(false);
  });

  it('sets the running heads and page numbers apart as furniture', () => {
    const f = doc.furniture.filter((x) => x.kind !== 'repeated-header');
    expect(f.map((x) => [x.kind, x.text, x.pos.page])).toEqual([
      ['running-head', '某省人民政府办公厅文件', 1],
      ['page-number', '— 1 —', 1],
      ['running-head', '某省人民政府办公厅文件', 2],
      ['page-number', '— 2 —', 2],
      ['running-head', '某省人民政府办公厅文件', 3],
      ['page-number', '— 3 —', 3],
    ]);
    expect(doc.blocks.some((b) => b.type === 'paragraph' && /办公厅文件|— \d —/.test(b.text))).toBe(false);
  });

  it('reads the 分工表 as one table over two pages: header once, group rows, merged cell, the cut row joined', () => {
    expect(table.pos.page).toBe(2);
    expect(table.header.map((r) => r.cells.map((c) => c.text))).toEqual([['序号', '重点任务', '牵头单位', '配合单位', '完成时限']]);
    const rows = table.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows.map((r) => r[0])).toEqual(['一、推动产业转型升级', '1', '2', '3', '二、优化营商环境', '4', '5', '6', '三、加强要素保障', '7', '8', '9']);
    expect(table.rows[0].cells.map((c) => c.colSpan)).toEqual([5]);
    const task = '推进传统产业智能化改造，实施一批技术改造重点项目，提高关键工序数控化率和数字化研发设计工具普及率。';
    expect(rows[1]).toEqual(['1', task.repeat(4), '省工业和信息化厅', '省发展改革委、省财政厅', '2025年底前']);
    expect(rows[5]).toEqual(['4', '深化“放管服”改革，全面推行证明事项告知承诺制。', '省政府办公厅', '省司法厅', '2025年6月底前']);
    expect(table.rows[10].cells.map((c) => [c.text, c.rowSpan])).toEqual([
      ['8', 1], ['加大金融支持力度，扩大制造业中长期贷款投放。', 1], ['人民银行省分行', 1], ['省金融监管局', 1], ['持续推进', 2],
    ]);
    expect(rows[11]).toEqual(['9', '强化人才支撑，实施高技能人才培养计划。', '省人力资源社会保障厅', '省教育厅']);
    expect(doc.furniture.filter((x) => x.kind === 'repeated-header').map((x) => [x.text, x.pos.page])).toEqual([['序号\t重点任务\t牵头单位\t配合单位\t完成时限', 3]]);
  });

  it('reads 工 that the font maps to the Kangxi radical ⼯ as 工, each listed as a repair', () => {
    const text = doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join('');
    expect(text).not.toMatch(/[\u2f00-\u2fdf]/u);
    expect(text).toContain('推动传统工业转型升级，行动要快。');
    expect(doc.repairs.length).toBeGreaterThan(10);
    expect(doc.repairs[0]).toMatchObject({ pos: { page: 1 }, before: '⼯', after: '工' });
    expect(doc.repairs.every((r) => r.before === '⼯' && r.reason.includes('Kangxi radical (U+2F2F)'))).toBe(true);
  });

  it('leaves the caller’s bytes as they were', async () => {
    const bytes = fixture('bad/notext.pdf');
    const copy = bytes.slice();
    await refusal(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('readPdf refuses only where text would be lost', () => {
  it('refuses a file that is not a PDF, and an empty one', async () => {
    expect(await refusal(new TextEncoder().encode('not a pdf at all'))).toMatch(/^x\.pdf:p1: damaged PDF: /);
    expect(await refusal(new Uint8Array())).toBe('x.pdf:p1: empty file');
  });

  it('refuses an encrypted PDF', async () => {
    expect(await refusal(fixture('bad/encrypted.pdf'))).toMatch(/^x\.pdf:p1: encrypted PDF: /);
  });

  it('refuses a PDF with no text layer as scanned', async () => {
    expect(await refusal(fixture('bad/notext.pdf'))).toBe('x.pdf:p1: scanned: no text to read; run OCR first');
  });
});
