import type { Block, Clause, DepartmentLine, Item, Paragraph, Part, Section, Table } from '../model/schema.ts';
import { looksLikeDepartmentLine, parseDepartmentLine, readDeadlineLine, trailingAssignmentStart, type ParsedDepartments } from './departments.ts';
import { ConvertError } from './errors.ts';
import { columnYear, parseIndicatorCell, splitUnit } from './indicators.ts';
import { matchHeading, splitTitle, type HeadingLevel } from './markers.ts';
import { makeParagraph } from './paragraph.ts';
import type { LogicalLine } from './repair.ts';

const LEVELS: HeadingLevel[] = ['part', 'section', 'item', 'clause'];
const PARENT: Record<HeadingLevel, string> = { part: '', section: '一、', item: '（一）', clause: '1.' };
const LABEL: Record<HeadingLevel, (n: number) => string> = {
  part: (n) => `${toNumeral(n)}、`,
  section: (n) => `（${toNumeral(n)}）`,
  item: (n) => `${n}.`,
  clause: () => '——',
};

function toNumeral(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n];
  return `${n >= 20 ? d[Math.floor(n / 10)] : ''}十${d[n % 10]}`;
}

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

/** Lines of a table: tab-separated cells, one row a line; the first line is the header. */
function buildTable(file: string, id: string, rows: LogicalLine[], caption: Paragraph | null): Table {
  const header = rows[0].text.split('\t').map((c) => c.trim());
  const years = header.map(columnYear);
  const firstYear = years.findIndex((y) => y !== null);
  if (firstYear < 1) throw new ConvertError(file, rows[0].line, 'a table header needs a name column followed by year columns (2014 年 …)');
  if (years.slice(firstYear).some((y) => y === null)) {
    throw new ConvertError(file, rows[0].line, 'every table column after the first year column must be a year');
  }
  const hasCategory = firstYear >= 2;
  let category = '';
  const out: Table['rows'] = rows.slice(1).map((r, i) => {
    const cells = r.text.split('\t');
    if (cells.length !== header.length) {
      throw new ConvertError(file, r.line, `table row has ${cells.length} cells, the header has ${header.length}`);
    }
    const printedCategory = hasCategory ? cells[0].trim() : '';
    if (printedCategory !== '') category = printedCategory;
    if (hasCategory && category === '') throw new ConvertError(file, r.line, 'the first table row must name its category');
    const printedName = cells[firstYear - 1].trim();
    const { name, unit } = splitUnit(printedName);
    return {
      id: `${id}-r${i + 1}`,
      line: r.line,
      category,
      categoryPrinted: printedCategory !== '',
      printedName,
      name,
      unit,
      cells: cells.slice(firstYear).map(parseIndicatorCell),
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
    years: years.slice(firstYear) as number[],
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
export function buildOutline(file: string, lines: LogicalLine[]): Part[] {
  const parts: Part[] = [];
  const open: Partial<Record<HeadingLevel, AnyNode>> = {};

  const deepest = (): AnyNode | undefined => open.clause ?? open.item ?? open.section ?? open.part;
  // The department line read on the previous line, which a 完成时限 line may complete.
  let previousDepartments: DepartmentLine | undefined;
  const nextBlockId = (node: AnyNode) => `${node.id}-b${node.blocks.length + 1}`;

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const h = matchHeading(l.text);
    if (h) {
      const depth = LEVELS.indexOf(h.level);
      const parent = depth === 0 ? null : (open[LEVELS[depth - 1]] as Part | Section | Item | undefined);
      if (depth > 0 && !parent) {
        throw new ConvertError(file, l.line, `heading “${h.marker.trim()}” has no enclosing ${PARENT[h.level]} heading`);
      }
      const siblings: AnyNode[] = parent ? (parent.children as AnyNode[]) : parts;
      const expected = siblings.length + 1;
      if (h.level !== 'clause' && h.number !== expected) {
        throw new ConvertError(
          file,
          l.line,
          `heading out of sequence: expected ${LABEL[h.level](expected)} but found ${h.marker.trim()}`,
        );
      }
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
      const target = departmentLineOwner(open, lines, i);
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

function pushDepartments(node: AnyNode, l: LogicalLine, value: ParsedDepartments): DepartmentLine {
  const count = node.blocks.filter((b) => b.type === 'departments').length;
  const { undivided: _undivided, ...fields } = value;
  const block: DepartmentLine = {
    type: 'departments',
    id: count === 0 ? `${node.id}-dept` : `${node.id}-dept-${count + 1}`,
    line: l.line,
    endLine: l.endLine,
    text: l.text,
    ...fields,
    // An undivided 责任单位 list is read by the plan's lead rule once the whole text is known.
    leadRule: value.undivided ? 'first-listed' : 'printed',
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
function departmentLineOwner(open: Partial<Record<HeadingLevel, AnyNode>>, lines: LogicalLine[], i: number): AnyNode | undefined {
  const deepest = open.clause ?? open.item ?? open.section ?? open.part;
  const section = open.section as Section | undefined;
  if (!deepest || !section || deepest === section) return deepest;
  const itemsHaveLines = section.children.some((it) => it.blocks.some((b) => b.type === 'departments') || it.children.some((c) => c.blocks.some((b) => b.type === 'departments')));
  let next: HeadingLevel | null = null;
  for (let k = i + 1; k < lines.length && next === null; k++) {
    if (looksLikeDepartmentLine(lines[k].text) || readDeadlineLine(lines[k].text) !== null) continue;
    const h = matchHeading(lines[k].text);
    if (h) next = h.level;
    else break;
  }
  const closesSection = next === null || next === 'part' || next === 'section';
  if (closesSection && !itemsHaveLines && deepest.blocks.every((b) => b.type !== 'departments')) return section;
  return deepest;
}
