/**
 * The Atom feed (RFC 4287) of the plans: one entry per plan, newest first, with its title, 文号,
 * issuer, date, a summary and a link. Written with feedsmith; built from the models, so every plan in
 * content/sources appears without code.
 */
import { createHash } from 'node:crypto';
import { documentDate } from '../views/format.ts';
import { generateAtomFeed } from 'feedsmith';
import type { PlanModel } from '../../model/schema.ts';
import { FEED_PATH, planHome } from '../../model/routes.ts';
import { SITE_NAME } from './seo.ts';
import { siteHref } from './site-url.ts';

/**
 * A name-based (version 5) UUID. Atom ids must be absolute IRIs that never change, even when the feed
 * moves: an id derived from the plan id holds with and without SITE_URL and across hosts.
 */
export function uuidV5(name: string, namespace = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  // Stryker disable next-line StringLiteral: Buffer.from reads an empty encoding as its default, utf8
  const h = createHash('sha1').update(Buffer.concat([ns, Buffer.from(name, 'utf8')])).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export const planEntryId = (plan: string) => `urn:uuid:${uuidV5(`policy-explorer:plan:${plan}`)}`;
export const FEED_ID = `urn:uuid:${uuidV5('policy-explorer:feed')}`;

/** The issue date as an RFC 3339 timestamp: midnight in China, where the plans are issued. */
export const issuedTimestamp = (isoDate: string) => `${isoDate}T00:00:00+08:00`;

/** The entry title: the plan title with its 文号, as a reader would cite it. */
export const entryTitle = (m: PlanModel['meta']) => (m.docNumber ? `${m.planTitle}（${m.docNumber}）` : m.planTitle);

/** The summary: 文号, issuer and printed issue date, then the plan's opening paragraph. */
export function entrySummary(model: PlanModel): string {
  const m = model.meta;
  const head = [m.docNumber, m.issuer, m.issuedDatePrinted?.text ?? m.signatures?.find((s) => s.isoDate !== null)?.date.text].filter(Boolean).join('，');
  const opening = model.preamble[0]?.text ?? m.noticeBody[0]?.text ?? '';
  return `${head}。${opening}`;
}

/** Newest first; plans without an issue date last, then by id, so the order never depends on the file system. */
export function byIssueDate(models: PlanModel[]): PlanModel[] {
  return [...models].sort((a, b) => (documentDate(b.meta) ?? '').localeCompare(documentDate(a.meta) ?? '') || a.id.localeCompare(b.id));
}

export function atomFeed(models: PlanModel[], site: URL | undefined): string {
  const sorted = byIssueDate(models);
  // No build time: two builds of the same plans give the same bytes. Undated plans sort last, so the
  // first plan's date is the newest. A plan without an issue date takes the feed's date (Atom
  // requires one) and no `published`.
  const updated = issuedTimestamp((sorted[0] && documentDate(sorted[0].meta)) ?? '1970-01-01');
  const xml = generateAtomFeed(
    {
      id: FEED_ID,
      title: { value: `${SITE_NAME} · 政府文件`, type: 'text' },
      subtitle: { value: '收录的政府实施方案，按印发日期从新到旧排列', type: 'text' },
      updated,
      links: [
        { href: siteHref(FEED_PATH, site), rel: 'self', type: 'application/atom+xml' },
        { href: siteHref('/', site), rel: 'alternate', type: 'text/html' },
      ],
      entries: sorted.map((model) => ({
        id: planEntryId(model.id),
        title: { value: entryTitle(model.meta), type: 'text' },
        // Atom requires an author: the issuer, or the plan title when the text prints none.
        authors: [{ name: model.meta.issuer ?? model.meta.planTitle }],
        ...(documentDate(model.meta) ? { published: issuedTimestamp(documentDate(model.meta)!), updated: issuedTimestamp(documentDate(model.meta)!) } : { updated }),
        summary: { value: entrySummary(model), type: 'text' },
        links: [{ href: siteHref(planHome(model.id), site), rel: 'alternate', type: 'text/html' }],
        categories: model.meta.docNumber ? [{ term: model.meta.docNumber, label: '文号' }] : undefined,
      })),
      xml: { lang: 'zh-CN' },
    },
  );
  // feedsmith ends its output with a newline, so the fallback never runs today; it keeps the file ending in one if that changes.
  // Stryker disable next-line StringLiteral: the '\n' and `${xml}\n` literals only matter when feedsmith omits the newline
  return xml.endsWith('\n') ? xml : `${xml}\n`;
}
