/**
 * The answer data of a plan: everything the "who leads X?" answers need, computed at build time
 * from the model and shipped as one compact JSON file per plan (/<plan>/answers.json), read by the
 * answer card in search and by the static page 按主题查牵头部门. Both come from this one function.
 *
 * It holds the plan's text (paragraphs and headings, whitespace removed) cut into places, each
 * with the page and anchor it is shown at and the responsibilities that cover it, so that the
 * finder (answers.ts) can say where the plan speaks of any topic and who is responsible there.
 */
import { z } from 'zod';
import { listPages } from '../../model/pages.ts';
import { departmentPath, fullTextPath, pagePath, topicsPath } from '../../model/routes.ts';
import type { OutlineNode, Paragraph, Part, PlanModel, Registry } from '../../model/schema.ts';
import { childrenOf, findNode } from '../../model/walk.ts';
import { successorName } from '../views/departments.ts';
import { responsibilities } from './responsibilities.ts';
import { squeeze } from '../../model/normalise.ts';

export const PlaceKindSchema = z.enum(['task', 'sector', 'measure', 'overview', 'notice', 'attachment']);
export type PlaceKind = z.infer<typeof PlaceKindSchema>;

export const AnswerDataSchema = z.object({
  v: z.literal(1),
  plan: z.string(),
  /** The plan's title, shown when answers come from several plans. */
  title: z.string(),
  /** The static page 按主题查牵头部门 of this plan. */
  topics: z.string(),
  departments: z.array(z.object({
    id: z.string(),
    name: z.string(),
    /** Other names a reader may type: the registry's full name, the name without 省/市. */
    alt: z.array(z.string()),
    href: z.string(),
    /** The body that took over its function, where the registry records one (省工业和信息化厅). */
    now: z.string().optional(),
  })),
  /** From responsibilities(): department lists are indices into `departments`. */
  resps: z.array(z.object({
    node: z.string(),
    task: z.string().nullable(),
    /** Title of the node the responsibility covers (the task's title). */
    title: z.string(),
    href: z.string(),
    leads: z.array(z.number().int()),
    partners: z.array(z.number().int()),
    open: z.boolean(),
    /** Present when the bodies are each responsible and none leads (按职责分工负责). */
    joint: z.literal(1).optional(),
    /** Anchor of the printed department line on `href`. */
    block: z.string(),
    /** 完成时限 printed with it, when there is one. */
    deadline: z.string().optional(),
  })),
  /** Pages that show places: what kind of text, the sector (index into `sectors`) it belongs to. */
  pages: z.array(z.object({ href: z.string(), name: z.string(), kind: PlaceKindSchema, sector: z.number().int().optional(), part: z.literal(true).optional() })),
  places: z.array(z.object({
    /** Anchor id on the page. */
    anchor: z.string(),
    /** Index into `pages`. */
    page: z.number().int(),
    /** The text with whitespace removed (a heading's title, or a paragraph). */
    text: z.string(),
    /** Present when the place is a heading's title. */
    isTitle: z.literal(true).optional(),
    /** Indices of the responsibilities that cover the place (none when absent). */
    resps: z.array(z.number().int()).optional(),
    /** Spans of the text that state what it is about: a lead sentence, the first sentence of 一是…. */
    heads: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
  })),
  sectors: z.array(z.object({
    id: z.string(),
    title: z.string(),
    href: z.string(),
    terms: z.array(z.string()),
    clauses: z.array(z.string()),
    /** Tasks whose text mentions the sector's key terms (提及, a reading aid): responsibility index and terms. */
    related: z.array(z.object({ resp: z.number().int(), terms: z.array(z.string()) })),
    /** The title of its sector group (加快发展电子信息产业). */
    group: z.string().optional(),
    /** What the plan says of it first: the first sentence of its text, clipped (for the sector card). */
    line: z.string().optional(),
  })),
  /**
   * The body the plan puts in charge of co-ordinating it, as printed in the notice (a 领导小组 and
   * its 办公室): the sentence naming the office's host, linked to its paragraph, and the host (an
   * index into `departments` when the tasks name it too). Absent when the plan sets up none.
   */
  coordination: z.object({
    text: z.string(),
    href: z.string(),
    host: z.string().nullable(),
    hostIndex: z.number().int().nullable(),
  }).optional(),
});
export type AnswerData = z.infer<typeof AnswerDataSchema>;

/**
 * The same data as written to /<plan>/answers.json: the keys that repeat thousands of times are
 * one or two letters, which keeps the file within its budget. Only src/lib/site/answers/answer-file.ts
 * reads and writes this form; everything else uses AnswerData's names.
 */
