import type { Block, Clause, Item, Paragraph, Part, Section, Table } from '../model/schema.ts';
import { looksLikeDepartmentLine, parseDepartmentLine } from './departments.ts';
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
      if (remainder.trim() !== '') {
        const offset = l.text.length - remainder.length;
        const rest = sliceLine(l, offset);
        node.blocks.push(makeParagraph({ id: `${id}-b1`, text: rest.text, line: l.line, endLine: l.endLine, marks: rest.marks, allowLead: false }));
      }
      continue;
    }

    const node = deepest();
    if (!node) throw new ConvertError(file, l.line, 'text before the first part heading (一、) of the plan body');

    if (looksLikeDepartmentLine(l.text)) {
      const parsed = parseDepartmentLine(l.text);
      if (!parsed.ok) throw new ConvertError(file, l.line, parsed.message);
      const section = open.section as Section | undefined;
      if (!section) throw new ConvertError(file, l.line, 'a department line (牵头/配合) must close a section such as （一）');
      section.blocks.push({
        type: 'departments',
        id: `${section.id}-dept`,
        line: l.line,
        endLine: l.endLine,
        text: l.text,
        ...parsed.value,
        marks: l.marks,
        mentions: [],
      });
      delete open.item;
      delete open.clause;
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

    node.blocks.push(makeParagraph({ id: nextBlockId(node), text: l.text, line: l.line, endLine: l.endLine, marks: l.marks, allowLead: true }));
  }
  return parts;
}
