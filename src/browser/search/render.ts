/** DOM rendering of results, shared by the header box and the results page. */
import { anchorAt, excerptContext, landingHref } from '../../lib/search/query.ts';
import { FILTER } from '../../lib/search/attributes.ts';
import type { PagefindData } from './engine.ts';
import { setExcerptHtml } from './trusted.ts';
import { matchable } from '../../lib/model/normalise.ts';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** Pagefind escapes the page text and adds only <mark>; the Trusted Types policy holds it to that. */
export function excerpt(html: string, className = 'excerpt'): HTMLElement {
  const p = el('p', { class: className });
  setExcerptHtml(p, html);
  return p;
}

/** Where a result should land: the paragraph of its best sub-result, with the terms highlighted. */
export function landing(d: PagefindData, terms: string[]): { href: string; sub: PagefindData['sub_results'][number] | null } {
  const subs = d.sub_results.filter((s) => s.locations.length > 0 && s.url.includes('#'));
  const has = (s: { excerpt: string }) => terms.every((t) => matchable(s.excerpt.replace(/<[^>]*>/g, '')).includes(matchable(t)));
  const sub = subs.find(has) ?? subs[0] ?? null;
  const location = (sub?.locations ?? d.locations)[0];
  const anchor = location === undefined ? null : anchorAt(d.anchors, location);
  const useAnchor = anchor && d.anchors.length > 0 && d.anchors[0].location < (location ?? 0) ? anchor : null;
  return { href: landingHref(d.url, useAnchor, terms, excerptContext(sub?.excerpt ?? d.excerpt, undefined, terms)), sub };
}

export const titleOf = (d: PagefindData) => d.meta.title ?? d.url;
/** The plan of a result inside a library (short title + 文号); empty on a one-plan site. */
export const planOf = (d: PagefindData) => d.filters[FILTER.plan]?.[0] ?? '';
export const leadsOf = (d: PagefindData) => (d.filters[FILTER.leads] ?? []).join('、');
