import type { Block, Box, Clause, DepartmentLine, Item, Paragraph, Part, Section, Table } from '../model/schema.ts';
import { looksLikeDepartmentLine, parseDepartmentLine, readDeadlineLine, trailingAssignmentStart, type ParsedDepartments } from './departments.ts';
import { ConvertError } from './errors.ts';
import { columnYear, parseIndicatorCell, splitUnit } from './indicators.ts';
import { markerLabel, matchHeading, OFFICIAL_SCHEME, splitTitle, type HeadingLevel, type HeadingScheme, type MarkerKind } from './markers.ts';
import { makeParagraph } from './paragraph.ts';
import type { LogicalLine } from './repair.ts';

const LEVELS: HeadingLevel[] = ['part', 'section', 'item', 'clause'];

/** How the scheme prints the first marker of a level, for messages (一、, 第一章 …). */
function levelLabel(scheme: HeadingScheme, level: HeadingLevel, n: number): string {
  const kind = (Object.keys(scheme) as MarkerKind[]).find((k) => scheme[k] === level);
  return kind ? markerLabel(kind, n) : level;
}

/** 专栏1 重点工程 / 专栏 2：… — a titled box inside a chapter or section. */
export const BOX_START = /^专栏\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?\s*[：:、.．]?\s*/;

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
function buildTable(file: string, id: string, rows: LogicalLine[], caption: Paragraph | null): Table {
  const header = rows[0].text.split('\t').map((c) => c.trim());
  const years = header.map(columnYear);
  const firstYear = years.findIndex((y) => y !== null);
  if (firstYear < 1) throw new ConvertError(file, rows[0].line, 'a table header needs a name column followed by year columns (2014 年 …)');
  let lastYear = firstYear;
  while (lastYear + 1 < header.length && years[lastYear + 1] !== null) lastYear++;
  const after = header.slice(lastYear + 1);
  if (after.some((h) => !ATTRIBUTE_COLUMN.test(h.replace(/\s+/g, '')) && !NOTE_COLUMN.test(h))) {
    throw new ConvertError(file, rows[0].line, 'every table column after the year columns must be a year, 属性 or 备注');
  }
  const before = header.slice(0, firstYear).map((h) => h.replace(/\s+/g, ''));
  const unitColumn = before.findIndex((h) => UNIT_COLUMN.test(h));
  const nameColumn = [...before.keys()].reverse().find((k) => k !== unitColumn && !NUMBER_COLUMN.test(before[k]));
  if (nameColumn === undefined) throw new ConvertError(file, rows[0].line, 'a table header needs a name column before its year columns');
  const categoryColumn = [...before.keys()].find((k) => k < nameColumn && k !== unitColumn && !NUMBER_COLUMN.test(before[k])) ?? null;
  const attributeColumn = header.findIndex((h, k) => k > lastYear && ATTRIBUTE_COLUMN.test(h.replace(/\s+/g, '')));
  const yearColumns = new Set(header.map((_, k) => k).filter((k) => k >= firstYear && k <= lastYear));
  let category = '';
  const out: Table['rows'] = rows.slice(1).map((r, i) => {
    const cells = r.text.split('\t');
    if (cells.length !== header.length) {
      throw new ConvertError(file, r.line, `table row has ${cells.length} cells, the header has ${header.length}`);
    }
    const printedCategory = categoryColumn !== null ? cells[categoryColumn].trim() : '';
    if (printedCategory !== '') category = printedCategory;
    if (categoryColumn !== null && category === '') throw new ConvertError(file, r.line, 'the first table row must name its category');
    const printedName = cells[nameColumn].trim();
    const split = splitUnit(printedName);
    const unit = unitColumn !== -1 ? cells[unitColumn].trim() || null : split.unit;
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
  if (out.length === 0) throw new ConvertError(file, rows[0].line, 'a table needs at least one row after its header');
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

/** A line with no sentence punctuation reads as a caption or title, not prose. */
export function isTitleLike(text: string): boolean {
  return !/[，、。；：]/.test(text);
}

/**
 * Builds the part › section › item › clause tree of the plan body. Checks that each level's numbers
 * run 1, 2, 3 … and that every block has a parent.
 */
export function buildOutline(file: string, lines: LogicalLine[], scheme: HeadingScheme = OFFICIAL_SCHEME): Part[] {
  const parts: Part[] = [];
  const open: Partial<Record<HeadingLevel, AnyNode>> = {};
  // The last printed number of each level: some plans number 节 or 条 on across chapters (only those).
  const lastNumber: Partial<Record<HeadingLevel, number>> = {};
  // An open 专栏 and the depth of the node that holds it: a heading at that depth or above ends it.
  let box: { block: Box; depth: number } | null = null;

  const deepest = (): AnyNode | undefined => open.clause ?? open.item ?? open.section ?? open.part;
  // The department line read on the previous line, which a 完成时限 line may complete.
  let previousDepartments: DepartmentLine | undefined;
  const nextBlockId = (node: AnyNode) => `${node.id}-b${node.blocks.length + 1}`;
  let nextLevels: (HeadingLevel | null)[] | undefined;

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const h = matchHeading(l.text, scheme);
    const boxStart = BOX_START.exec(l.text);
    if (box && (boxStart || (h && LEVELS.indexOf(h.level) <= box.depth))) box = null;
    if (boxStart) {
      const owner = deepest();
      if (!owner) throw new ConvertError(file, l.line, 'a 专栏 before the first heading of the plan body');
      const count = owner.blocks.filter((b) => b.type === 'box').length;
      const rest = l.text.slice(boxStart[0].length);
      const block: Box = { type: 'box', id: `${owner.id}-box${count + 1}`, line: l.line, endLine: l.endLine, marker: boxStart[0], title: rest, blocks: [] };
      owner.blocks.push(block);
      box = { block, depth: LEVELS.indexOf(owner.kind) };
      previousDepartments = undefined;
      continue;
    }
    if (box) {
      const b = box.block;
      // A box whose title is on a line of its own: the first short line without punctuation.
      if (b.title.trim() === '' && b.blocks.length === 0 && !/[，。；：、]/.test(l.text)) {
        b.title = l.text;
      } else {
        b.blocks.push(makeParagraph({ id: `${b.id}-b${b.blocks.length + 1}`, text: l.text, line: l.line, endLine: l.endLine, marks: l.marks, allowLead: false }));
      }
      b.endLine = l.endLine;
      continue;
    }
    if (h) {
      const depth = LEVELS.indexOf(h.level);
      const parent = depth === 0 ? null : (open[LEVELS[depth - 1]] as Part | Section | Item | undefined);
      if (depth > 0 && !parent) {
        throw new ConvertError(file, l.line, `heading “${h.marker.trim()}” has no enclosing ${levelLabel(scheme, LEVELS[depth - 1], 1)} heading`);
      }
      const siblings: AnyNode[] = parent ? (parent.children as AnyNode[]) : parts;
      const expected = siblings.length + 1;
      const continued = (lastNumber[h.level] ?? 0) + 1;
      if (h.kind !== 'dash' && h.number !== expected && !((h.kind === 'jie' || h.kind === 'article') && h.number === continued)) {
        throw new ConvertError(
          file,
          l.line,
          `heading out of sequence: expected ${levelLabel(scheme, h.level, expected)} but found ${h.marker.trim()}`,
        );
      }
      if (h.kind !== 'dash') lastNumber[h.level] = h.number;
      const id = parent ? (h.level === 'clause' ? `${parent.id}-c${expected}` : `${parent.id}-${expected}`) : `p${expected}`;
      const { title, terminator, remainder, sentence } = splitTitle(h.rest);
      const base = { id, number: expected, line: l.line, endLine: l.endLine, heading: { marker: h.marker, title, terminator, sentence, entities: [] }, blocks: [] as Block[] };
      const node: AnyNode =
        h.level === 'part' ? { ...base, kind: 'part', role: 'measures', children: [] }
        : h.level === 'section' ? { ...base, kind: 'section', children: [] }
        : h.level === 'item' ? { ...base, kind: 'item', children: [] }
        : { ...base, kind: 'clause' };
      siblings.push(node);
      open[h.level] = node;
      for (const lower of LEVELS.slice(depth + 1)) delete open[lower];
      previousDepartments = undefined;
      if (remainder.trim() !== '') {
        const offset = l.text.length - remainder.length;
        previousDepartments = pushParagraph(file, node, sliceLine(l, offset), false);
      }
      continue;
    }

    const node = deepest();
    if (!node) throw new ConvertError(file, l.line, 'text before the first part heading (一、) of the plan body');

    const deadline = readDeadlineLine(l.text);
    if (deadline !== null) {
      const owner = previousDepartments;
      if (!owner || owner.deadline !== null) {
        throw new ConvertError(file, l.line, 'a deadline line (完成时限：…) must follow the department line it belongs to');
      }
      const offset = owner.text.length + 1;
      owner.deadline = deadline;
      owner.text += `\n${l.text}`;
      owner.endLine = l.endLine;
      owner.marks.push(...l.marks.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })));
      continue;
    }
    previousDepartments = undefined;

    if (looksLikeDepartmentLine(l.text)) {
      const parsed = parseDepartmentLine(l.text);
      if (!parsed.ok) throw new ConvertError(file, l.line, parsed.message);
      const target = departmentLineOwner(open, i, (nextLevels ??= headingLevelsAfter(lines, scheme)));
      if (!target) throw new ConvertError(file, l.line, 'a department line (牵头/配合, 责任单位) must follow the part, section or item it assigns');
      previousDepartments = pushDepartments(target, l, parsed.value);
      if (target.kind === 'section') {
        delete open.item;
        delete open.clause;
      }
      continue;
    }

    if (l.text.includes('\t')) {
      const rows: LogicalLine[] = [];
      while (i < lines.length && lines[i].text.includes('\t')) rows.push(lines[i++]);
      i--;
      const last = node.blocks[node.blocks.length - 1];
      const caption = last?.type === 'paragraph' && isTitleLike(last.text) && last.endLine < rows[0].line ? (node.blocks.pop() as Paragraph) : null;
      node.blocks.push(buildTable(file, nextBlockId(node), rows, caption));
      continue;
    }

    previousDepartments = pushParagraph(file, node, l, true);
  }
  return parts;
}

