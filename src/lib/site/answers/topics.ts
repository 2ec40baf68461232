/**
 * The list of the static page 按主题查牵头部门, from the answer data (the same data as the answer
 * card): every responsibility with the subject sentences of its text (lead sentences, the first
 * sentence of each 一是… entry), the sectors with their key terms and 提及 tasks, and the measures.
 */
import type { AnswerData } from './answer-data.ts';

export interface TopicList {
  tasks: {
    node: string;
    title: string;
    href: string;
    lineHref: string;
    leads: { name: string; href: string; now?: string }[];
    partners: { name: string; href: string; now?: string }[];
    partnersOpenEnded: boolean;
    heads: { text: string; href: string }[];
  }[];
  sectors: { title: string; href: string; terms: string[]; clauses: string[]; related: { title: string; href: string; terms: string[] }[] }[];
  measures: { title: string; href: string }[];
}

export function topicList(d: AnswerData): TopicList {
  const dept = (i: number) => ({ name: d.departments[i].name, href: d.departments[i].href, ...(d.departments[i].now ? { now: d.departments[i].now } : {}) });
  return {
    tasks: d.resps.map((r, ri) => ({
      node: r.node,
      title: r.title,
      href: r.href,
      lineHref: `${r.href}#${r.block}`,
      leads: r.leads.map(dept),
      partners: r.partners.map(dept),
      partnersOpenEnded: r.open,
      heads: headsOf(d, ri),
    })),
    sectors: d.sectors.map((s) => ({
      title: s.title,
      href: s.href,
      terms: s.terms,
      clauses: s.clauses,
      related: s.related.map((x) => ({ title: d.resps[x.resp].title, href: d.resps[x.resp].href, terms: x.terms })),
    })),
    measures: d.pages.filter((p) => p.kind === 'measure' && !p.part).map((p) => ({ title: p.name, href: p.href })),
  };
}

const FIRST_SENTENCE = /^.*?[。；]/;

/**
 * The subject sentences of a responsibility's text: titles of nodes below it, lead sentences and
 * the first sentence of each 一是… entry. A text that has none of these is listed by the first
 * sentence of each paragraph, so that every task has its topics on the page.
 */
function headsOf(d: AnswerData, ri: number): { text: string; href: string }[] {
  const r = d.resps[ri];
  const places = d.places.filter((p) => p.resps?.includes(ri));
  const link = (p: AnswerData['places'][number]) => `${d.pages[p.page].href}#${p.anchor}`;
  const heads = places.flatMap((p) => (p.isTitle ? (p.anchor !== r.node ? [{ text: p.text, href: link(p) }] : []) : (p.heads ?? []).map(([s, e]) => ({ text: p.text.slice(s, e), href: link(p) }))));
  if (heads.length) return heads;
  return places.filter((p) => !p.isTitle).map((p) => ({ text: p.text.match(FIRST_SENTENCE)?.[0] ?? p.text, href: link(p) }));
}
