/**
 * DOM of the results page's list: one result, the sentence repeats folded into it, and the
 * 企业与城市 (N) group. What each shows is decided by the pure lib/search/results.ts.
 */
import { holdsTerms } from '../../lib/search/excerpt.ts';
import { excerptText, plainSnippet, resultLabel, sentenceKey, snippetHtml } from '../../lib/search/results.ts';
import { FILTER } from '../../lib/search/attributes.ts';
import { kindLabel } from '../../lib/model/labels.ts';
import type { PagefindData } from './engine.ts';
import { el, excerpt, landing, leadsOf, planOf, titleOf } from './render.ts';

/** The label of a result: breadcrumb and kind, said once. */
export const labelOf = (d: PagefindData) => resultLabel(d.filters[FILTER.path]?.[0], d.filters[FILTER.kind]?.[0] && kindLabel(d.filters[FILTER.kind][0]));

/** The sentence a result's snippet shows, as a key (results.ts sentenceKey). */
export function keyOf(d: PagefindData, terms: string[]): string | null {
  const { sub } = landing(d, terms);
  return sentenceKey(plainSnippet(excerptText(sub?.excerpt ?? d.excerpt), d.content), terms);
}

/** One result: title, plan, label, snippet, leads, the sub-results that hold the query. */
export function resultItem(d: PagefindData, terms: string[]): HTMLLIElement {
  const { href, sub } = landing(d, terms);
  const li = el('li', { class: 'hit' });
  li.append(el('h2', {}, el('a', { href }, titleOf(d))));
  if (planOf(d)) li.append(el('p', { class: 'hit-plan' }, planOf(d)));
  const label = labelOf(d);
  if (label) li.append(el('p', { class: 'hit-path' }, label));
  li.append(excerpt(snippetHtml(sub?.excerpt ?? d.excerpt, terms, d.content)));
  if (leadsOf(d)) li.append(el('p', { class: 'hit-leads' }, `牵头：${leadsOf(d)}`));
  const subs = d.sub_results.filter((s) => s !== sub && s.url.includes('#') && s.locations.length && holdsTerms(s.excerpt, terms)).slice(0, 3);
  if (subs.length) li.append(el('ul', { class: 'hit-subs' }, ...subs.map((s) => el('li', {}, el('a', { href: landing({ ...d, sub_results: [s], excerpt: s.excerpt }, terms).href }, s.title)))));
  return li;
}

/** Adds a page showing the same sentence to a result, as a link under it (同一句也见于). */
export function addAlso(li: HTMLLIElement, d: PagefindData, terms: string[]): void {
  let line = li.querySelector<HTMLElement>('.hit-also');
  if (!line) {
    line = el('p', { class: 'hit-also' }, '同一句也见于：');
    li.append(line);
  } else line.append('、');
  const kind = d.filters[FILTER.kind]?.[0];
  line.append(el('a', { href: landing(d, terms).href }, titleOf(d)), kind ? `（${kindLabel(kind)}）` : '');
}

/** The entity group: 企业与城市 (N), folded; its items are loaded when it is first opened. */
export function entityGroup(count: number, load: () => Promise<PagefindData[]>, terms: string[], open = false): HTMLLIElement {
  const li = el('li', { class: 'hit-group' });
  const summary = el('summary', {}, `${kindLabel('名录')} (${count})`);
  const list = el('ul', { class: 'hit-group-list' });
  const details = el('details', {}, summary, list);
  li.append(details);
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    details.dataset.loading = '1';
    const data = await load();
    summary.textContent = `${kindLabel('名录')} (${data.length})`;
    list.replaceChildren(...data.map((d) => el('li', {}, el('a', { href: landing(d, terms).href }, titleOf(d)))));
    delete details.dataset.loading;
    details.dataset.loaded = '1';
  });
  details.open = open;
  return li;
}
