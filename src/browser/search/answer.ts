/**
 * The answer card ("who leads X?") above the search results, on /search/ and in the header box.
 * The answer data of every plan (/<plan>/answers.json, listed in the search form's data-answers)
 * is fetched when a search starts, in parallel with Pagefind (in a large library, that of the
 * plans of the first results, once they are in). A topic found in the tasks (or a
 * department) is answered from that file alone; otherwise the card waits for the search results,
 * which say where outside the tasks the topic occurs (each hit checked against its page text).
 * Rendering is DOM only (textContent): no HTML string is ever inserted.
 */
import { mayNameDepartment, parseQuestion } from '../../lib/search/question-words.ts';
import { FILTER } from '../../lib/search/attributes.ts';
import { answersTopic, departmentNamed, findAnswers, RANK_LABEL, sectorCard, type Answer, type Coordination, type DeptRef, type Elsewhere, type SectorCard, type TaskRef } from '../../lib/site/answers/answers.ts';
import type { AnswerData, AnswerFile } from '../../lib/site/answers/answer-data.ts';
import { readAnswerFile } from '../../lib/site/answers/answer-file.ts';
import type { PagefindData } from './engine.ts';
import { el } from './render.ts';
import { keywordAnswersFile, SEARCH_PATH, topicsPath } from '../../lib/model/routes.ts';
import { PLACE_KIND_LABEL } from '../../lib/model/labels.ts';

const fetched = new Map<string, Promise<AnswerData | null>>();
const fetchOnce = (file: string): Promise<AnswerData | null> => {
  // The file's short keys are read into readable names once, here (answer-file.ts).
  if (!fetched.has(file)) fetched.set(file, fetch(file).then(async (r) => (r.ok ? readAnswerFile((await r.json()) as AnswerFile) : null)).catch(() => null));
  return fetched.get(file)!;
};

/**
 * A library of more plans than this answers from the plans of the first results only: fetching
 * every plan's answer data would cost ≈ 10 KB a plan on the first query.
 */
export const EAGER_PLANS = 5;
/** How many plans of the first results a large library answers for. */
export const RESULT_PLANS = 3;

/**
 * The answer data to answer with, each file fetched once: every plan's (listed on the search
 * form) when there are few — fetched when a search starts, before the results — else, once the
 * results are in, the plans of the first results. Before results in a large library: none yet.
 * `keyword`: the part a plain keyword needs (keywordAnswerData), a file of its own.
 */
/** The answer files of the plans this page searches (listed on the search form). */
const answerFiles = (): string[] => (document.querySelector<HTMLElement>('[data-answers]')?.dataset.answers ?? '').split(' ').filter(Boolean);

export async function loadAnswers(results: PagefindData[] | null = null, keyword = false): Promise<AnswerData[]> {
  const files = answerFiles();
  let chosen = files;
  if (files.length > EAGER_PLANS) {
    if (!results) return [];
    const plans = [...new Set(results.map((r) => new URL(r.url, location.href).pathname.split('/')[1]))].slice(0, RESULT_PLANS);
    chosen = files.filter((f) => plans.includes(f.split('/')[1]));
  }
  const all = await Promise.all(chosen.map((f) => fetchOnce(keyword ? keywordAnswersFile(f.split('/')[1]) : f)));
  return all.filter((d): d is AnswerData => d !== null);
}

/**
 * The answer data for a query: a plain keyword gets a sector card at most, from the keyword files;
 * should it name a department in any plan of several, the whole files, since that card also says
 * what the other plans print of it (and that one does not speak of it only when its text does not).
 */
export async function answerPlans(results: PagefindData[] | null, topic: string, question: boolean): Promise<AnswerData[]> {
  if (question) return loadAnswers(results);
  // With one plan there are no others to speak of: a department's card is its tasks and their
  // leads, which the keyword file holds as the whole file does (keyword-answers.test.ts).
  if (answerFiles().length === 1) return loadAnswers(results, true);
  // A name ending as a department's does (省科技厅) goes to the whole files at once.
  if (mayNameDepartment(topic)) return loadAnswers(results);
  const plans = await loadAnswers(results, true);
  return plans.some((d) => departmentNamed(d, topic) !== null) ? loadAnswers(results) : plans;
}

export interface Asked {
  /** The query Pagefind should run: the topic when the query is a question. */
  search: string;
  /** The topic to answer, or "" for no card. */
  topic: string;
  question: boolean;
}