export const AnswerFileSchema = AnswerDataSchema.extend({
  resps: z.array(AnswerDataSchema.shape.resps.element.omit({ deadline: true }).extend({ dl: z.string().optional() })),
  pages: z.array(z.object({ h: z.string(), n: z.string(), k: PlaceKindSchema, s: z.number().int().optional(), part: z.literal(1).optional() })),
  places: z.array(z.object({
    a: z.string(),
    p: z.number().int(),
    t: z.string(),
    ti: z.literal(1).optional(),
    r: z.array(z.number().int()).optional(),
    hd: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
  })),
  sectors: z.array(AnswerDataSchema.shape.sectors.element.extend({ related: z.array(z.object({ r: z.number().int(), terms: z.array(z.string()) })) })),
});
export type AnswerFile = z.infer<typeof AnswerFileSchema>;
export type AnswerPlace = AnswerData['places'][number];
export type AnswerResp = AnswerData['resps'][number];
export type AnswerPage = AnswerData['pages'][number];

/** Whitespace is not text a reader types (the PDF left spaces around numbers and Latin words). */

/** Squeezes a text and maps span offsets of the original into it. */
function squeezeWithSpans(text: string, spans: [number, number][]): { t: string; hd: [number, number][] } {
  const map: number[] = [];
  let t = '';
  for (let i = 0; i < text.length; i++) {
    map.push(t.length);
    if (!/[\s\u200B]/.test(text[i])) t += text[i];
  }
  map.push(t.length);
  return { t, hd: spans.map(([s, e]) => [map[s], map[e]] as [number, number]).filter(([s, e]) => e > s) };
}

/** The spans of a paragraph that state its subject: the lead sentence and each 一是… entry's first sentence. */
function headSpans(p: Paragraph): [number, number][] {
  const spans: [number, number][] = [];
  if (p.leadLength) spans.push([0, p.leadLength]);
  for (const e of p.enumeration ?? []) {
    const stop = p.text.indexOf('。', e.start);
    spans.push([e.start, stop >= 0 && stop < e.end ? stop + 1 : e.end]);
  }
  return spans;
}

export function answerData(model: PlanModel, registry: Registry): AnswerData {
  const pages = new Map(listPages(model).map((p) => [p.id, p]));
  const resps = responsibilities(model);
  const deptIndex = new Map(model.departments.map((d, i) => [d.id, i]));
  const byName = new Map(registry.departments.map((d) => [d.name, d]));
  const departments = model.departments.map((d) => {
    const alt = new Set<string>();
    const full = byName.get(d.name)?.fullName;
    if (full) alt.add(full);
    const short = d.name.replace(/^[省市县]/, '');
    if (short !== d.name && short.length >= 2) alt.add(short);
    alt.delete(d.name);
    const now = successorName(byName.get(d.name), d.name);
    return { id: d.id, name: d.name, alt: [...alt], href: departmentPath(model.id, d.id), ...(now ? { now } : {}) };
  });
  const pageOf = (chain: OutlineNode[]) => {
    for (let i = chain.length - 1; i >= 0; i--) {
      const p = pages.get(chain[i].id);
      if (p) return { href: pagePath(model.id, p.kind, p.id), title: p.title, part: p.kind === 'part' };
    }
    return { href: fullTextPath(model.id), title: '原文', part: false };
  };
  const respOfNode = new Map<string, number[]>();
  resps.forEach((r, i) => respOfNode.set(r.node, [...(respOfNode.get(r.node) ?? []), i]));
  const sectorIndex = new Map<string, number>();
  const sectors: AnswerData['sectors'] = model.sectorGroups.flatMap((g) => g.sectors.map((s) => ({ s, g }))).map(({ s, g }, i) => {
    sectorIndex.set(s.id, i);
    const node = findNode(model.parts, s.id);
    const first = node?.blocks.find((b) => b.type === 'paragraph');
    const line = first?.type === 'paragraph' ? firstSentence(first.text) : node ? firstSentence(node.heading.title) : '';
    return {
      id: s.id,
      title: s.title,
      href: pagePath(model.id, 'sector', s.id),
      terms: s.keyTerms,
      clauses: s.clauses,
      related: model.sectorTaskMentions
        .filter((m) => m.sector === s.id)
        .flatMap((m) => resps.flatMap((r, ri) => (r.task === m.task ? [{ resp: ri, terms: m.terms }] : []))),
      group: g.title,
      ...(line ? { line } : {}),
    };
  });

  const pageList: AnswerData['pages'] = [];
  const pageIndex = new Map<string, number>();
  const pageAt = (href: string, name: string, kind: PlaceKind, sector: number | undefined, part = false) => {
    if (!pageIndex.has(href)) {
      pageIndex.set(href, pageList.length);
      pageList.push({ href, name, kind, ...(sector !== undefined ? { sector } : {}), ...(part ? { part: true as const } : {}) });
    }
    return pageIndex.get(href)!;
  };
  const places: AnswerData['places'] = [];
  const rOf = (r: number[]) => (r.length ? { resps: r } : {});
  const KIND: Record<Part['role'], PlaceKind> = { tasks: 'task', sectors: 'sector', measures: 'measure', overview: 'overview', attachment: 'attachment' };
  const visit = (node: OutlineNode, chain: OutlineNode[], kind: PlaceKind, covering: number[]) => {
    const here = [...chain, node];
    const r = [...covering, ...(respOfNode.get(node.id) ?? [])];
    const page = pageOf(here);
    const sector = here.map((n) => sectorIndex.get(n.id)).find((x) => x !== undefined);
    const p = pageAt(page.href, page.title, kind, sector, page.part);
    const title = squeeze(node.heading.title);
    if (title) places.push({ anchor: node.id, page: p, text: title, isTitle: true, ...rOf(r) });
    // A 专栏's entries are places of the node that holds the box.
    for (const b of node.blocks.flatMap((x) => (x.type === 'box' ? x.blocks : [x]))) {
      if (b.type !== 'paragraph') continue;
      const { t, hd } = squeezeWithSpans(b.text, headSpans(b));
      places.push({ anchor: b.id, page: p, text: t, ...rOf(r), ...(hd.length ? { heads: hd } : {}) });
    }
    for (const c of childrenOf(node)) visit(c, here, kind, r);
  };
  for (const para of [...model.meta.noticeBody, ...model.preamble]) {
    places.push({ anchor: para.id, page: pageAt(fullTextPath(model.id), '原文', 'notice', undefined), text: squeeze(para.text) });
  }
  for (const part of model.parts) visit(part, [], KIND[part.role], []);

  const partyIndex = (id: string) => {
    const i = deptIndex.get(id);
    // A responsible party the model does not list would be a department named nowhere else.
    if (i === undefined) throw new Error(`${model.id}: responsibility names “${id}”, which is not in model.departments`);
    return i;
  };
  const nodeTitle = new Map<string, string>();
  const nodeHref = new Map<string, string>();
  for (const pl of places) if (pl.isTitle) {
    nodeTitle.set(pl.anchor, pl.text);
    nodeHref.set(pl.anchor, pageList[pl.page].href);
  }
  return AnswerDataSchema.parse({
    v: 1,
    plan: model.id,
    title: model.meta.planTitle,
    topics: topicsPath(model.id),
    departments,
    resps: resps.map((r) => ({
      node: r.node,
      task: r.task,
      title: nodeTitle.get(r.node) ?? r.node,
      href: nodeHref.get(r.node) ?? fullTextPath(model.id),
      leads: r.leads.map(partyIndex),
      partners: r.partners.map(partyIndex),
      open: r.partnersOpenEnded,
      ...(r.jointly ? { joint: 1 as const } : {}),
      block: r.block,
      ...(r.deadline ? { deadline: r.deadline } : {}),
    })),
    pages: pageList,
    places,
    sectors,
    ...coordinationOf(model, departments),
  });
}

