/**
 * The library: what the site knows across plans (cards, facets, departments, citations). Pure
 * functions of the plan models and the registry; the pages render what they return.
 */
import { canonicalDocNumber } from '../../model/doc-number.ts';
import { documentDate } from '../views/format.ts';
import { slugify } from '../../model/ids.ts';
import type { Citation, Meta, PlanModel, PlanStatus, Registry, RegistryEntry, Task } from '../../model/schema.ts';
import type { Crumb } from '../views/nav.ts';
import { planStatus } from '../views/record.ts';
import { planHome } from '../../model/routes.ts';

/** A site is a library when it holds more than one plan; with one plan `/` is that plan's home. */
export const isLibrary = (plans: readonly unknown[]) => plans.length > 1;

/**
 * Document kinds, by the end of the plan title (or the notice title when the plan has none),
 * longest first so that 实施方案 wins over 方案.
 */
export const PLAN_KINDS = ['实施方案', '行动方案', '行动计划', '工作方案', '实施意见', '指导意见', '若干措施', '规划', '纲要', '意见', '决定', '通知', '通报', '办法', '条例', '规定', '细则', '预案', '计划', '方案', '措施', '批复', '复函', '答复', '报告', '函'] as const;
export const OTHER_KIND = '其他';

export function planKind(meta: Pick<Meta, 'planTitle' | 'noticeTitle'>): string {
  const title = meta.planTitle.replace(/[（(][^（()）]*[)）]\s*$/, '').trim();
  return PLAN_KINDS.find((k) => title.endsWith(k)) ?? PLAN_KINDS.find((k) => meta.noticeTitle?.endsWith(k)) ?? OTHER_KIND;
}

/** The year a plan was issued: its issue date, else the year in its 文号. */
export function planYear(meta: Pick<Meta, 'issuedDate' | 'docNumber'> & Partial<Pick<Meta, 'signatures'>>): number | null {
  // Stryker disable next-line StringLiteral: any text without a bracketed year, '' or another, gives no year
  const y = documentDate(meta)?.slice(0, 4) ?? /〔(\d{4})〕|\[(\d{4})\]/.exec(meta.docNumber ?? '')?.slice(1).find(Boolean);
  return y ? Number(y) : null;
}

/** How a plan is named wherever it is not the page's subject: short title + 文号. */
export const planLabel = (meta: Pick<Meta, 'planTitle' | 'docNumber'>) => (meta.docNumber ? `${meta.planTitle}（${meta.docNumber}）` : meta.planTitle);

/** The issuer as the library shows it: printed, or said to be unprinted (a plan text with no notice). */
export const UNKNOWN_ISSUER = '未注明发文机关';

export interface PlanCard {
  id: string;
  /** The issuer as printed, or UNKNOWN_ISSUER when the text prints none. */
  issuer: string;
  docNumber: string | null;
  title: string;
  label: string;
  date: string | null;
  year: number | null;
  kind: string;
  tasks: number;
  departments: number;
  targets: number;
  /** From the curated record; 未标注 without one (src/lib/site/views/record.ts). */
  status: PlanStatus;
  /** The portal's 主题分类, when the source is a portal page that prints it. */
  topic: string | null;
}

export function planCard(m: PlanModel): PlanCard {
  return {
    id: m.id,
    issuer: m.meta.issuer ?? UNKNOWN_ISSUER,
    docNumber: m.meta.docNumber,
    title: m.meta.planTitle,
    label: planLabel(m.meta),
    date: documentDate(m.meta),
    year: planYear(m.meta),
    kind: planKind(m.meta),
    tasks: m.stats.tasks,
    departments: m.stats.departments,
    targets: m.targets.length,
    status: planStatus(m).status,
    topic: m.portalRecord?.topic ?? null,
  };
}

/** Newest first; plans of one date by 文号, then id, so the order never depends on input order. */
export function sortCards(cards: PlanCard[]): PlanCard[] {
  return [...cards].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.docNumber ?? '').localeCompare(b.docNumber ?? '') || a.id.localeCompare(b.id));
}

export type FacetKey = 'issuer' | 'year' | 'kind' | 'status' | 'topic';
export const FACET_LABEL: Record<FacetKey, string> = { issuer: '发文机关', year: '年份', kind: '文种', status: '状态', topic: '主题分类' };
export const FACET_KEYS: FacetKey[] = ['issuer', 'year', 'kind', 'status', 'topic'];

export interface FacetValue {
  facet: FacetKey;
  /** ASCII path segment of /plans/<facet>/<slug>/. */
  slug: string;
  label: string;
  count: number;
}