/** Reads a query: a question is searched by its topic; a query of question words only, as typed. */
export function ask(q: string): Asked {
  const { topic, question } = parseQuestion(q);
  return { search: question && topic ? topic : q, topic, question };
}

// Pages that print the plan's own text (lists derived from it, such as 目标 and 名录, are left out).
const KIND: Record<string, Elsewhere['kind']> = { 行业: 'sector', 保障措施: 'measure', 部分: 'overview', 概览: 'overview', 指标: 'overview', 原文: 'notice', 任务: 'task' };

/** Pages outside the tasks that hold the topic, by plan, from confirmed search results. */
export function elsewhereOf(data: PagefindData[]): Map<string, Elsewhere[]> {
  const out = new Map<string, Elsewhere[]>();
  for (const d of data) {
    const kind = KIND[d.filters[FILTER.kind]?.[0] ?? ''];
    const plan = d.url.split('/')[1];
    if (!kind || !plan) continue;
    const list = out.get(plan) ?? [];
    list.push({ title: kind === 'notice' ? '原文' : (d.meta.title ?? d.url), href: d.url.split('#')[0], kind });
    out.set(plan, list);
  }
  return out;
}

/** An answer with the sector its topic names, if any (shown for a bare keyword instead of "who leads"). */
export type CardAnswer = Answer & { sector?: SectorCard | null };

/** Answers for a topic: null while a plan still needs the search results to tell. */
export function answersFor(plans: AnswerData[], topic: string, results: PagefindData[] | null): CardAnswer[] | null {
  const answers = findAnswers(plans, topic, results ? elsewhereOf(results) : null, results !== null);
  return answers.some((a) => a.kind === 'pending') ? null : answers.map((a, i) => ({ ...a, sector: sectorCard(plans[i], topic) }));
}

const quoted = (s: string) => `“${s}”`;

/** A department linked to its page, with the body that took over its function: 省经济和信息化委（现省工业和信息化厅）. */
function deptLink(d: DeptRef, role: string): (Node | string)[] {
  const name = d.href ? el('a', { href: d.href, 'data-role': role }, d.name) : d.name;
  return d.now ? [name, el('span', { class: 'dept-now' }, `（现${d.now}）`)] : [name];
}

function deptLinks(ds: DeptRef[], role: 'lead' | 'partner' | 'task-lead'): (Node | string)[] {
  return ds.flatMap((d, i) => [...(i ? ['、'] : []), ...deptLink(d, role)]);
}

/** The plan's co-ordinating body, labelled as what it is: never as the topic's lead. */
function coordination(c: Coordination): HTMLElement {
  return el('p', { class: 'answer-coordination' },
    el('span', { class: 'answer-label' }, '统筹协调'),
    '（通知设立，统筹全方案，不是此主题的牵头部门）：',
    el('a', { href: c.href }, quoted(c.text)),
    ...(c.host ? ['　办公室所在：', ...deptLink(c.host, 'office')] : []));
}

function duty(t: TaskRef): HTMLElement {
  const p = el('p', { class: 'answer-duty' }, el('span', { class: 'answer-label' }, t.jointly ? '负责' : '牵头'), ...deptLinks(t.leads, 'lead'));
  if (t.partners.length) p.append('；', el('span', { class: 'answer-label' }, '配合'), ...deptLinks(t.partners, 'partner'), t.partnersOpenEnded ? '等' : '');
  if (t.deadline) p.append('；', el('span', { class: 'answer-label' }, '完成时限'), t.deadline);
  return p;
}


function places(list: Elsewhere[], max: number): (Node | string)[] {
  const shown = list.slice(0, max).flatMap((e, i) => [...(i ? ['、'] : []), el('a', { href: e.href }, e.title), el('small', {}, `（${PLACE_KIND_LABEL[e.kind]}）`)]);
  return list.length > max ? [...shown, ` 等 ${list.length} 处`] : shown;
}

export interface CardOptions {
  /** The header box shows fewer tasks. */
  compact: boolean;
  question: boolean;
  /** Heading level on the results page; the box uses a paragraph. */
  headingId: string;
}

