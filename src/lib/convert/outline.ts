import type { Block, Box, Clause, DepartmentLine, Item, Paragraph, Part, Section, Table } from '../model/schema.ts';
import { inlineAssignmentSpans, looksLikeDepartmentLine, parseDepartmentLine, readDeadlineLine, readPartnerLine, trailingAssignmentStart, type ParsedDepartments } from './departments.ts';
import { columnYear, parseIndicatorCell, splitUnit } from './indicators.ts';
import { buildPrintedGrid, printedTableRows } from './attachments.ts';
import { markerLabel, markerRank, matchMarker, OFFICIAL_SCHEME, splitTitle, type HeadingLevel, type HeadingScheme, type MarkerKind } from './markers.ts';
import { makeParagraph } from './paragraph.ts';
import { fold } from './fold.ts';
import type { ReadingLog } from './reading.ts';
import { BOX_START, type LogicalLine } from './patterns.ts';

const LEVELS: HeadingLevel[] = ['part', 'section', 'item', 'clause'];

export { BOX_START } from './patterns.ts';

/** Slices a logical line, keeping the correction marks that fall inside the slice. */
export function sliceLine(l: LogicalLine, start: number, end = l.text.length): LogicalLine {
  return {
    ...l,
    text: l.text.slice(start, end),
    marks: l.marks
      .filter((m) => m.end > start && m.start < end)
      .map((m) => ({ ...m, start: Math.max(0, m.start - start), end: Math.min(end, m.end) - start })),
  };
}

type AnyNode = Part | Section | Item | Clause;

/** Header words of the columns an indicators table may have besides its name and year columns. */
const UNIT_COLUMN = /^(?:计量)?单位$/;
const NUMBER_COLUMN = /^序\s*号$/;
const ATTRIBUTE_COLUMN = /^(?:指标)?(?:属性|性质|类型)$/;
const NOTE_COLUMN = /^备\s*注$/;

/**
 * Lines of an indicators table: tab-separated cells, one row a line; the first line is the header.
 * The header names the columns: year columns (2014 年, 2020年目标) in one run; before them the
 * indicator's name, with a category, a 序号 or a 单位 column; after them a 属性 (预期性/约束性) or
 * 备注 column.
 */
class TableShape extends Error {}

/** Reads an indicators table, or says why its lines are no such table. */
function readTable(id: string, rows: LogicalLine[], caption: Paragraph | null): { ok: true; table: Table } | { ok: false; message: string } {
  try {
    return { ok: true, table: buildTable(id, rows, caption) };
  } catch (e) {
    if (e instanceof TableShape) return { ok: false, message: e.message };
    throw e;
  }
}

function fail(line: number, message: string): never {
  throw new TableShape(`line ${line}: ${message}`);
}

