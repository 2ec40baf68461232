/**
 * Attachments after the plan body: 附件 / 附件1 on a line of its own, a title, then either a table
 * (重点任务分工表, 项目清单 …) or paragraphs. Each becomes a part with the role `attachment`.
 *
 * A table's rows are tab-separated, or separated by two or more spaces; a row starts with its 序号.
 * A line that does not start a row continues the row before it: a tab-separated line adds each
 * fragment to the cell in its column (tabs keep empty cells); a single fragment adds to the first
 * cell that stops mid-list or mid-sentence (…、), else to the task cell.
 */
import type { Block, Grid, Paragraph, Part } from '../model/schema.ts';
import { partnerList } from './departments.ts';
import { fold } from './fold.ts';
import { gridCells, gridCellsShown } from '../model/grid.ts';
import { walkNodes } from '../model/walk.ts';
import type { ReadingLog } from './reading.ts';
import type { PrintedAssignment } from './views.ts';
import { makeParagraph } from './paragraph.ts';
import type { LogicalLine } from './patterns.ts';

import { ATTACHMENT_START, ROW_START } from './patterns.ts';

export { ATTACHMENT_START, ROW_START } from './patterns.ts';

/** A cell separator: a tab, an ideographic space, or two or more spaces. */
const SEPARATOR = /\t|\u3000+| {2,}/;

const COLUMN_WORDS: [keyof Grid['columns'], RegExp][] = [
  ['number', /^序\s*号$/],
  ['lead', /^(?:牵头(?:责任)?(?:单位|部门)|主责(?:单位|部门))$/],
  ['partner', /^(?:配合(?:单位|部门)|参与(?:单位|部门)|协办单位|协同(?:责任)?(?:单位|部门))$/],
  ['responsible', /^(?:责任(?:单位|部门|主体))$/],
  ['deadline', /^(?:完成(?:时限|时间)|时间节点|时限(?:要求)?)$/],
  ['task', /^(?:重点|主要|工作|具体)?(?:任务|事项|工作|措施)(?:内容|名称)?$|^(?:工作|任务)(?:内容|措施)$|^项目名称$/],
];

const cellsOf = (text: string): string[] => text.split(SEPARATOR).map((c) => c.trim());

/** 附件：重点任务分工表 on the attachment's own page: the label names what follows. */
const LABELLED_ATTACHMENT = /^附\s*件\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})?\s*[：:]\s*(\S.*)$/;

/**
 * An attachment starts at 附件 (附件1 …) alone on its line, or at 附件：<title> when the attachment
 * itself follows — its title printed again, or its table. A notice that lists its attachments
 * (附件：三级公立医院绩效考核指标, then the signature) starts none.
 */
export function isAttachmentStart(lines: LogicalLine[], i: number): boolean {
  const text = lines[i].text.trim();
  if (ATTACHMENT_START.test(text)) return true;
  const labelled = LABELLED_ATTACHMENT.exec(text);
  const next = lines[i + 1];
  if (!labelled || !next) return false;
  return next.table !== undefined || fold(next.text).replace(/\s/g, '') === fold(labelled[1]).replace(/\s/g, '');
}

/** Splits the plan body from the attachments that follow it. */
export function splitAttachments(body: LogicalLine[]): { body: LogicalLine[]; attachments: LogicalLine[][] } {
  const starts = body.map((l, i) => (isAttachmentStart(body, i) ? i : -1)).filter((i) => i !== -1);
  // slice(s, undefined) runs to the end: the body when there is no 附件, the last attachment.
  return { body: body.slice(0, starts[0]), attachments: starts.map((s, k) => body.slice(s, starts[k + 1])) };
}

function columnsOf(header: string[]): Grid['columns'] {
  const columns: Grid['columns'] = { number: null, task: null, lead: null, partner: null, responsible: null, deadline: null };
  header.forEach((h, i) => {
    const word = fold(h).replace(/\s/g, '');
    for (const [key, re] of COLUMN_WORDS) {
      if (columns[key] === null && re.test(word)) {
        columns[key] = i;
        break;
      }
    }
  });
  return columns;
}

const continuesCell = (cell: string) => /[、，,；;：:（(—-]$/.test(cell) || (/[，、]/.test(cell) && !/[。）)]$/.test(cell));