function planBody(a: Answer, o: CardOptions, many: boolean): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (many) out.push(el('p', { class: 'answer-plan' }, `《${a.planTitle}》`));
  if (a.kind === 'department') {
    out.push(el('p', {}, ...deptLink(a.department, 'department'), `：牵头 ${a.leads.length} 项任务，配合 ${a.partners.length} 项。`));
    for (const [label, list] of [['牵头', a.leads], ['配合', a.partners]] as const) {
      if (!list.length) continue;
      out.push(el('p', { class: 'answer-sub' }, `${label}的任务`));
      out.push(el('ul', { class: 'answer-tasks' }, ...list.slice(0, o.compact ? 3 : 20).map((t) => el('li', { 'data-task': t.href }, el('a', { href: t.href, class: 'answer-task' }, t.title), duty(t)))));
    }
  } else if (a.kind === 'assigned') {
    const max = o.compact ? 2 : 5;
    if (a.matched) out.push(el('p', { class: 'answer-matched' }, a.outsideTasks
      ? `各项任务的正文没有写${quoted(a.topic)}（只见于下列未指定牵头部门的部分），以下按任务写明的${a.matched.map(quoted).join('')}回答。`
      : `原文没有把${quoted(a.topic)}连在一起写，以下按${a.matched.map(quoted).join('')}回答。`));
    out.push(el('ol', { class: 'answer-tasks' }, ...a.tasks.slice(0, max).map((t, i) => {
      const li = el('li', { 'data-task': t.href, 'data-rank': String(t.rank) }, el('a', { href: t.href, class: 'answer-task' }, t.title), ' ', el('small', { class: 'answer-rank' }, RANK_LABEL[t.rank]), duty(t));
      if (!o.compact || i === 0) li.append(el('p', { class: 'answer-quote' }, el('a', { href: t.quote.href }, quoted(t.quote.text))));
      return li;
    })));
    if (a.tasks.length > max) out.push(el('p', { class: 'answer-more' }, `另有 ${a.tasks.length - max} 项任务的正文提及“${a.topic}”。`));
    if (a.elsewhere.length && (!o.compact || a.outsideTasks)) out.push(el('p', { class: 'answer-also' }, a.outsideTasks ? `方案在这些部分写到${quoted(a.topic)}（未指定牵头部门）：` : '方案还在这些部分谈到它（未指定牵头部门）：', ...places(a.elsewhere, 6)));
  } else if (a.kind === 'unassigned') {
    const t = a.matched ? a.matched.join(' ') : a.topic;
    // The tasks that push the topic forward, each with its own printed lead: labelled as the
    // task's lead, so the card never says the plan assigned the topic to that department.
    const pushing = a.related.filter((r) => r.leads.length);
    const byGroup = pushing.length > 0 && pushing.every((r) => r.group);
    out.push(el('p', { class: 'answer-none' }, `本方案未直接为${quoted(t)}指定牵头部门${pushing.length ? (byGroup ? '。同一行业组的任务由下列部门牵头：' : '，推动它的任务由下列部门牵头。') : '。'}`));
    if (pushing.length) {
      out.push(el('p', { class: 'answer-related' }, byGroup ? `同属${quoted(pushing[0].group!)}的任务（括号内为该任务的牵头部门，不是${quoted(t)}的）：` : '推动它的任务（括号内为该任务的牵头部门）：'));
      out.push(el('ul', { class: 'answer-related-list' }, ...pushing.slice(0, o.compact ? 2 : 6).map((r) => el('li', {},
        el('a', { href: r.quote?.href ?? r.href, class: 'answer-task' }, r.title),
        '（', ...deptLinks(r.leads, 'task-lead'), '牵头）',
        el('small', {}, r.group ? ` 正文提及同组的“${r.terms.join('、')}”（${r.sector}）` : ` 正文提及“${r.terms.join('、')}”`)))));
    }
    out.push(el('p', { class: 'answer-also' }, `方案在这些部分谈到${quoted(t)}：`, ...places(a.elsewhere, o.compact ? 3 : 8)));
    if (a.coordination) out.push(coordination(a.coordination));
  } else {
    out.push(el('p', { class: 'answer-none' }, `本方案没有谈到“${a.topic}”，无从回答由哪个部门负责。`));
  }
  return out;
}

/**
 * The sector card of a bare sector or field keyword (光伏): what the plan says of the sector, its
 * group and the tasks that mention it with their own leads. Not a "who leads" card.
 */