function buildTable(id: string, rows: LogicalLine[], caption: Paragraph | null): Table {
  const header = rows[0].text.split('\t').map((c) => c.trim());
  // Column heads are read folded: a traditional copy prints 單位, 屬性, 序號.
  const keys = header.map((h) => fold(h).replace(/\s+/g, ''));
  const years = keys.map(columnYear);
  const firstYear = years.findIndex((y) => y !== null);
  if (firstYear < 1) fail(rows[0].line, 'a table header needs a name column followed by year columns (2014 年 …)');
  let lastYear = firstYear;
  while (lastYear + 1 < header.length && years[lastYear + 1] !== null) lastYear++;
  const after = keys.slice(lastYear + 1);
  if (after.some((h) => !ATTRIBUTE_COLUMN.test(h) && !NOTE_COLUMN.test(h))) {
    fail(rows[0].line, 'every table column after the year columns must be a year, 属性 or 备注');
  }
  const before = keys.slice(0, firstYear);
  const unitColumn = before.findIndex((h) => UNIT_COLUMN.test(h));
  const nameColumn = [...before.keys()].reverse().find((k) => k !== unitColumn && !NUMBER_COLUMN.test(before[k]));
  if (nameColumn === undefined) fail(rows[0].line, 'a table header needs a name column before its year columns');
  const categoryColumn = [...before.keys()].find((k) => k < nameColumn && k !== unitColumn && !NUMBER_COLUMN.test(before[k])) ?? null;
  const attributeColumn = keys.findIndex((h, k) => k > lastYear && ATTRIBUTE_COLUMN.test(h));
  const yearColumns = new Set(header.map((_, k) => k).filter((k) => k >= firstYear && k <= lastYear));
  let category = '';
  const out: Table['rows'] = rows.slice(1).map((r, i) => {
    const cells = r.text.split('\t');
    if (cells.length !== header.length) {
      fail(r.line, `table row has ${cells.length} cells, the header has ${header.length}`);
    }
    const printedCategory = categoryColumn !== null ? cells[categoryColumn].trim() : '';
    if (printedCategory !== '') category = printedCategory;
    if (categoryColumn !== null && category === '') fail(r.line, 'the first table row must name its category');
    const printedName = cells[nameColumn].trim();
    const split = splitUnit(printedName);
    // A dash in the 单位 column (—) says the indicator has no unit; the cell stays as printed.
    const unit = unitColumn !== -1 ? cells[unitColumn].trim().replace(/^[—–\-－]+$/, '') || null : split.unit;
    const otherCells = cells
      .map((text, column) => ({ column, text: text.trim() }))
      .filter(({ column, text }) => column !== categoryColumn && column !== nameColumn && !yearColumns.has(column) && text !== '');
    return {
      id: `${id}-r${i + 1}`,
      line: r.line,
      category,
      categoryPrinted: printedCategory !== '',
      printedName,
      name: unitColumn !== -1 ? printedName : split.name,
      unit,
      cells: cells.slice(firstYear, lastYear + 1).map(parseIndicatorCell),
      attribute: attributeColumn !== -1 ? cells[attributeColumn].trim() || null : null,
      otherCells,
    };
  });
  if (out.length === 0) fail(rows[0].line, 'a table needs at least one row after its header');
  return {
    type: 'table',
    id,
    line: caption?.line ?? rows[0].line,
    endLine: rows[rows.length - 1].endLine,
    caption: caption?.text ?? null,
    header,
    years: years.slice(firstYear, lastYear + 1) as number[],
    columns: { category: categoryColumn, name: nameColumn, firstYear },
    rows: out,
  };
}

/** Cells printed apart by a wide gap (two spaces or more, or a full-width space pair). */
const GAP_SPLIT = /(?: {2,}|\u3000+)/;
const GAP = /\S(?: {2,}|\u3000+)\S/;
/** A header of an indicators table printed with wide gaps: three cells or more, a year column among them. */
function isGapHeader(text: string): boolean {
  const cells = text.trim().split(GAP_SPLIT);
  return cells.length >= 3 && cells.some((c) => columnYear(fold(c)) !== null);
}

/** A line with no sentence punctuation reads as a caption or title, not prose. */
export function isTitleLike(text: string): boolean {
  return !/[，、。；：]/.test(text);
}

interface OpenHeading {
  kind: MarkerKind;
  node: AnyNode;
}

/**
 * The depth a heading of `kind` takes under the open headings: a marker already open is a sibling
 * of that heading; a marker of lower rank than the deepest open one nests under it; one of higher
 * rank closes the deeper headings first. So the levels are the ones this document prints, in the
 * order they nest here: 1. directly under 一、 is a level below 一、, as （一） would be.
 */
export function headingDepth(open: readonly { kind: MarkerKind }[], kind: MarkerKind, part: MarkerKind | null): number {
  if (kind === part) return 0;
  let d = open.length;
  while (d > 0 && markerRank(open[d - 1].kind) > markerRank(kind)) d--;
  return d > 0 && open[d - 1].kind === kind ? d - 1 : d;
}

/**
 * Builds the outline tree of the document body: part › section › item › clause, whatever markers
 * make them. Nothing is refused: a heading nested deeper than four levels, a department line that
 * cannot be read or a table whose rows do not fit its header stays text where it is printed and
 * goes into the reading log; a number out of sequence or a skipped level is read and noted.
 */
