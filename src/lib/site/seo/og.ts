/**
 * Link-preview images (og:image): what a plan home, sector, task or measure page shows in a
 * 1200×630 card, laid out as SVG from the model (never a screenshot). Pure: the font, rendering
 * to PNG and the cache are in og-render.ts.
 */
import { listPages, type PageFrontmatter, type PageKind } from '../../model/pages.ts';
import type { Department, PlanModel } from '../../model/schema.ts';
import { formatDate } from '../views/format.ts';
import { headingLabel, planMarkerStyle } from '../views/markers.ts';
import { breadcrumbs, hrefOf } from '../views/nav.ts';
import { departmentPath, planHome, SEARCH_PATH } from '../../model/routes.ts';
import { SITE_NAME, taskDuty } from './seo.ts';
import { PAGE_KIND_LABEL } from '../../model/labels.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Page kinds with a card of their own (besides the plan home): the pages people share one by one. */
export const OG_PAGE_KINDS: readonly PageKind[] = ['sector', 'task', 'measure'];

export interface OgCard {
  /** Page route the card belongs to. */
  path: string;
  /** What the page is: 重点任务, 重点行业, 保障措施, or the plan's kind on its home. */
  kind: string;
  /** Where the page stands in the plan (its enclosing sections), or the issuer on a plan home. */
  context: string | null;
  /** The page title with its heading number in the plan's style. */
  title: string;
  /** Who does it, as the text assigns it (牵头：…, 配合：…). */
  duties: { label: string; names: string[]; more: boolean }[];
  /** The plan's name, always shown whole: a card never loses which document it comes from. */
  source: string;
  /** 文号 (and issuer or date) under the plan's name. */
  note: string | null;
}


/** The card of a plan's home: the plan title, its issuer, 文号 and 印发 date. */
export function planCard(model: PlanModel): OgCard {
  const m = model.meta;
  return {
    path: planHome(model.id),
    kind: '政府文件',
    context: m.issuer ?? null,
    title: m.planTitle,
    duties: [],
    source: m.noticeTitle ?? m.planTitle,
    note: [m.docNumber, m.issuedDate && `${formatDate(m.issuedDate)}印发`].filter(Boolean).join(' · ') || null,
  };
}

/** The card of a sector, task or measure page. */
export function pageCard(model: PlanModel, page: PageFrontmatter): OgCard {
  const style = planMarkerStyle(model);
  const duty = page.kind === 'task' ? taskDuty(model, page.id) : null;
  const context = breadcrumbs(model, page.id).slice(1, -1).map((c) => c.label);
  return {
    path: hrefOf(page),
    kind: PAGE_KIND_LABEL[page.kind],
    context: context.length > 0 ? context.join(' › ') : null,
    title: headingLabel(page.marker, page.title, style),
    duties: duty
      ? [
          ...(duty.leads.length > 0 ? [{ label: duty.leadVerb || '牵头', names: duty.leads, more: false }] : []),
          ...(duty.partners.length > 0 ? [{ label: '配合', names: duty.partners, more: duty.partnersOpenEnded }] : []),
        ]
      : [],
    source: model.meta.planTitle,
    note: [model.meta.docNumber, model.meta.issuer].filter(Boolean).join(' · ') || null,
  };
}

/** The card of a department's page: its printed name and the tasks the text gives it, in the plan's order. */
export function departmentCard(model: PlanModel, department: Pick<Department, 'id' | 'name' | 'leads' | 'partners'>): OgCard {
  const titles = (ids: string[]) => model.tasks.filter((t) => ids.includes(t.id)).map((t) => t.title);
  return {
    path: departmentPath(model.id, department.id),
    kind: '责任部门',
    context: null,
    title: department.name,
    duties: [
      ...(department.leads.length > 0 ? [{ label: `牵头 ${department.leads.length} 项`, names: titles(department.leads), more: false }] : []),
      ...(department.partners.length > 0 ? [{ label: `配合 ${department.partners.length} 项`, names: titles(department.partners), more: false }] : []),
    ],
    source: model.meta.planTitle,
    note: [model.meta.docNumber, model.meta.issuer].filter(Boolean).join(' · ') || null,
  };
}

/** The search page's card: what it searches, in which document (`only`, a library of one) or in how many. */
export function searchCard(count: number, only: PlanModel | null): OgCard {
  return {
    path: SEARCH_PATH,
    kind: '搜索',
    context: null,
    title: '搜索行业、任务、责任部门和原文',
    duties: [],
    source: only ? only.meta.planTitle : `${count} 份政府文件`,
    note: only ? [only.meta.docNumber, only.meta.issuer].filter(Boolean).join(' · ') || null : null,
  };
}

/** Every card of a plan: its home, its sector, task and measure pages in document order, then its departments' pages. */
export function planCards(model: PlanModel): OgCard[] {
  return [
    planCard(model),
    ...listPages(model).filter((p) => OG_PAGE_KINDS.includes(p.kind)).map((p) => pageCard(model, p)),
    ...model.departments.map((d) => departmentCard(model, d)),
  ];
}

/** The card's text for og:image:alt: everything the image says, in reading order. */
export function cardAlt(card: OgCard): string {
  return [card.title, ...card.duties.map(dutyText), `${card.source}${card.note ? `（${card.note}）` : ''}`, SITE_NAME].join('；');
}

const dutyText = (d: OgCard['duties'][number]) => `${d.label}：${d.names.join('、')}${d.more ? '等' : ''}`;

// ——— layout ———

/**
 * Advance width in em of a character in Noto Sans SC: ideographs and full-width forms take 1em;
 * Latin letters and digits about half. Estimated, so lines are wrapped a little short of the edge.
 */