/** Reads the header line and rows of an attached table. */
class GridShape extends Error {}

function fail(line: number, message: string): never {
  throw new GridShape(`line ${line}: ${message}`);
}

/**
 * The rows of one printed table from the start of `lines` (a portal page's, Word file's or PDF's
 * table, whose rows the reader marked): no guessing where a row starts or which column a fragment
 * continues — the format says. Several header rows (a two-level head) are read column by column.
 */
export function printedTableRows(lines: LogicalLine[], at: number): LogicalLine[] {
  const index = lines[at].table?.index;
  let end = at;
  while (end < lines.length && lines[end].table !== undefined && lines[end].table!.index === index) end++;
  return lines.slice(at, end);
}

export function buildPrintedGrid(id: string, caption: string | null, rows: LogicalLine[]): Grid {
  const heads = rows.filter((r) => r.table?.header);
  const headLines = heads.length > 0 ? heads : rows.slice(0, 1);
  const headCells = headLines.map((h) => h.text.split('\t').map((c) => c.trim()));
  // A header word printed once over several columns (责任单位 over 牵头单位 | 配合单位) names each of them.
  const headWords = headLines.map((h, n) => headCells[n].map((w, k, cells) => {
    let j = k;
    while (j > 0 && cells[j] === '' && (h.table?.continued ?? []).includes(j)) j--;
    return cells[j];
  }));
  const width = Math.max(...rows.map((r) => r.text.split('\t').length));
  const header = Array.from({ length: width }, (_, k) => {
    const words = headWords.map((cells) => cells[k] ?? '').filter((w) => w !== '');
    return words.filter((w, i) => words.indexOf(w) === i).join(' ');
  });
  // A column's role is named by its lowest header word (牵头单位 under 责任单位).
  const lowest = Array.from({ length: width }, (_, k) => [...headCells].reverse().map((cells) => cells[k] ?? '').find((w) => w !== '') ?? '');
  const body = rows.filter((r) => !headLines.includes(r));
  const ids = body.map((_, k) => `${id}-r${k + 1}`);
  // A place covered by a merged cell above: the row whose own cell covers it is the nearest one up
  // that has a cell of its own in that column.
  const mergedOf = (k: number): { cell: number; from: string }[] =>
    (body[k].table?.covered ?? []).flatMap((cell) => {
      let j = k - 1;
      while (j >= 0 && (body[j].table?.covered ?? []).includes(cell)) j--;
      return j >= 0 && !body[j].table?.group ? [{ cell, from: ids[j] }] : [];
    });
  return {
    type: 'grid',
    id,
    line: rows[0].line,
    endLine: rows[rows.length - 1].endLine,
    caption,
    header,
    ...(headCells.length > 1 ? { printedHeader: headCells } : {}),
    columns: columnsOf(lowest),
    rows: body.map((r, k) => ({ r, k, merged: mergedOf(k) })).map(({ r, k, merged }) => ({
      id: ids[k],
      line: r.line,
      endLine: r.endLine,
      pieces: r.text.split('\t').map((text, cell) => ({ cell, text: text.trim() })).filter((p) => p.text !== ''),
      node: null,
      group: r.table?.group ?? false,
      ...(merged.length > 0 ? { merged } : {}),
    })),
  };
}

export function buildGrid(id: string, caption: string | null, lines: LogicalLine[]): Grid {
  const header = cellsOf(lines[0].text);
  if (header.length < 2) fail(lines[0].line, `cannot read the columns of the table header “${lines[0].text.trim()}”`);
  const columns = columnsOf(header);
  const rows: Grid['rows'] = [];
  for (const l of lines.slice(1)) {
    const cells = cellsOf(l.text);
    if (ROW_START.test(l.text)) {
      if (cells.length > header.length) {
        fail(l.line, `table row has ${cells.length} cells, the header has ${header.length}`);
      }
      rows.push({ id: `${id}-r${rows.length + 1}`, line: l.line, endLine: l.endLine, pieces: cells.map((text, cell) => ({ cell, text })).filter((p) => p.text !== ''), node: null, group: false });
      continue;
    }
    const row = rows[rows.length - 1];
    if (!row) fail(l.line, `a table line before the first numbered row: “${l.text.trim()}”`);
    row.endLine = l.endLine;
    // Tabs keep empty cells, so a tab line says which column each fragment continues.
    if (l.text.includes('\t') && cells.length <= header.length) {
      row.pieces.push(...cells.map((text, cell) => ({ cell, text })).filter((p) => p.text !== ''));
      continue;
    }
    if (cells.length > 1) {
      fail(l.line, `cannot tell which columns the wrapped table line “${l.text.trim()}” continues`);
    }
    const current = gridCells({ header }, row);
    const target = current.findIndex((c, i) => i !== columns.number && continuesCell(c));
    row.pieces.push({ cell: target === -1 ? (columns.task ?? header.length - 1) : target, text: cells[0] });
  }
  if (rows.length === 0) fail(lines[0].line, 'an attached table needs at least one numbered row after its header');
  return { type: 'grid', id, line: caption ? lines[0].line : lines[0].line, endLine: lines[lines.length - 1].endLine, caption, header, columns, rows };
}