export function buildOutline(lines: LogicalLine[], scheme: HeadingScheme = OFFICIAL_SCHEME, log?: ReadingLog): Part[] {
  const parts: Part[] = [];
  const open: OpenHeading[] = [];
  // The last printed number of each marker: many documents number 节, 条 or even （一） on across
  // the parts (the State Council's （三） under 二、), which is in sequence too.
  const lastNumber: Partial<Record<MarkerKind, number>> = {};
  // An open 专栏 and the depth of the node that holds it: a heading at that depth or above ends it.
  // `from`: the table's block index, for a 专栏 the format printed as a table, which ends with it.
  let box: { block: Box; depth: number; from?: number } | null = null;

  const deepest = (): AnyNode | undefined => open[open.length - 1]?.node;
  // The department line read on the previous line, which a 完成时限 line may complete.
  let previousDepartments: DepartmentLine | undefined;
  const nextBlockId = (node: AnyNode) => `${node.id}-b${node.blocks.length + 1}`;
  let nextKinds: (MarkerKind | null)[] | undefined;
  const headingOf = (text: string) => {
    const m = matchMarker(text);
    return m && scheme.part !== null && scheme.kinds.includes(m.kind) && markerRank(m.kind) >= markerRank(scheme.part) ? m : null;
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // A row of a printed table is never a heading, whatever its first cell says (一、××方面).
    const h = l.table ? null : headingOf(l.text);
    const depth = h ? headingDepth(open, h.kind, scheme.part) : -1;
    const boxStart = l.table ? null : BOX_START.exec(l.text);
    if (box && box.from !== undefined) {
      if (l.box !== box.from || boxStart) box = null;
    } else if (box && (boxStart || (h && depth <= box.depth))) box = null;
    const owner = deepest();
    if (!owner && !(h && depth === 0)) {
      // The envelope hands over a body that starts with a part heading; anything else is a bug.
      throw new Error(`internal error: body line ${l.line} before the first part heading`);
    }
    if (boxStart && owner) {
      const count = owner.blocks.filter((b) => b.type === 'box').length;
      const rest = l.text.slice(boxStart[0].length);
      const block: Box = { type: 'box', id: `${owner.id}-box${count + 1}`, line: l.line, endLine: l.endLine, marker: boxStart[0], title: rest, blocks: [] };
      owner.blocks.push(block);
      box = { block, depth: open.length - 1, ...(l.box !== undefined ? { from: l.box } : {}) };
      previousDepartments = undefined;
      continue;
    }
    if (box) {
      const b = box.block;
      // A box whose title is on a line of its own: the first short line without punctuation.
      if (b.title.trim() === '' && b.blocks.length === 0 && !/[，。；：、]/.test(l.text)) {
        b.title = l.text;
      } else if (l.text.includes('\t') || isGapHeader(l.text)) {
        // A table in the box (its indicators, a list of projects): rows until the first line
        // without a tab; an indicators table is read as the body's, any other stays text. A text
        // copy may print the cells apart by wide gaps instead (指标  单位  基期值（2020年）…).
        const gaps = !l.text.includes('\t');
        const isRow = (t: string) => (gaps ? GAP.test(t.trim()) : t.includes('\t'));
        const rows: LogicalLine[] = [];
        if (l.table) {
          // The rows of a table printed inside a 专栏 printed as a table: kept as a table if they
          // are not an indicators table.
          while (i < lines.length && lines[i].table?.index === l.table.index) rows.push(lines[i++]);
          i--;
          const table = readTable(`${b.id}-b${b.blocks.length + 1}`, rows, null);
          b.blocks.push(table.ok ? table.table : buildPrintedGrid(`${b.id}-b${b.blocks.length + 1}`, null, rows));
          b.endLine = rows[rows.length - 1].endLine;
          continue;
        }
        while (i < lines.length && isRow(lines[i].text) && !BOX_START.test(lines[i].text) && !headingOf(lines[i].text)) {
          rows.push(gaps ? { ...lines[i], text: lines[i].text.trim().split(GAP_SPLIT).join('\t') } : lines[i]);
          i++;
        }
        i--;
        const table = readTable(`${b.id}-b${b.blocks.length + 1}`, rows, null);
        if (table.ok) b.blocks.push(table.table);
        else {
          log?.keep({ line: rows[0].line, endLine: rows[rows.length - 1].endLine }, 'outline', 'table', `${table.message}: the rows are kept as text`);
          for (const r of rows) b.blocks.push(makeParagraph({ id: `${b.id}-b${b.blocks.length + 1}`, text: r.text, line: r.line, endLine: r.endLine, marks: r.marks, allowLead: false }));
        }
        b.endLine = rows[rows.length - 1].endLine;
        continue;
      } else {
        b.blocks.push(makeParagraph({ id: `${b.id}-b${b.blocks.length + 1}`, text: l.text, line: l.line, endLine: l.endLine, marks: l.marks, allowLead: false }));
      }
      b.endLine = l.endLine;
      continue;
    }
    if (h && depth >= LEVELS.length) {
      log?.keep(l, 'outline', 'heading-too-deep', `heading marker ${h.marker.trim()} nested below ${LEVELS.length} levels: kept as text of the heading above`);
    } else if (h) {
      const level = LEVELS[depth];
      const parent = depth === 0 ? null : (open[depth - 1].node as Part | Section | Item);
      const siblings: AnyNode[] = parent ? (parent.children as AnyNode[]) : parts;
      const expected = siblings.length + 1;
      // Numbering that runs on across parents: the next number after the last one of this marker.
      const continued = lastNumber[h.kind] === undefined ? null : lastNumber[h.kind]! + 1;
      if (h.kind !== 'dash' && h.number !== expected && h.number !== continued) {
        log?.observe(l.line, 'outline', 'heading-sequence', `heading ${h.marker.trim()} printed where ${markerLabel(h.kind, expected)} comes in sequence: read as number ${expected} of its level`);
      }
      const canonical = scheme.kinds.indexOf(h.kind) - (scheme.part ? scheme.kinds.indexOf(scheme.part) : 0);
      if (depth < canonical && parent) {
        log?.observe(l.line, 'outline', 'heading-level', `heading marker ${h.marker.trim()} directly under ${parent.heading.marker.trim()}${parent.heading.title}: read one level up, as its ${level}`);
      }
      if (h.kind !== 'dash') lastNumber[h.kind] = h.number;
      const id = parent ? (level === 'clause' ? `${parent.id}-c${expected}` : `${parent.id}-${expected}`) : `p${expected}`;
      // A heading that ends in its responsibility, with no 。 before it (1.推进示范工作（省商务厅牵头）):
      // the title stops where the parenthesis starts, which becomes the node's department line.
      const owned = h.rest.includes('。') ? -1 : trailingAssignmentStart(h.rest);
      const { title, terminator, remainder, sentence } = splitTitle(owned > 0 ? h.rest.slice(0, owned) : h.rest);
      const base = { id, number: expected, line: l.line, endLine: l.endLine, heading: { marker: h.marker, title, terminator, sentence, entities: [] }, blocks: [] as Block[] };
      const node: AnyNode =
        level === 'part' ? { ...base, kind: 'part', role: 'measures', children: [] }
        : level === 'section' ? { ...base, kind: 'section', children: [] }
        : level === 'item' ? { ...base, kind: 'item', children: [] }
        : { ...base, kind: 'clause' };
      siblings.push(node);
      open.splice(depth, open.length, { kind: h.kind, node });
      previousDepartments = undefined;
      if (owned > 0) {
        previousDepartments = pushParagraph(node, sliceLine(l, h.marker.length + owned), false, log);
      } else if (remainder.trim() !== '') {
        const offset = l.text.length - remainder.length;
        previousDepartments = pushParagraph(node, sliceLine(l, offset), false, log);
      }
      continue;
    }

    const node = deepest()!;
    // A line that completes the department line before it: its 完成时限, or its partners
    // (协同责任单位：A、B after 牵头责任单位：C). Without such a line before it, it stays text.
    const deadline = readDeadlineLine(l.text);
    const partnerLine = deadline === null ? readPartnerLine(l.text) : null;
    if (deadline !== null || partnerLine !== null) {
      const owner = previousDepartments;
      const completes = deadline !== null ? owner?.deadline === null : !!owner && owner.partners.length === 0 && !owner.partnersOpenEnded && owner.leadRule === 'printed';
      if (owner && completes) {
        if (deadline !== null) owner.deadline = deadline;
        else {
          owner.partners = partnerLine!.partners;
          owner.partnersOpenEnded = partnerLine!.openEnded;
        }
        appendLine(owner, l);
        continue;
      }
      if (deadline !== null) log?.keep(l, 'assignments', 'deadline-line', 'a deadline line (完成时限：…) that follows no department line: kept as text');
      else log?.keep(l, 'assignments', 'department-line', 'a partner line (配合单位：…) that follows no lead line: kept as text');
      previousDepartments = pushParagraph(node, l, true, log);
      continue;
    }
    previousDepartments = undefined;

    if (looksLikeDepartmentLine(l.text)) {
      const parsed = parseDepartmentLine(l.text);
      if (!parsed.ok) {
        log?.keep(l, 'assignments', 'department-line', `${parsed.message}: kept as text`);
        previousDepartments = pushParagraph(node, l, true, log);
        continue;
      }
      const target = departmentLineOwner(open, i, (nextKinds ??= headingKindsAfter(lines, headingOf)), scheme.part);
      previousDepartments = pushDepartments(target, l, parsed.value);
      if (target.kind === 'section') open.splice(2);
      continue;
    }

    if (l.table) {
      // A table the format printed as one: an indicators table if it reads as one, else kept as
      // the table it is, cell by cell.
      const rows = printedTableRows(lines, i);
      i += rows.length - 1;
      const last = node.blocks[node.blocks.length - 1];
      const caption = last?.type === 'paragraph' && isTitleLike(last.text) && last.endLine < rows[0].line ? (node.blocks.pop() as Paragraph) : null;
      const table = readTable(nextBlockId(node), rows.filter((r) => !r.table!.group), caption);
      if (table.ok && !rows.some((r) => r.table!.group)) node.blocks.push(table.table);
      else {
        if (caption) node.blocks.push(caption);
        node.blocks.push(buildPrintedGrid(nextBlockId(node), null, rows));
      }
      previousDepartments = undefined;
      continue;
    }

    if (l.text.includes('\t')) {
      const rows: LogicalLine[] = [];
      while (i < lines.length && lines[i].text.includes('\t')) rows.push(lines[i++]);
      i--;
      const last = node.blocks[node.blocks.length - 1];
      const caption = last?.type === 'paragraph' && isTitleLike(last.text) && last.endLine < rows[0].line ? (node.blocks.pop() as Paragraph) : null;
      const table = readTable(nextBlockId(node), rows, caption);
      if (table.ok) {
        node.blocks.push(table.table);
      } else {
        if (caption) node.blocks.push(caption);
        log?.keep({ line: rows[0].line, endLine: rows[rows.length - 1].endLine }, 'outline', 'table', `${table.message}: the rows are kept as text`);
        for (const r of rows) pushParagraph(node, r, false, log);
      }
      continue;
    }

    previousDepartments = pushParagraph(node, l, true, log);
  }
  return parts;
}

