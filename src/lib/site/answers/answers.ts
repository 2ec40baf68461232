/**
 * The answer finder: given a plan's answer data (answer-data.ts) and a topic, who is responsible
 * for it according to the plan's text. Pure; the same code answers in the browser (answer card),
 * on the static page and in the tests.
 *
 * What it answers, in this order:
 *   department  the topic names a department (省质监局, 质监局, its full name): the tasks it leads
 *               and those it cooperates on;
 *   assigned    the topic occurs in text covered by a printed responsibility (a task): those tasks
 *               with their 牵头 and 配合, ranked (see RANK), each with the sentence that mentions it;
 *   unassigned  the topic occurs only where the plan assigns nobody (a sector, a policy measure, the
 *               overview, the notice), or it is a sector's or measure's own topic (in its title, or
 *               its key term) that tasks mention only in passing: "本方案未为此指定牵头部门", where it
 *               occurs, and as related (提及, never with departments) the tasks that mention it in
 *               passing and those that mention the sector's key terms;
 *   absent      it occurs nowhere in the plan: said so, nothing guessed;
 *   pending     (browser only) the core file cannot tell unassigned from absent: the caller passes
 *               the pages outside the tasks where the topic occurs once the search knows them.
 *
 * RANK of a task for a topic: 0 when the topic is in the title of the node the responsibility
 * covers (or of a node below it); 1 when it is in a sentence that states a subject of the text (a
 * lead sentence such as 加快企业技术创新步伐。, or the first sentence of an 一是… entry); 2 for a
 * passing mention anywhere else in its text. Lower rank first; then more occurrences; then plan order.
 */
import { landingHref } from '../../search/query.ts';
import { cutKnown, fewerWords } from '../../search/words.ts';
import type { AnswerData, AnswerPage, AnswerPlace, AnswerResp } from './answer-data.ts';
import { matchable } from '../../model/normalise.ts';

export type Rank = 0 | 1 | 2;
export const RANK_LABEL: Record<Rank, string> = { 0: '任务名称写明', 1: '任务要点写明', 2: '正文提到' };

export interface DeptRef {
  name: string;
  href: string;
  /** The body that took over its function, where the registry records one: shown as 名称（现…）. */
  now?: string;
}
export interface TaskRef {
  title: string;
  href: string;
  /** Link to the printed department line. */
  lineHref: string;
  leads: DeptRef[];
  partners: DeptRef[];
  partnersOpenEnded: boolean;
  /** The bodies are each responsible and none leads: shown as 负责, never as 牵头. */
  jointly: boolean;
  /** 完成时限 printed with the responsibility (an item's, where the plan assigns items), or null. */
  deadline: string | null;
}
export interface Quote {
  /** The sentence (clipped around the topic when long) that mentions the topic. */
  text: string;
  /** Link to the paragraph, the topic highlighted with a text fragment. */
  href: string;
  rank: Rank;
}
export interface TaskAnswer extends TaskRef {
  rank: Rank;
  count: number;
  quote: Quote;
}
export interface Elsewhere {
  title: string;
  href: string;
  kind: AnswerPage['kind'];
}
/** A task related to an unassigned topic: its text mentions the topic in passing, or the key terms of the topic's sector (提及). */
export interface RelatedTask {
  title: string;
  href: string;
  /** The words its text mentions. */
  terms: string[];
  /** The sector whose key terms it mentions; null when it mentions the topic itself. */
  sector: string | null;
  /**
   * Set when it is related through the topic's sector group: it mentions another sector of the
   * group (`sector`), not the topic's own.
   */
  group?: string;
  /** The sentence that mentions the topic (passing mentions only), linked to its paragraph. */
  quote: Quote | null;
  /** The task's own printed leads: shown as the task's, never as the topic's. */
  leads: DeptRef[];
}

/** The plan's co-ordinating body as printed (its 领导小组 and 办公室): never the topic's lead. */
export interface Coordination {
  /** The printed sentence (领导小组下设…办公室，办公室设在…), linked to its paragraph. */
  text: string;
  href: string;
  /** The body hosting the office, as printed, linked to its page where the tasks name it too. */
  host: DeptRef | null;
}

/**
 * What the plan says of a sector, for a bare sector or field keyword (光伏): not who leads it.
 */