/** A header line names at least two known columns, 序号 among them or a 任务 column. */
function isHeader(text: string): boolean {
  const c = columnsOf(cellsOf(text));
  const known = Object.values(c).filter((v) => v !== null).length;
  return known >= 2 && (c.number !== null || c.task !== null);
}

/** Builds one attachment (its lines start with the 附件 line) as a part of the plan. */
export function buildAttachment(lines: LogicalLine[], index: number, log?: ReadingLog): Part {
  const id = `a${index}`;
  const marker = lines[0];
  const titleLines: LogicalLine[] = [];
  let i = 1;
  while (i < lines.length && titleLines.length < 3 && !lines[i].table && !isHeader(lines[i].text) && !/[，。；：]/.test(lines[i].text) && !lines[i].text.includes('\t')) titleLines.push(lines[i++]);
  const title = titleLines.map((l) => l.text.trim()).join('');
  const blocks: Block[] = [];
  const paragraph = (l: LogicalLine) => makeParagraph({ id: `${id}-b${blocks.length + 1}`, text: l.text, line: l.line, endLine: l.endLine, marks: l.marks, allowLead: false }) as Paragraph;
  while (i < lines.length) {
    if (lines[i].table) {
      const rows = printedTableRows(lines, i);
      blocks.push(buildPrintedGrid(`${id}-b${blocks.length + 1}`, null, rows));
      i += rows.length;
      continue;
    }
    if (isHeader(lines[i].text)) {
      try {
        blocks.push(buildGrid(`${id}-b${blocks.length + 1}`, null, lines.slice(i)));
        break;
      } catch (e) {
        if (!(e instanceof GridShape)) throw e;
        // A table that cannot be read as one: its lines stay text, in order.
        log?.keep({ line: lines[i].line, endLine: lines[lines.length - 1].endLine }, 'attachments', 'attachment-table', `${e.message}: the table is kept as text`);
        while (i < lines.length) blocks.push(paragraph(lines[i++]));
        break;
      }
    }
    const l = lines[i++];
    if (l.text.includes('\t')) log?.keep(l, 'attachments', 'attachment-table', 'a table row in an attachment without a header that names its columns (序号, 重点任务, 牵头单位 …): kept as text');
    blocks.push(makeParagraph({ id: `${id}-b${blocks.length + 1}`, text: l.text, line: l.line, endLine: l.endLine, marks: l.marks, allowLead: false }) as Paragraph);
  }
  return {
    kind: 'part',
    role: 'attachment',
    id,
    number: index,
    line: marker.line,
    endLine: lines[lines.length - 1].endLine,
    // An attachment that prints no title has none: its marker is all the text there is (fidelity).
    heading: { marker: marker.text.trim(), title, terminator: '', sentence: false, entities: [] },
    blocks,
    children: [],
  };
}

/** Nesting depth of the nodes a row can name (parts are never matched). */
const DEPTH: Record<string, number> = { section: 1, item: 2, clause: 3 };