/**
 * A paragraph, and the responsibilities in parentheses that close it (…。（责任单位：各市人民政府）)
 * or close sentences inside it: each becomes a department line of the same node, in place, and the
 * paragraph keeps the rest. Returns the last department line when it ends the paragraph.
 */
function pushParagraph(node: AnyNode, l: LogicalLine, allowLead: boolean, log?: ReadingLog): DepartmentLine | undefined {
  // A heading's sentence followed by its responsibility alone (——建设配送中心。（市商务局负责）).
  const whole = looksLikeDepartmentLine(l.text) ? parseDepartmentLine(l.text) : null;
  if (whole?.ok) return pushDepartments(node, l, whole.value);
  const spans = inlineAssignmentSpans(l.text);
  const trailing = trailingAssignmentStart(l.text);
  if (trailing > 0) spans.push([trailing, l.text.length]);
  let from = 0;
  let last: DepartmentLine | undefined;
  for (const [start, end] of spans) {
    const body = sliceLine(l, from, start);
    if (body.text.trim() !== '') {
      node.blocks.push(makeParagraph({ id: `${node.id}-b${node.blocks.length + 1}`, text: body.text, line: l.line, endLine: l.endLine, marks: body.marks, allowLead: allowLead && from === 0 }));
    }
    const rest = sliceLine(l, start, end);
    const parsed = parseDepartmentLine(rest.text);
    // Both finders return only a parenthesis that reads; this guards the invariant.
    if (!parsed.ok) {
      log?.keep(l, 'assignments', 'department-line', `${parsed.message}: kept as text`);
      return undefined;
    }
    last = pushDepartments(node, rest, parsed.value);
    from = end;
  }
  const tail = from === 0 ? l : sliceLine(l, from);
  if (tail.text.trim() !== '') {
    node.blocks.push(makeParagraph({ id: `${node.id}-b${node.blocks.length + 1}`, text: tail.text, line: l.line, endLine: l.endLine, marks: tail.marks, allowLead: allowLead && from === 0 }));
    return undefined;
  }
  return last;
}

