/**
 * schema.org structured data (JSON-LD) for every page, from the models: a plan home is a
 * `Legislation` (文号, date, issuer, type, language); part, sector, task and measure pages are
 * `Legislation` subdivisions that are `isPartOf` it (as the ELI mapping to schema.org does);
 * department pages are `GovernmentOrganization`s; every page has a `BreadcrumbList`. Ids and URLs
 * are absolute under SITE_URL and bare site paths without it (JSON-LD resolves them against the page).
 */
import type { BreadcrumbList, GovernmentOrganization, Legislation, ListItem, Thing } from 'schema-dts';
import { documentDate } from '../views/format.ts';
import { listPages, type PageFrontmatter } from '../../model/pages.ts';
import { departmentPath, KIND_DIR, pagePath, planHome } from '../../model/routes.ts';
import type { PlanModel, Registry } from '../../model/schema.ts';
import { departmentViews, type DepartmentView } from '../views/departments.ts';
import { type Crumb } from '../views/nav.ts';
import { siteHref } from './site-url.ts';
import { officialLinks, planDates, planStatus } from '../views/record.ts';

/**
 * Official document types (公文文种 and the usual plan titles), longest first: the type of a plan is
 * the one its title ends with. A title that ends with none gets no type rather than a guess.
 */
const DOCUMENT_TYPES = ['实施方案', '工作方案', '行动方案', '行动计划', '实施意见', '指导意见', '实施细则', '管理办法', '实施办法', '规划纲要', '方案', '规划', '计划', '纲要', '意见', '办法', '细则', '规定', '条例', '决定', '通知', '通告', '公告', '决议', '命令'];

export function documentType(title: string): string | null {
  const t = title.trim();
  return DOCUMENT_TYPES.find((d) => t.endsWith(d)) ?? null;
}

export const legislationId = (plan: string, site: URL | undefined) => `${siteHref(planHome(plan), site)}#legislation`;
const pageId = (path: string, site: URL | undefined, what: string) => `${siteHref(path, site)}#${what}`;

export function planLegislation(model: PlanModel, site: URL | undefined): Legislation {
  const m = model.meta;
  const type = documentType(m.planTitle);
  return {
    '@type': 'Legislation',
    '@id': legislationId(model.id, site),
    name: m.planTitle,
    url: siteHref(planHome(model.id), site),
    ...(m.docNumber ? { legislationIdentifier: m.docNumber } : {}),
    ...(documentDate(m) ? { legislationDate: documentDate(m)! } : {}),
    ...(m.issuer ? { legislationPassedBy: { '@type': 'GovernmentOrganization' as const, name: m.issuer } } : {}),
    ...(type ? { legislationType: type } : {}),
    inLanguage: 'zh-CN',
    ...recordFields(model),
  };
}

/**
 * The record a portal reader expects, in schema.org terms: the status as recorded
 * (creativeWorkStatus, 未标注 included, and legislationLegalForce only for a recorded 现行有效 or
 * 已失效: 已修改 says nothing of which provisions are in force), 发布日期, the official page
 * (sameAs), and the portal's 索引号, 主题分类 and 主题词.
 */
function recordFields(model: PlanModel): Partial<Legislation> {
  const status = planStatus(model);
  const { published } = planDates(model);
  const { page } = officialLinks(model);
  const p = model.portalRecord;
  const force = status.status === '现行有效' ? 'InForce' : status.status === '已失效' ? 'NotInForce' : null;
  return {
    creativeWorkStatus: status.status,
    ...(force ? { legislationLegalForce: force } : {}),
    ...(published?.iso ? { datePublished: published.iso } : {}),
    ...(page ? { sameAs: page } : {}),
    ...(p?.indexNumber ? { identifier: { '@type': 'PropertyValue' as const, propertyID: '索引号', value: p.indexNumber } } : {}),
    ...(p?.topic ? { about: p.topic } : {}),
    ...(p?.subjectWords ? { keywords: p.subjectWords } : {}),
  } as Partial<Legislation>;
}

/** A page-sized part of the plan (part, sector group, sector, task, measure). */
export function planSubdivision(model: PlanModel, page: PageFrontmatter, site: URL | undefined): Legislation {
  const path = pagePath(model.id, page.kind, page.id);
  return {
    '@type': 'Legislation',
    '@id': pageId(path, site, 'legislation'),
    name: page.title,
    url: siteHref(path, site),
    inLanguage: 'zh-CN',
    isPartOf: { '@id': legislationId(model.id, site) },
  };
}

/** A department as the plan prints it; the reviewed registry adds its full name when it has one. */
export function departmentOrganization(model: PlanModel, d: DepartmentView, site: URL | undefined): GovernmentOrganization {
  const path = departmentPath(model.id, d.id);
  return {
    '@type': 'GovernmentOrganization',
    '@id': pageId(path, site, 'organization'),
    name: d.name,
    url: siteHref(path, site),
    ...(d.registry?.fullName ? { legalName: d.registry.fullName } : {}),
  };
}

/**
 * The trail as the page shows it; the current page (href '') gets its own URL, or none when it has
 * no address of its own (the 404 page).
 */
export function breadcrumbList(crumbs: Crumb[], currentPath: string | null, site: URL | undefined): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i): ListItem => {
      const href = c.href || currentPath;
      return { '@type': 'ListItem', position: i + 1, name: c.label, ...(href ? { item: siteHref(href, site) } : {}) };
    }),
  };
}

const ROUTE = /^\/([a-z0-9-]+)\/(?:(parts|sectors|tasks|measures|departments)\/([a-z0-9-]+)\/)?$/;

/** The thing a page is about, found from its path: a plan, a part of one, or a department. */
export function pageEntity(path: string, models: PlanModel[], registry: Registry, site: URL | undefined): Legislation | GovernmentOrganization | null {
  if (path === '/') return models.length === 1 ? planLegislation(models[0], site) : null;
  const m = ROUTE.exec(path);
  const model = m && models.find((x) => x.id === m[1]);
  if (!m || !model) return null;
  const [, , dir, id] = m;
  if (!dir) return planLegislation(model, site);
  if (dir === 'departments') {
    const d = departmentViews(model, registry, () => {}).find((x) => x.id === id);
    return d ? departmentOrganization(model, d, site) : null;
  }
  const page = listPages(model).find((p) => p.id === id && KIND_DIR[p.kind] === dir);
  return page ? planSubdivision(model, page, site) : null;
}

/**
 * The text of a <script type="application/ld+json">: JSON with every <, > and & escaped, so no
 * text from a plan can close the element. It is data, never run: no CSP hash is needed or added.
 */
export function jsonLdText(things: Thing[]): string {
  const doc = things.length === 1 ? { '@context': 'https://schema.org', ...(things[0] as object) } : { '@context': 'https://schema.org', '@graph': things };
  return JSON.stringify(doc)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
