import type { Block, Clause, Grid, EntityMention, Item, Mention, Paragraph, PlanModel, Section } from '../model/schema.ts';
import { listPages, PageFrontmatterSchema, type PageFrontmatter } from '../model/pages.ts';
import { departmentPath, entityPath, fullTextPath, KIND_DIR } from '../model/routes.ts';
import { gridCells } from '../model/grid.ts';
import { findNode } from '../model/walk.ts';
import { sourceAnchor } from '../site/views/source.ts';
import { escapeMdxText, yamlValue } from './escape.ts';

const esc = escapeMdxText;

/** A paragraph with its lead sentence in bold and its 一是…二是… entries as a list. */
/**
 * Text from `start` to `end`, escaped, with the department and entity names in it linked to their
 * pages. Department and entity mentions never overlap (the converter guarantees it).
 */
export function inlineMdx(text: string, start: number, end: number, mentions: (Mention | EntityMention)[], plan: string): string {
  let out = '';
  let at = start;
  for (const m of [...mentions].sort((x, y) => x.start - y.start)) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a mention ending at or before start also starts before at (at >= start), so the next line skips it anyway.
    if (m.end <= start) continue;
    if (m.start >= end || m.start < at) continue;
    const a = Math.max(start, m.start);
    const b = Math.min(end, m.end);
    out += esc(text.slice(at, a));
    out += 'department' in m
      ? `<a class="dept-mention" href="${departmentPath(plan, m.department)}">${esc(text.slice(a, b))}</a>`
      : `<a class="entity-mention" href="${entityPath(plan, m.entity)}">${esc(text.slice(a, b))}</a>`;
    at = b;
  }
  return out + esc(text.slice(at, end));
}

/** A paragraph with its lead sentence in bold and its 一是…二是… entries as a list. */
export function paragraphMdx(p: Paragraph, plan: string): string {
  const t = p.text;
  const inline = (a: number, b: number) => inlineMdx(t, a, b, [...p.mentions, ...(p.entities ?? [])], plan);
  const first = p.enumeration?.[0]?.start ?? t.length;
  const lead = p.leadLength !== undefined && p.leadLength <= first ? p.leadLength : 0;
  const out: string[] = [];
  if (first > 0) {
    const strong = lead > 0 ? `<strong class="lead">${inline(0, lead)}</strong>` : '';
    out.push(`<p id="${p.id}">${strong}${inline(lead, first)}</p>`);
  }
  if (p.enumeration) {
    const items = p.enumeration.map((e) => `<li>${inline(e.start, e.end)}</li>`).join('');
    out.push(`<ol${first > 0 ? '' : ` id="${p.id}"`} class="enumeration">${items}</ol>`);
  }
  return out.join('\n\n');
}

export function blockMdx(b: Block, plan: string): string {
  switch (b.type) {
    case 'paragraph':
      return paragraphMdx(b, plan);
    case 'departments':
      return `<p id="${b.id}" class="department-line">${lineRanges(b.text).map(([s, e]) => inlineMdx(b.text, s, e, b.mentions, plan)).join('<br />')}</p>`;
    case 'table':
      return `<IndicatorTable plan="${plan}" id="${b.id}" />`;
    case 'grid':
      return gridMdx(b);
    case 'box':
      return [`<aside id="${b.id}" class="box" aria-labelledby="${b.id}-title">`, `<p class="box-title" id="${b.id}-title">${esc(`${b.marker.trim()} ${b.title.trim()}`.trim())}</p>`, ...b.blocks.map((x) => blockMdx(x, plan)), '</aside>'].join('\n\n');
  }
}

/** [start, end) of each printed line of a block (a department line with its 完成时限 line). */
function lineRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', start)) {
    out.push([start, i]);
    start = i + 1;
  }
  out.push([start, text.length]);
  return out;
}