export interface SectorCard {
  plan: string;
  planTitle: string;
  topic: string;
  title: string;
  href: string;
  group: string | null;
  /** The first sentence of its text. */
  line: string | null;
  /**
   * Tasks whose text mentions its key terms (提及), each with the task's own printed leads; when no
   * task does, those that mention another sector of its group (`sector` names that sector).
   */
  tasks: { title: string; href: string; terms: string[]; leads: DeptRef[]; sector?: string }[];
  /** The tasks are those of its group, not its own. */
  byGroup: boolean;
}

export type Answer =
  | { kind: 'department'; plan: string; planTitle: string; topic: string; department: DeptRef; leads: TaskRef[]; partners: TaskRef[] }
  | { kind: 'assigned'; plan: string; planTitle: string; topic: string; tasks: TaskAnswer[]; elsewhere: Elsewhere[]; /** The words answered when the topic's words are not all in one place. */ matched?: string[]; /** The whole topic is printed, but only outside the tasks (`elsewhere`): the tasks hold `matched`. */ outsideTasks?: boolean }
  | { kind: 'unassigned'; plan: string; planTitle: string; topic: string; elsewhere: Elsewhere[]; related: RelatedTask[]; topicsHref: string; /** The topic is a sector's or measure's own (title or key term). */ home: boolean; matched?: string[]; /** The plan's co-ordinating body, as printed; null when it sets up none. */ coordination: Coordination | null }
  | { kind: 'absent'; plan: string; planTitle: string; topic: string }
  | { kind: 'pending'; plan: string; planTitle: string; topic: string };


/** Words of a topic as the reader separated them, whitespace-free and lower case. */
export const topicWords = (topic: string) => topic.normalize('NFKC').split(/\s/).map(matchable).filter(Boolean);

const SENTENCE_END = /[。；！？]/;
const CLIP = 56;

/** The sentence of `t` around offset `at`, clipped to about CLIP characters around the match. */
export function sentenceAt(t: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(t[start - 1])) start--;
  let end = at + length;
  while (end < t.length && !SENTENCE_END.test(t[end - 1])) end++;
  let s = t.slice(start, end);
  if ([...s].length <= CLIP) return s;
  const from = Math.max(start, at - Math.floor((CLIP - length) / 2));
  const to = Math.min(end, from + CLIP);
  s = t.slice(from, to);
  return `${from > start ? '…' : ''}${s}${to < end ? '…' : ''}`;
}

const linkTo = (page: AnswerPage, place: AnswerPlace, at: number, word: string) => {
  const prefix = [...place.text.slice(0, at)].reverse().join('').match(/^\p{Script=Han}+/u)?.[0] ?? '';
  const context = { prefix: [...prefix].reverse().join('').slice(-6), match: place.text.slice(at, at + word.length) };
  // A page-level heading has no anchor of its own: the page itself.
  const anchor = place.isTitle && page.href.endsWith(`/${place.anchor}/`) ? null : place.anchor;
  // Stryker disable next-line ArrayDeclaration: the context's match is the term highlighted either way; the list adds only terms other than it.
  return landingHref(page.href, anchor, [context.match], context);
};

function deptRef(d: AnswerData, i: number): DeptRef {
  const x = d.departments[i];
  return { name: x.name, href: x.href, ...(x.now ? { now: x.now } : {}) };
}

/** The co-ordinating body of a plan's answer data, its host linked when the tasks name it. */
function coordinationOf(d: AnswerData): Coordination | null {
  const c = d.coordination;
  if (!c) return null;
  const host = c.hostIndex !== null ? deptRef(d, c.hostIndex) : c.host ? { name: c.host, href: '' } : null;
  return { text: c.text, href: c.href, host };
}
function taskRef(d: AnswerData, r: AnswerResp): TaskRef {
  return {
    title: r.title,
    href: r.href,
    lineHref: `${r.href}#${r.block}`,
    leads: r.leads.map((i) => deptRef(d, i)),
    partners: r.partners.map((i) => deptRef(d, i)),
    partnersOpenEnded: r.open,
    jointly: r.joint === 1,
    deadline: r.deadline ?? null,
  };
}