export function renderSectorCard(cards: SectorCard[], o: CardOptions): HTMLElement | null {
  if (!cards.length) return null;
  const card = el('section', { class: `answer-card sector-card${o.compact ? ' compact' : ''}`, 'data-answer': '', 'data-kind': 'sector', 'aria-labelledby': o.headingId });
  card.append(el(o.compact ? 'p' : 'h2', { id: o.headingId, class: 'answer-title' }, `行业：${cards[0].title}`));
  for (const c of cards) {
    if (cards.length > 1) card.append(el('p', { class: 'answer-plan' }, `《${c.planTitle}》`));
    card.append(el('p', { class: 'sector-line' }, el('a', { href: c.href, class: 'answer-task' }, c.title), c.group ? el('small', {}, `（${c.group}）`) : '', c.line ? `：${quoted(c.line)}` : ''));
    if (c.tasks.length) {
      card.append(el('p', { class: 'answer-related' }, c.byGroup
        ? `没有任务的正文提及这一行业；提及同属${quoted(c.group ?? '')}的行业的任务（括号内为该任务的牵头部门）：`
        : '正文提及它的任务（括号内为该任务的牵头部门）：'));
      card.append(el('ul', { class: 'answer-related-list' }, ...c.tasks.slice(0, o.compact ? 2 : 6).map((t) => el('li', {},
        el('a', { href: t.href, class: 'answer-task' }, t.title), '（', ...deptLinks(t.leads, 'task-lead'), '牵头）',
        el('small', {}, ` 正文提及“${t.terms.join('、')}”${t.sector ? `（${t.sector}）` : ''}`)))));
    } else card.append(el('p', { class: 'answer-related' }, '没有任务的正文提及这一行业。'));
  }
  card.append(el('p', { class: 'answer-source' }, '方案没有为行业本身指定牵头部门。', el('a', { href: `${SEARCH_PATH}?q=${encodeURIComponent(`${cards[0].topic}谁负责`)}` }, `问“${cards[0].topic}谁负责”`)));
  return card;
}

/** The card, or null when there is nothing to show (a plain topic the plan does not speak of). */
/** An answer from some of the topic's words, read apart because no place prints them together. */
const apartOnly = (a: Answer): boolean => (a.kind === 'assigned' && Boolean(a.matched) && !a.outsideTasks) || (a.kind === 'unassigned' && Boolean(a.matched));

export function renderCard(answers: CardAnswer[], o: CardOptions): HTMLElement | null {
  const speaking = answers.filter((a) => a.kind !== 'absent' && a.kind !== 'pending');
  if (!o.question && !speaking.some(answersTopic)) return renderSectorCard(answers.flatMap((a) => (a.sector ? [a.sector] : [])), o);
  const topic = answers[0]?.topic ?? '';
  const card = el('section', { class: `answer-card${o.compact ? ' compact' : ''}`, 'data-answer': '', 'data-kind': speaking.length === 1 || answers.length === 1 ? (speaking[0] ?? answers[0]).kind : 'several', 'aria-labelledby': o.headingId });
  card.append(el(o.compact ? 'p' : 'h2', { id: o.headingId, class: 'answer-title' }, `谁负责“${topic}”`));
  const many = answers.length > 1;
  // In a library, a plan that holds the topic's words only apart (光伏产业: 产业 alone) is named in
  // one line when another plan answers the whole topic: the card answers what was asked first.
  const whole = speaking.filter((a) => !apartOnly(a));
  const apart = many && whole.length ? speaking.filter(apartOnly) : [];
  const shown = speaking.length ? speaking.filter((a) => !apart.includes(a)) : answers.slice(0, 1);
  for (const a of shown) card.append(...planBody(a, o, many));
  if (apart.length) card.append(el('p', { class: 'answer-more' }, `没有把${quoted(topic)}连在一起写的文件：${apart.map((a) => `《${a.planTitle}》（只写到${(a as { matched: string[] }).matched.map(quoted).join('')}）`).join('、')}。`));
  const silent = answers.filter((a) => a.kind === 'absent');
  if (many && speaking.length && silent.length) card.append(el('p', { class: 'answer-more' }, `${silent.map((a) => `《${a.planTitle}》`).join('')}没有谈到“${topic}”。`));
  const topicsHref = (answers.find((a) => a.kind === 'unassigned') as { topicsHref?: string } | undefined)?.topicsHref;
  card.append(el('p', { class: 'answer-source' }, '依据：原文印出的牵头、配合单位。', el('a', { href: topicsHref ?? topicsPath(`${answers[0]?.plan}`) }, '按主题查牵头部门')));
  return card;
}