/** A printed line that continues a department line: its text, range and correction marks. */
function appendLine(owner: DepartmentLine, l: LogicalLine): void {
  const offset = owner.text.length + 1;
  owner.text += `\n${l.text}`;
  owner.endLine = l.endLine;
  owner.marks.push(...l.marks.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })));
}

/** Department lines pushed per node so far: counting the node's blocks each time was quadratic. */
const departmentCounts = new WeakMap<AnyNode, number>();

function pushDepartments(node: AnyNode, l: LogicalLine, value: ParsedDepartments): DepartmentLine {
  const count = departmentCounts.get(node) ?? 0;
  departmentCounts.set(node, count + 1);
  const { undivided: _undivided, jointly: _jointly, ...fields } = value;
  const block: DepartmentLine = {
    type: 'departments',
    id: count === 0 ? `${node.id}-dept` : `${node.id}-dept-${count + 1}`,
    line: l.line,
    endLine: l.endLine,
    text: l.text,
    ...fields,
    // An undivided 责任单位 list is read by the plan's lead rule once the whole text is known.
    leadRule: value.jointly ? 'all-responsible' : value.undivided ? 'first-listed' : 'printed',
    marks: l.marks,
    mentions: [],
  };
  node.blocks.push(block);
  return block;
}

/**
 * The node a department line of its own belongs to: the deepest open node — except that a line
 * after the last item of a section, where no earlier item had a line of its own, closes the whole
 * section (the bundled plan's notation: the parenthesis after a task's paragraphs).
 */