/** The department a topic names, if any: its printed name, its name without 省/市, its full name. */
export function departmentNamed(d: AnswerData, topic: string): number | null {
  const t = matchable(topic);
  const i = d.departments.findIndex((x) => matchable(x.name) === t || x.alt.some((a) => matchable(a) === t));
  return i >= 0 ? i : null;
}

/**
 * Whether a place holds every word, how often, and where the first word occurs most directly (the
 * first occurrence inside a subject sentence, else the first occurrence), with that rank.
 */
function matchPlace(place: AnswerPlace, words: string[]): { at: number; count: number; rank: Rank } | null {
  const t = place.text.toLowerCase();
  let count = 0;
  for (const w of words) {
    if (!t.includes(w)) return null;
    count += t.split(w).length - 1;
  }
  if (place.isTitle) return { at: t.indexOf(words[0]), count, rank: 0 };
  for (let at = t.indexOf(words[0]); at >= 0; at = t.indexOf(words[0], at + 1)) {
    if (place.heads?.some(([s, e]) => at >= s && at < e)) return { at, count, rank: 1 };
  }
  return { at: t.indexOf(words[0]), count, rank: 2 };
}

export interface FindOptions {
  /**
   * Pages outside the tasks where the topic occurs, for data that holds only the core file (the
   * browser passes the search results, each checked against its page text).
   */
  elsewhere?: Elsewhere[];
  /** False while those pages are not known yet: a topic found nowhere in the data is then pending, not absent. */
  complete?: boolean;
}

/**
 * Answers a topic from one plan's answer data (see the file comment). The topic's words are looked
 * for together first; when no place holds them all (and the search found no page outside the tasks
 * that does), they are read apart: runs cut into the plan's own words (机器人产业发展 → 机器人 产业
 * 发展), then most of the words, down to one. "Absent" only when no word of the topic occurs.
 */
export function findAnswer(d: AnswerData, topic: string, { elsewhere = [], complete = true }: FindOptions = {}): Answer {
  const base = { plan: d.plan, planTitle: d.title, topic };
  const words = topicWords(topic);
  if (!words.length) return { kind: 'absent', ...base };
  const dept = departmentNamed(d, topic);
  if (dept !== null) {
    return {
      kind: 'department',
      ...base,
      department: deptRef(d, dept),
      leads: d.resps.filter((r) => r.leads.includes(dept)).map((r) => taskRef(d, r)),
      partners: d.resps.filter((r) => r.partners.includes(dept)).map((r) => taskRef(d, r)),
    };
  }
  const whole = answerWords(d, words, base, elsewhere, complete);
  // Printed only in the overview or the notice (the principle 加强自主品牌培育), which the tasks
  // carry out: the tasks may still state its words (强化质量品牌建设 for 品牌培育). Such an answer is
  // kept only where a task states them (its title or a subject sentence), never a passing mention,
  // and says that the tasks hold the words, not the whole topic. A topic printed in a sector's or
  // measure's text belongs there (服务型制造 is not 服务 of some task).
  if (whole.kind === 'unassigned' && !whole.home && whole.elsewhere.every((e) => e.kind === 'overview' || e.kind === 'notice')) {
    for (const ws of apart(d, words, (p) => Boolean(p.resps?.length))) {
      const a = answerWords(d, ws, base, [], true);
      if (a.kind === 'assigned' && a.tasks[0].rank < 2) return { ...a, elsewhere: whole.elsewhere, matched: ws, outsideTasks: true };
    }
    return whole;
  }
  if (whole.kind !== 'absent') return whole;
  // Read apart, in the data alone: the search found no page outside the tasks with every word.
  for (const ws of apart(d, words)) {
    const a = answerWords(d, ws, base, [], true);
    if (a.kind === 'assigned' || a.kind === 'unassigned') return { ...a, matched: ws };
  }
  return whole;
}

/** The words of a topic read apart: runs cut into the plan's own words, then fewer words, most first. */
function* apart(d: AnswerData, words: string[], where: (p: AnswerPlace) => boolean = () => true): Generator<string[]> {
  const text = d.places.filter(where).map((p) => p.text.toLowerCase()).join('\n');
  const cut = words.flatMap((w) => cutKnown(w, (s) => text.includes(s)).filter((p) => p.known).map((p) => p.text));
  if (cut.join(' ') !== words.join(' ') && cut.length) yield cut;
  yield* fewerWords(cut.length ? cut : words);
}