const facetLabel = (c: PlanCard, f: FacetKey): string | null => {
  if (f === 'year') return c.year === null ? null : String(c.year);
  return f === 'issuer' ? c.issuer : f === 'kind' ? c.kind : f === 'status' ? c.status : c.topic;
};

/**
 * The values of each facet with their counts. Slugs are ASCII (pinyin for Chinese labels); two
 * labels with one pinyin get -2, -3 … in label order, so a slug never names two values.
 */
export function facets(cards: PlanCard[]): Record<FacetKey, FacetValue[]> {
  const out = {} as Record<FacetKey, FacetValue[]>;
  for (const f of FACET_KEYS) {
    const counts = new Map<string, number>();
    for (const c of cards) {
      const l = facetLabel(c, f);
      if (l !== null) counts.set(l, (counts.get(l) ?? 0) + 1);
    }
    const labels = [...counts.keys()].sort((a, b) => (f === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')));
    const used = new Map<string, number>();
    out[f] = labels.map((label) => {
      // A year label is its digits, and slugify keeps digits as they are.
      const base = slugify(label);
      const n = (used.get(base) ?? 0) + 1;
      used.set(base, n);
      return { facet: f, slug: n === 1 ? base : `${base}-${n}`, label, count: counts.get(label)! };
    });
  }
  return out;
}


export function cardsFor(cards: PlanCard[], v: Pick<FacetValue, 'facet' | 'label'>): PlanCard[] {
  return cards.filter((c) => facetLabel(c, v.facet) === v.label);
}

export interface LibrarySummary {
  plans: number;
  issuers: number;
  departments: number;
  tasks: number;
  firstYear: number | null;
  lastYear: number | null;
}

export function summary(models: PlanModel[], departmentCount: number): LibrarySummary {
  const years = models.map((m) => planYear(m.meta)).filter((y): y is number => y !== null);
  return {
    plans: models.length,
    issuers: new Set(models.map((m) => m.meta.issuer)).size,
    departments: departmentCount,
    tasks: models.reduce((n, m) => n + m.stats.tasks, 0),
    firstYear: years.length ? Math.min(...years) : null,
    lastYear: years.length ? Math.max(...years) : null,
  };
}

/**
 * Breadcrumbs of a plan's page inside a library: the library first, then the plan by its short
 * title where a one-plan site says 首页. A one-plan site keeps its crumbs exactly.
 */
export function libraryCrumbs(crumbs: Crumb[], models: Pick<PlanModel, 'id' | 'meta'>[]): Crumb[] {
  if (!isLibrary(models) || crumbs.length === 0) return crumbs;
  const plan = models.find((m) => crumbs[0].href === planHome(m.id));
  if (!plan) return crumbs;
  return [{ label: '文库', href: '/' }, { label: plan.meta.planTitle, href: crumbs[0].href }, ...crumbs.slice(1)];
}

// ---------------------------------------------------------------------------------------------
// Departments across plans


export interface PlanDuty {
  plan: PlanCard;
  /** The department's id inside that plan (/<plan>/departments/<id>/). */
  localId: string;
  leads: Task[];
  partners: Task[];
}

export interface LibraryDepartment {
  /** ASCII id of /departments/<id>/: the pinyin of the printed name, -2 … when two names share one. */
  id: string;
  name: string;
  kind: string | undefined;
  registry: RegistryEntry | null;
  duties: PlanDuty[];
  /** Bodies the registry relates to this one: never merged, only shown. */
  related: { id: string; name: string; relation: 'successor' | 'predecessor' }[];
}

/**
 * Every responsible body of the library, one per printed name, with its duties plan by plan
 * (newest plan first). The same printed name in two plans is one body; a body and its successor
 * in the registry (省经济和信息化委 → 辽宁省工业和信息化厅) stay two, related both ways. `unknown`
 * lists the printed names the registry lacks: they still get a page.
 */
export function libraryDepartments(models: PlanModel[], registry: Registry): { departments: LibraryDepartment[]; unknown: string[] } {
  const byName = new Map(registry.departments.map((d) => [d.name, d]));
  const cards = new Map(models.map((m) => [m.id, planCard(m)]));
  const groups = new Map<string, { kind: string | undefined; duties: PlanDuty[] }>();
  for (const m of sortCardsModels(models, cards)) {
    const tasks = new Map(m.tasks.map((t) => [t.id, t]));
    for (const d of m.departments) {
      const g = groups.get(d.name) ?? { kind: (d as { kind?: string }).kind, duties: [] };
      g.duties.push({ plan: cards.get(m.id)!, localId: d.id, leads: d.leads.map((id) => tasks.get(id)!).filter(Boolean), partners: d.partners.map((id) => tasks.get(id)!).filter(Boolean) });
      groups.set(d.name, g);
    }
  }
  const names = [...groups.keys()].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const used = new Map<string, number>();
  const ids = new Map<string, string>();
  for (const name of names) {
    const base = slugify(name);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    ids.set(name, n === 1 ? base : `${base}-${n}`);
  }
  // A registry successor is named by its full name; find the library body printed with that name.
  const byFullName = new Map<string, string>();
  for (const name of names) {
    const full = byName.get(name)?.fullName;
    if (full) byFullName.set(full, name);
  }
  const successorOf = (name: string): string | null => {
    const s = byName.get(name)?.successor?.name;
    if (!s) return null;
    const found = groups.has(s) ? s : byFullName.get(s);
    return found && found !== name ? found : null;
  };
  const departments = names.map((name) => ({
    id: ids.get(name)!,
    name,
    kind: groups.get(name)!.kind,
    registry: byName.get(name) ?? null,
    duties: groups.get(name)!.duties,
    related: [
      ...(successorOf(name) ? [{ id: ids.get(successorOf(name)!)!, name: successorOf(name)!, relation: 'successor' as const }] : []),
      ...names.filter((o) => successorOf(o) === name).map((o) => ({ id: ids.get(o)!, name: o, relation: 'predecessor' as const })),
    ],
  }));
  return { departments, unknown: names.filter((n) => !byName.has(n)) };
}

function sortCardsModels(models: PlanModel[], cards: Map<string, PlanCard>): PlanModel[] {
  const order = sortCards([...cards.values()]).map((c) => c.id);
  return [...models].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

// ---------------------------------------------------------------------------------------------
// Citations between plans

export interface CitationLink {
  docNumber: string;
  /** The title as printed with the 文号, or the cited plan's title when it is in the library. */
  title: string | null;
  /** The cited plan, when the library holds it. */
  target: PlanCard | null;
  /** Paragraphs of the citing plan where it is cited. */
  paragraphs: string[];
}

/** What a plan cites, one entry per cited document, in order of first citation. */
export function citesOf(model: Pick<PlanModel, 'citations'>, models: PlanModel[]): CitationLink[] {
  const byDoc = new Map(models.flatMap((m) => (m.meta.docNumber ? [[canonicalDocNumber(m.meta.docNumber) ?? m.meta.docNumber, m] as const] : [])));
  const out = new Map<string, CitationLink>();
  for (const c of model.citations) {
    const target = byDoc.get(c.docNumber);
    const link = out.get(c.docNumber) ?? { docNumber: c.docNumber, title: null, target: target ? planCard(target) : null, paragraphs: [] };
    link.title ??= c.title ?? (target ? target.meta.planTitle : null);
    if (!link.paragraphs.includes(c.paragraph)) link.paragraphs.push(c.paragraph);
    out.set(c.docNumber, link);
  }
  return [...out.values()];
}

/** The in-text links of a plan's citations of plans the library holds, by paragraph id. */
export function citationLinks(model: Pick<PlanModel, 'id' | 'citations'>, models: Pick<PlanModel, 'id' | 'meta'>[]): Map<string, { start: number; end: number; href: string }[]> {
  const byDoc = new Map(models.flatMap((m) => (m.meta.docNumber ? [[canonicalDocNumber(m.meta.docNumber) ?? m.meta.docNumber, m.id] as const] : [])));
  const out = new Map<string, { start: number; end: number; href: string }[]>();
  for (const c of model.citations) {
    const target = byDoc.get(c.docNumber);
    if (!target || target === model.id) continue;
    out.set(c.paragraph, [...(out.get(c.paragraph) ?? []), { start: c.start, end: c.end, href: planHome(target) }]);
  }
  return out;
}

/** Plans of the library that cite this one, newest first, with the paragraphs that do. */
export function citedBy(model: Pick<PlanModel, 'id' | 'meta'>, models: PlanModel[]): { plan: PlanCard; citations: Citation[] }[] {
  // Stryker disable next-line ConditionalExpression: without the guard a null 文号 matches no citation either; it is there for the types
  if (!model.meta.docNumber) return [];
  const own = canonicalDocNumber(model.meta.docNumber) ?? model.meta.docNumber;
  const cards = models
    .filter((m) => m.id !== model.id)
    .map((m) => ({ plan: planCard(m), citations: m.citations.filter((c) => c.docNumber === own) }))
    .filter((x) => x.citations.length > 0);
  const order = sortCards(cards.map((c) => c.plan)).map((c) => c.id);
  return cards.sort((a, b) => order.indexOf(a.plan.id) - order.indexOf(b.plan.id));
}