function departmentLineOwner(open: OpenHeading[], i: number, nextKinds: (MarkerKind | null)[], part: MarkerKind | null): AnyNode {
  const deepest = open[open.length - 1].node;
  const section = open[1]?.node as Section | undefined;
  if (!section || deepest === section) return deepest;
  const itemsHaveLines = section.children.some((it) => it.blocks.some((b) => b.type === 'departments') || it.children.some((c) => c.blocks.some((b) => b.type === 'departments')));
  const next = nextKinds[i + 1];
  const closesSection = next === null || headingDepth(open, next, part) <= 1;
  if (closesSection && !itemsHaveLines && deepest.blocks.every((b) => b.type !== 'departments')) return section;
  return deepest;
}

/**
 * For each line, the marker of the heading that follows it once department and deadline lines are
 * skipped (null when text or the end comes first). Filled from the end in one pass: scanning ahead
 * from every department line made a long run of them quadratic.
 */
function headingKindsAfter(lines: LogicalLine[], headingOf: (text: string) => { kind: MarkerKind } | null): (MarkerKind | null)[] {
  const out: (MarkerKind | null)[] = new Array(lines.length + 1).fill(null);
  for (let k = lines.length - 1; k >= 0; k--) {
    if (looksLikeDepartmentLine(lines[k].text) || readDeadlineLine(lines[k].text) !== null || readPartnerLine(lines[k].text) !== null) out[k] = out[k + 1];
    else out[k] = headingOf(lines[k].text)?.kind ?? null;
  }
  return out;
}