export function charWidth(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 0x2e80 || (c >= 0x2000 && c <= 0x206f && ch !== '…')) return 1;
  if (ch === ' ') return 0.25;
  if (/[0-9]/.test(ch)) return 0.56;
  if (/[A-Z]/.test(ch)) return 0.66;
  if (/[il.,:;|!'()[\]]/.test(ch)) return 0.3;
  return ch === '…' ? 1 : 0.56;
}

export const textWidth = (text: string, size: number) => [...text].reduce((w, ch) => w + charWidth(ch), 0) * size;

/** Characters a line may not start with: they stay with the character before them. */
const NO_LINE_START = /^[、。，．：；！？）》」』〕】”’…·,.:;!?)\]]/;

/**
 * Wraps text into at most `maxLines` lines of `width` px at `size` px; what does not fit ends the
 * last line with …. Returns the lines and whether anything was cut.
 */
export function wrap(text: string, size: number, width: number, maxLines: number): { lines: string[]; cut: boolean } {
  const chars = [...text];
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length && lines.length < maxLines) {
    let line = '';
    while (i < chars.length && (line === '' || textWidth(line + chars[i], size) <= width || NO_LINE_START.test(chars[i]))) line += chars[i++];
    lines.push(line);
  }
  if (i >= chars.length) return { lines, cut: false };
  let last = lines.pop()!;
  while (last.length > 0 && textWidth(`${last}…`, size) > width) last = [...last].slice(0, -1).join('');
  lines.push(`${last}…`);
  return { lines, cut: true };
}

export interface TextRun { text: string; x: number; y: number; size: number; bold: boolean; fill: string }

const PAD = 88;
const INNER = OG_WIDTH - 2 * PAD;
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const ACCENT = '#a61b1b';
const RULE = '#d8d2c4';
const BG = '#fbfaf6';

/**
 * Places the card's text. The footer (plan name and 文号) is laid out first from the bottom and is
 * never cut short; the title gets what is left above it, in 2 lines at 64 px or 3 at 54 px, cut
 * with … beyond that; duty lines follow while they fit.
 */
export function layoutCard(card: OgCard): { runs: TextRun[]; ruleY: number } {
  const runs: TextRun[] = [];
  runs.push({ text: SITE_NAME, x: PAD, y: 96, size: 32, bold: true, fill: ACCENT });
  runs.push({ text: card.kind, x: PAD + textWidth(SITE_NAME, 32) + 28, y: 96, size: 28, bold: false, fill: MUTED });

  // Footer, from the bottom up.
  let bottom = OG_HEIGHT - 52;
  const footer: TextRun[] = [];
  if (card.note) {
    footer.unshift({ text: wrap(card.note, 26, INNER, 1).lines[0], x: PAD, y: bottom, size: 26, bold: false, fill: MUTED });
    bottom -= 44;
  }
  // The plan's name is shown whole: smaller and on two lines before anything of it is cut.
  const sourceSize = textWidth(card.source, 32) <= INNER ? 32 : 28;
  const source = wrap(card.source, sourceSize, INNER, 2).lines;
  for (const line of source.reverse()) {
    footer.unshift({ text: line, x: PAD, y: bottom, size: sourceSize, bold: true, fill: INK });
    bottom -= sourceSize + 12;
  }
  const ruleY = bottom - 6;
  const bodyBottom = ruleY - 28;

  let y = 96;
  if (card.context) {
    y += 52;
    runs.push({ text: wrap(card.context, 26, INNER, 1).lines[0], x: PAD, y, size: 26, bold: false, fill: MUTED });
  }
  const dutyLines = card.duties.map((d) => wrap(dutyText(d), 32, INNER, 1).lines[0]);
  // Two duty lines need 2 × 46 px below the title; the title gives way to the first one only.
  const dutyRoom = dutyLines.length > 0 ? 46 + 24 : 0;
  const big = wrap(card.title, 64, INNER, 2);
  const title = !big.cut || bodyBottom - y - dutyRoom < 3 * 66 + 24 ? { ...big, size: 64, lead: 80 } : { ...wrap(card.title, 54, INNER, 3), size: 54, lead: 66 };
  y += 36;
  for (const line of title.lines) {
    y += title.lead;
    // A full-width opening bracket carries half an em of blank on its left: hang it in the margin.
    const hang = /^[（〔【《「]/.test(line) ? Math.round(title.size * 0.45) : 0;
    runs.push({ text: line, x: PAD - hang, y, size: title.size, bold: true, fill: INK });
  }
  y += 24;
  for (const line of dutyLines) {
    if (y + 46 > bodyBottom) break;
    y += 46;
    runs.push({ text: line, x: PAD, y, size: 32, bold: false, fill: INK });
  }
  return { runs: [...runs, ...footer], ruleY };
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const textElement = (r: TextRun) => `<text x="${r.x}" y="${r.y}" font-size="${r.size}" font-weight="${r.bold ? 700 : 400}" fill="${r.fill}">${escapeXml(r.text)}</text>`;

/**
 * The card as an SVG document, in the font family `family`. `draw` writes each run's element: SVG
 * text by default; the renderer may draw the glyphs' outlines instead (src/lib/build/og-render.ts).
 */
export function cardSvg(card: OgCard, family: string, draw: (run: TextRun) => string = textElement): string {
  const { runs, ruleY } = layoutCard(card);
  const text = runs.map(draw);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="${escapeXml(family)}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${BG}"/>`,
    `<rect width="16" height="${OG_HEIGHT}" fill="${ACCENT}"/>`,
    `<rect x="${PAD}" y="${ruleY}" width="${INNER}" height="2" fill="${RULE}"/>`,
    ...text,
    '</svg>',
  ].join('\n');
}