const LINE_MAX = 60;
/** The first sentence of a text (to its first 。；), whitespace removed, clipped to LINE_MAX characters. */
export function firstSentence(text: string): string {
  const t = squeeze(text);
  const stop = t.search(/[。；]/);
  const s = stop >= 0 ? t.slice(0, stop + 1) : t;
  return [...s].length > LINE_MAX ? `${[...s].slice(0, LINE_MAX).join('')}…` : s;
}

/**
 * The plan's co-ordinating body as printed: the sentence of the leading-group paragraph that names
 * where its office sits (办公室设在…), else the paragraph's first sentence.
 */
function coordinationOf(model: PlanModel, departments: AnswerData['departments']): Pick<AnswerData, 'coordination'> {
  const g = model.leadingGroup;
  if (!g) return {};
  const para = [...model.meta.noticeBody, ...model.preamble].find((p) => p.id === g.paragraph);
  if (!para) return {};
  const sentences = squeeze(para.text).match(/[^。]+。?/g) ?? [];
  const text = sentences.find((x) => x.includes('办公室设在')) ?? sentences.find((x) => x.includes('领导小组')) ?? sentences[0] ?? '';
  if (!text) return {};
  const hostIndex = g.officeHostId ? departments.findIndex((d) => d.id === g.officeHostId) : -1;
  return { coordination: { text, href: `${fullTextPath(model.id)}#${para.id}`, host: g.officeHost, hostIndex: hostIndex >= 0 ? hostIndex : null } };
}


/**
 * The answer file shipped to the browser: everything but the text of paragraphs outside the tasks
 * (the sectors, measures, overview and notice). Those are where the plan assigns no department;
 * the browser learns where a topic occurs there from the search results, which are checked against
 * each page's text (src/browser/search/engine.ts), so the file stays within the size budget.
 */
export function coreAnswerData(d: AnswerData): AnswerData {
  return {
    ...d,
    places: d.places.filter((pl) => pl.isTitle || d.pages[pl.page].kind === 'task'),
  };
}

/**
 * The answer data a plain keyword needs (/<plan>/answers-keyword.json), about 2.4 KB gzip against
 * 5.7: its sector card (the sectors, the tasks that mention each, their leads) and whether it names
 * a department. No page, paragraph or co-ordinating body: those answer a question ("谁牵头 …"),
 * and a department named brings the whole file (src/browser/search/answer.ts), since its card
 * speaks of the other plans too.
 */
export function keywordAnswerData(d: AnswerData): AnswerData {
  const { coordination: _, ...rest } = d;
  return { ...rest, pages: [], places: [] };
}