/**
 * A paragraph, and the responsibility in parentheses that may close it (…。（责任单位：各市人民政府）),
 * which becomes a department line of the same node.
 */
function pushParagraph(file: string, node: AnyNode, l: LogicalLine, allowLead: boolean): DepartmentLine | undefined {
  const at = trailingAssignmentStart(l.text);
  const body = at > 0 ? sliceLine(l, 0, at) : l;
  if (body.text.trim() !== '') {
    node.blocks.push(makeParagraph({ id: `${node.id}-b${node.blocks.length + 1}`, text: body.text, line: l.line, endLine: l.endLine, marks: body.marks, allowLead }));
  }
  if (at > 0) {
    const rest = sliceLine(l, at);
    const parsed = parseDepartmentLine(rest.text);
    if (!parsed.ok) throw new ConvertError(file, l.line, parsed.message);
    return pushDepartments(node, rest, parsed.value);
  }
  return undefined;
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
function departmentLineOwner(open: Partial<Record<HeadingLevel, AnyNode>>, i: number, nextLevels: (HeadingLevel | null)[]): AnyNode | undefined {
  const deepest = open.clause ?? open.item ?? open.section ?? open.part;
  const section = open.section as Section | undefined;
  if (!deepest || !section || deepest === section) return deepest;
  const itemsHaveLines = section.children.some((it) => it.blocks.some((b) => b.type === 'departments') || it.children.some((c) => c.blocks.some((b) => b.type === 'departments')));
  const next = nextLevels[i + 1];
  const closesSection = next === null || next === 'part' || next === 'section';
  if (closesSection && !itemsHaveLines && deepest.blocks.every((b) => b.type !== 'departments')) return section;
  return deepest;
}

/**
 * For each line, the level of the heading that follows it once department and deadline lines are
 * skipped (null when text or the end comes first). Filled from the end in one pass: scanning ahead
 * from every department line made a long run of them quadratic.
 */
function headingLevelsAfter(lines: LogicalLine[], scheme: HeadingScheme): (HeadingLevel | null)[] {
  const out: (HeadingLevel | null)[] = new Array(lines.length + 1).fill(null);
  for (let k = lines.length - 1; k >= 0; k--) {
    if (looksLikeDepartmentLine(lines[k].text) || readDeadlineLine(lines[k].text) !== null) out[k] = out[k + 1];
    else out[k] = matchHeading(lines[k].text, scheme)?.level ?? null;
  }
  return out;
}