const normalise = (s: string) => fold(s).replace(/[\s，。、；：,.;:（）()“”"'《》【】—-]/g, '');

/**
 * The body node a row's task cell names: a heading whose title equals the cell, else one whose
 * title starts the cell or that the cell starts (a shortened title); among equals the one whose
 * number is the row's 序号 and then the shallowest. Null when none does.
 */
export function matchRow<N extends { id: string; number: number; kind: string; heading: { title: string } }>(cell: string, number: number | null, nodes: N[]): N | null {
  const want = normalise(cell);
  if (want === '') return null;
  const rank = (n: N): number => {
    const have = normalise(n.heading.title);
    if (have.length < 2) return 0;
    if (have === want) return 3;
    if (want.startsWith(have) || have.startsWith(want)) return 2;
    return 0;
  };
  const scored = nodes.map((n) => ({ n, r: rank(n) })).filter((x) => x.r > 0);
  scored.sort((a, b) => b.r - a.r || Number(b.n.number === number) - Number(a.n.number === number) || DEPTH[a.n.kind] - DEPTH[b.n.kind]);
  return scored[0]?.n ?? null;
}

/** What a row of a 分工表 assigns: names as printed, or null when the table names no responsible column. */
export function readRow(grid: Grid, row: Grid['rows'][number]): { leads: string[]; partners: string[]; partnersOpenEnded: boolean; undivided: boolean; deadline: string | null } | null {
  const c = grid.columns;
  // A merged cell (one 牵头单位 printed for several rows) says for each row it covers what it says.
  const cells = gridCellsShown(grid, row).map((c) => c.text);
  // Names are read in simplified characters, as every recogniser reads them (fold.ts).
  const cell = (i: number | null) => (i === null ? '' : fold(cells[i]).replace(/\s/g, ''));
  const deadline = cell(c.deadline) || null;
  const list = (text: string) => {
    const { partners, openEnded } = partnerList(text);
    return { names: partners, open: openEnded };
  };
  if (c.lead !== null) {
    const partners = list(cell(c.partner));
    return { leads: list(cell(c.lead)).names, partners: partners.names, partnersOpenEnded: partners.open, undivided: false, deadline };
  }
  if (c.responsible !== null) {
    const all = list(cell(c.responsible));
    return { leads: all.names, partners: [], partnersOpenEnded: all.open, undivided: true, deadline };
  }
  return null;
}

/**
 * Reads the rows of every attached 分工表 (a table with a task column and a 牵头 or 责任 column) as
 * assignments of the body's nodes. A row whose task names no heading of the body is a responsibility
 * printed in the table for the task the row words itself: it is read on the attachment, never
 * attached to a guessed heading, and noted.
 */
export function tableAssignments(body: Part[], attachments: Part[], log?: ReadingLog): PrintedAssignment[] {
  const nodes = body.flatMap((p) => [...walkNodes([p])]).filter((n) => n.kind !== 'part');
  const out: PrintedAssignment[] = [];
  for (const [part, grid] of attachments.flatMap((a) => a.blocks.filter((b): b is Grid => b.type === 'grid').map((g) => [a, g] as const))) {
    if (grid.columns.task === null) continue;
    for (const row of grid.rows) {
      // A group row (一、××方面) heads the rows under it: it assigns nothing itself.
      if (row.group) continue;
      const cells = gridCellsShown(grid, row).map((c) => c.text);
      const read = readRow(grid, row);
      if (!read) break;
      const printedNumber = grid.columns.number === null ? null : Number(cells[grid.columns.number].replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/\D/g, ''));
      const node = matchRow(cells[grid.columns.task], printedNumber, nodes);
      if (read.leads.length === 0) {
        log?.keep(row, 'attachments', 'attachment-row', `row ${cells[grid.columns.number ?? 0]} of the 分工表 names no responsible unit: the row is kept in the table`);
        continue;
      }
      if (!node) {
        // The row prints a task of its own wording: its responsibility is read, on the table.
        log?.observe(row.line, 'attachments', 'attachment-row', `row ${cells[grid.columns.number ?? 0]} of the 分工表 names a task that is no heading of the document body (“${cells[grid.columns.task]}”): its responsibility is read as the table's`);
      } else row.node = node.id;
      out.push({
        node: node ?? part,
        block: row.id,
        line: row.line,
        notation: 'attachment-table',
        leadRule: read.undivided ? 'first-listed' : 'printed',
        leads: read.leads,
        partners: read.partners,
        partnersOpenEnded: read.partnersOpenEnded,
        deadline: read.deadline,
      });
    }
  }
  return out;
}