function answerWords(d: AnswerData, words: string[], base: { plan: string; planTitle: string; topic: string }, elsewhere: Elsewhere[], complete: boolean): Answer {
  const topic = base.topic;
  type Hit = { place: AnswerPlace; at: number; rank: Rank };
  // best: where the task speaks of the topic most directly; quote: the same, but a sentence of the
  // text rather than the title when the text mentions it too (the title is already shown).
  const perResp = new Map<number, { rank: Rank; count: number; best: Hit; quote: Hit }>();
  // Stryker disable next-line EqualityOperator: best is read only for its rank, which an equally ranked hit leaves as it is.
  const better = (a: Hit, b: Hit) => a.rank < b.rank;
  const betterQuote = (a: Hit, b: Hit) => !a.place.isTitle && (b.place.isTitle || a.rank < b.rank);
  const outside: Elsewhere[] = [];
  // Sectors, sub-sectors and measures whose title holds the topic, or whose key term it is: the
  // plan's own place for the topic (known from the core data alone, so browser and build agree).
  const homes: string[] = [];
  const addOutside = (e: Elsewhere) => {
    if (!outside.some((x) => x.href === e.href)) outside.push(e);
  };
  for (const place of d.places) {
    const m = matchPlace(place, words);
    if (!m) continue;
    const page = d.pages[place.page];
    const rank = m.rank;
    if (!place.resps?.length) {
      addOutside({ title: page.name, href: page.href, kind: page.kind });
      if (place.isTitle && page.kind !== 'task') homes.push(page.href);
      continue;
    }
    for (const ri of place.resps) {
      const hit: Hit = { place, at: m.at, rank };
      const cur = perResp.get(ri);
      if (!cur) perResp.set(ri, { rank, count: m.count, best: hit, quote: hit });
      else {
        cur.count += m.count;
        if (better(hit, cur.best)) cur.best = hit;
        if (betterQuote(hit, cur.quote)) cur.quote = hit;
        cur.rank = cur.best.rank;
      }
    }
  }
  for (const e of elsewhere) if (e.kind !== 'task') addOutside(e);
  // A sector whose key term is the topic is where the plan speaks of it, even when the term is
  // printed inside a longer word of the sector text.
  // A query of several words (盘锦 石化) has its home where one of its words is a key term; the
  // sector is named as a place only when its text holds every word (or the search says so).
  for (const s of d.sectors) {
    if (!s.terms.some((t) => words.includes(matchable(t)))) continue;
    homes.push(s.href);
    if (words.length === 1) addOutside({ title: s.title, href: s.href, kind: 'sector' });
  }

  // 原文 holds every word of the plan: named only when nothing else is.
  if (outside.some((e) => e.kind !== 'notice')) outside.splice(0, outside.length, ...outside.filter((e) => e.kind !== 'notice'));
  const tasks = [...perResp]
    .sort(([ia, a], [ib, b]) => a.rank - b.rank || b.count - a.count || ia - ib)
    .map(([ri, x]): TaskAnswer => {
      const q = x.quote;
      return {
        ...taskRef(d, d.resps[ri]),
        rank: x.rank,
        count: x.count,
        quote: { text: sentenceAt(q.place.text, q.at, words[0].length), href: linkTo(d.pages[q.place.page], q.place, q.at, words[0]), rank: q.rank },
      };
    });
  // Assigned: a task states the topic (title or subject sentence), or its text is the only place
  // the plan speaks of it. A topic whose own place is a sector or measure and that the tasks only
  // mention in passing (石化 in “装备、石化、冶金等传统行业”) is not assigned to anybody.
  if (tasks.length && (tasks[0].rank < 2 || homes.length === 0)) return { kind: 'assigned', ...base, tasks, elsewhere: outside };
  // Where the plan speaks of an unassigned topic is only known once every place is: in the
  // browser, from the search results.
  if (!complete) return { kind: 'pending', ...base };
  if (tasks.length || outside.length) {
    const sectorOf = (href: string) => d.sectors.find((s) => s.href === href) ?? (d.pages.find((p) => p.href === href)?.sector !== undefined ? d.sectors[d.pages.find((p) => p.href === href)!.sector!] : undefined);
    const related: RelatedTask[] = tasks.map((t) => ({ title: t.title, href: t.href, terms: [words.join(' ')], sector: null, quote: t.quote, leads: t.leads }));
    // The sectors whose own topic it is, when there are such: a sector that only mentions the
    // topic (精密轴承 mentions 机器人) does not make its own related tasks push the topic.
    const own = outside.filter((e) => homes.includes(e.href));
    const add = (x: { resp: number; terms: string[] }, sector: string, group?: string) => {
      const r = d.resps[x.resp];
      if (!related.some((y) => y.href === r.href)) related.push({ title: r.title, href: r.href, terms: x.terms, sector, ...(group ? { group } : {}), quote: null, leads: r.leads.map((i) => deptRef(d, i)) });
    };
    const ownSectors = (own.length ? own : outside).map((e) => sectorOf(e.href)).filter((s): s is AnswerData['sectors'][number] => s !== undefined);
    for (const s of ownSectors) for (const x of s.related) add(x, s.title);
    // No task mentions the topic's own sector (太阳能光伏): the tasks that mention another sector of
    // its group, labelled with that sector and group, so that the reader still has a next step.
    if (!related.length) {
      for (const s of ownSectors) {
        if (!s.group || !homes.includes(s.href)) continue;
        for (const o of d.sectors) if (o !== s && o.group === s.group) for (const x of o.related) add(x, o.title, s.group);
      }
    }
    return { kind: 'unassigned', ...base, elsewhere: [...own, ...outside.filter((e) => !own.includes(e))], related, topicsHref: d.topics, home: homes.length > 0, coordination: coordinationOf(d) };
  }
  return { kind: 'absent', ...base };
}