/** An attached table (分工表, 项目清单) as printed: one row a line, each with its own anchor. */
function gridMdx(g: Grid): string {
  const row = (cells: string[], tag: 'th' | 'td') => cells.map((c) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${esc(c)}</${tag}>`).join('');
  return [
    `<div class="table-wrap" tabindex="0"><table id="${g.id}" class="grid">`,
    g.caption !== null ? `<caption>${esc(g.caption)}</caption>` : '',
    `<thead><tr>${row(g.header, 'th')}</tr></thead>`,
    `<tbody>${g.rows.map((r) => `<tr id="${r.id}">${row(gridCells(g, r), 'td')}</tr>`).join('')}</tbody>`,
    '</table></div>',
  ].join('');
}

const blocks = (bs: Block[], plan: string) => bs.map((b) => blockMdx(b, plan));

const headingText = (h: (Section | Item | Clause)['heading']) => (h.marker.trim() === '——' ? h.title : `${h.marker.trim()} ${h.title}`);

function headingMdx(level: number, n: Section | Item | Clause): string {
  return `<h${level} id="${n.id}">${esc(headingText(n.heading))}</h${level}>`;
}

function clauseMdx(c: Clause, plan: string, level: number): string[] {
  if (c.heading.sentence) {
    const h = c.heading;
    return [`<p id="${c.id}" class="clause">${esc(h.marker)}${inlineMdx(h.title, 0, h.title.length, h.entities ?? [], plan)}${esc(h.terminator)}</p>`, ...blocks(c.blocks, plan)];
  }
  return [headingMdx(level, c), ...blocks(c.blocks, plan)];
}

/**
 * A small link from an item on its task's or measure's page to the item in 原文 (its heading, with
 * its passage marked); its accessible name names the item, as a page has one such link per item.
 */
function sourceLinkMdx(i: Item, plan: string): string {
  const label = esc(`在原文中查看：${headingText(i.heading)}`).replace(/"/g, '&quot;');
  return `<p class="source-line item-source" data-pagefind-ignore><a class="source-link" href="${fullTextPath(plan)}#${sourceAnchor(i)}" aria-label="${label}">在原文中查看</a></p>`;
}

function itemMdx(i: Item, plan: string, level: number, source = false): string[] {
  return [headingMdx(level, i), ...(source ? [sourceLinkMdx(i, plan)] : []), ...blocks(i.blocks, plan), ...i.children.flatMap((c) => clauseMdx(c, plan, level + 1))];
}

/** The body of a page: only the node's own text; lists of child pages come from the layout. */
export function pageBody(model: PlanModel, page: PageFrontmatter): string[] {
  const node = findNode(model.parts, page.id);
  if (!node) throw new Error(`page ${page.id} has no node`);
  const plan = model.id;
  switch (node.kind) {
    case 'part':
      // The overview's sections are not pages of their own, so the part page carries all of them.
      return node.role === 'overview'
        ? [...blocks(node.blocks, plan), ...node.children.flatMap((s) => [headingMdx(2, s), ...blocks(s.blocks, plan), ...s.children.flatMap((i) => itemMdx(i, plan, 3))])]
        : blocks(node.blocks, plan);
    case 'section': {
      // A task's or measure's items are not pages of their own, so its page carries them; a
      // sector group's items are the sector pages.
      const parent = model.parts.find((p) => p.children.includes(node));
      const inline = parent?.role !== 'sectors';
      return [...blocks(node.blocks, plan), ...(inline ? node.children.flatMap((i) => itemMdx(i, plan, 2, true)) : [])];
    }
    case 'item':
      return [...blocks(node.blocks, plan), ...node.children.flatMap((c) => clauseMdx(c, plan, 2))];
    case 'clause':
      return clauseMdx(node, plan, 2);
  }
}

export function pageMdx(model: PlanModel, page: PageFrontmatter): string {
  const front = Object.keys(PageFrontmatterSchema.shape).map((k) => `${k}: ${yamlValue(page[k as keyof PageFrontmatter])}`);
  return [
    '---',
    ...front,
    '---',
    '',
    `{/* Generated by \`npm run convert\` from content/sources/${model.source.file}. Do not edit: change the source or the converter. */}`,
    '',
    ...pageBody(model, page).join('\n\n').split('\n'),
    '',
  ].join('\n');
}

/**
 * Every generated file of a plan, keyed by its path relative to content/generated/: the model as
 * JSON, and one MDX page per part, sector group, sector, task and measure.
 */
export function generateFiles(model: PlanModel): Map<string, string> {
  const files = new Map<string, string>();
  files.set(`${model.id}/plan.json`, `${JSON.stringify(model, null, 1)}\n`);
  for (const page of listPages(model)) {
    const dir = page.kind === 'sector-group' ? 'sector-groups' : KIND_DIR[page.kind];
    files.set(`${model.id}/${dir}/${page.id}.mdx`, pageMdx(model, page));
  }
  return files;
}
