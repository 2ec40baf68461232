/**
 * What a portal reader expects beside a plan's text, from its curated record (content/sources/
 * <plan>.record.json, model.record) and the portal's own record (model.portalRecord): the status
 * with what it rests on, 成文日期 and 发布日期 apart, the official page and the file as published,
 * the portal's metadata, and the related documents. Nothing here is inferred from the text's age:
 * without a record the status is 未标注.
 */
import type { PlanModel, PlanStatus, PortalRecord, RecordLink, StatusBasis } from '../../model/schema.ts';
import { documentDate, formatDate } from './format.ts';

export interface StatusView {
  status: PlanStatus;
  /** What the status rests on, as a sentence; null for 未标注. */
  basis: string | null;
  /** The basis's page, when it has one. */
  basisHref: string | null;
}

/** The plan's status and its basis; 未标注 when there is no record. */
export function planStatus(model: Pick<PlanModel, 'record'>): StatusView {
  const r = model.record;
  if (!r || r.status === '未标注' || !r.basis) return { status: '未标注', basis: null, basisHref: null };
  return { status: r.status, basis: basisText(r.basis), basisHref: r.basis.url };
}

function basisText(b: StatusBasis): string {
  if (b.kind === 'document') return `依据：${b.title ? `《${b.title.replace(/^《|》$/g, '')}》` : ''}（${b.docNumber}）`;
  return `依据：门户网站标注“${b.statement}”${b.checked ? `（${formatDate(b.checked)}查阅）` : ''}`;
}

/** A date with where it comes from: the curated record, the portal's record or the text itself. */
export interface DatedFrom {
  /** As shown: a formatted ISO date, or the portal's value as printed. */
  text: string;
  /** ISO date when known (for <time> and JSON-LD). */
  iso: string | null;
  source: '本站记录' | '门户网站' | '原文';
}

const isoOf = (s: string): string | null => {
  const m = /^(\d{4})\D{1,2}(\d{1,2})\D{1,2}(\d{1,2})/.exec(s.trim());
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
};

/**
 * 成文日期 and 发布日期, each from the first source that gives it: the curated record, the portal's
 * record, and for 成文日期 the date the text prints under its signature. Null when none does.
 */
export function planDates(model: Pick<PlanModel, 'record' | 'portalRecord' | 'meta'>): { written: DatedFrom | null; published: DatedFrom | null } {
  const r = model.record;
  const p = model.portalRecord;
  const text = documentDate(model.meta);
  const written: DatedFrom | null = r?.writtenDate ? { text: formatDate(r.writtenDate), iso: r.writtenDate, source: '本站记录' }
    : p?.writtenDate ? { text: p.writtenDate, iso: isoOf(p.writtenDate), source: '门户网站' }
    : text ? { text: formatDate(text), iso: text, source: '原文' }
    : null;
  const published: DatedFrom | null = r?.publishedDate ? { text: formatDate(r.publishedDate), iso: r.publishedDate, source: '本站记录' }
    : p?.publishedDate ? { text: p.publishedDate, iso: isoOf(p.publishedDate), source: '门户网站' }
    : null;
  return { written, published };
}

/** The official page (curated, else the address the portal page states) and the file as published. */
export function officialLinks(model: Pick<PlanModel, 'record' | 'portalRecord'>): { page: string | null; file: { url: string; format: string | null } | null } {
  return { page: model.record?.sourceUrl ?? model.portalRecord?.url ?? null, file: model.record?.originalFile ?? null };
}

/** The portal's metadata block as label/value rows, in the portal's order, only the values it prints. */
export const PORTAL_FIELDS: [keyof Omit<PortalRecord, 'url'>, string][] = [
  ['indexNumber', '索引号'], ['topic', '主题分类'], ['issuer', '发文机关'], ['writtenDate', '成文日期'],
  ['title', '标题'], ['docNumber', '发文字号'], ['publishedDate', '发布日期'], ['subjectWords', '主题词'],
];
export function portalRows(p: PortalRecord | null): { label: string; value: string }[] {
  if (!p) return [];
  return PORTAL_FIELDS.flatMap(([k, label]) => (p[k] ? [{ label, value: p[k]! }] : []));
}

/** The 政策解读 of a plan's record, each with its source. */
export const interpretations = (model: Pick<PlanModel, 'record'>): RecordLink[] => model.record?.interpretations ?? [];