/**
 * The sector a bare keyword names (光伏, 钢铁, 汽车), for the sector card: a sector whose title or
 * key term is the keyword, else the one sector whose title or key term holds it (光伏 in 太阳能光伏
 * 产业). Null for a keyword of several words, of one character, or held by several sectors (工业).
 */
export function sectorCard(d: AnswerData, topic: string): SectorCard | null {
  const words = topicWords(topic);
  if (words.length !== 1 || [...words[0]].length < 2) return null;
  const t = words[0];
  const names = (s: AnswerData['sectors'][number]) => [s.title, ...s.terms].map(matchable);
  let found = d.sectors.filter((s) => names(s).includes(t));
  if (!found.length) found = d.sectors.filter((s) => names(s).some((n) => n.includes(t)));
  if (found.length !== 1) return null;
  const s = found[0];
  const task = (x: { resp: number; terms: string[] }, sector?: string) => ({ title: d.resps[x.resp].title, href: d.resps[x.resp].href, terms: x.terms, leads: d.resps[x.resp].leads.map((i) => deptRef(d, i)), ...(sector ? { sector } : {}) });
  const own = s.related.map((x) => task(x));
  const group = own.length || !s.group ? [] : d.sectors.filter((o) => o !== s && o.group === s.group).flatMap((o) => o.related.map((x) => task(x, o.title)));
  const tasks = (own.length ? own : group).filter((x, i, all) => all.findIndex((y) => y.href === x.href) === i);
  return {
    plan: d.plan,
    planTitle: d.title,
    topic,
    title: s.title,
    href: s.href,
    group: s.group ?? null,
    line: s.line ?? null,
    tasks,
    byGroup: own.length === 0 && tasks.length > 0,
  };
}

/** Answers from every plan, one per plan; `elsewhere` by plan id. */
export function findAnswers(plans: AnswerData[], topic: string, elsewhere: Map<string, Elsewhere[]> | null, complete = true): Answer[] {
  return plans.map((d) => findAnswer(d, topic, { elsewhere: elsewhere?.get(d.plan) ?? [], complete }));
}

/**
 * Whether an answer is worth a card for a query that is only a topic (not a question): only a
 * department named. A plain keyword (光伏, 钢铁, 盘锦 石化) is a search for pages: the results come
 * first, the sector, task or enterprise page on top; who leads it is asked as a question.
 */
export function answersTopic(a: Answer): boolean {
  return a.kind === 'department';
}
