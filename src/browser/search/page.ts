/**
 * The results page (/search/): reads the query and filters from the URL, searches (engine.ts), tries
 * the plan's words when nothing is found (resolve.ts), shows the answer card for a question, the
 * results in reading order with the entities grouped, and the filter counts. Without this module the
 * page says that search needs JavaScript and offers the static lists.
 */
import { SEARCH_PATH } from '../../lib/model/routes.ts';
import { normalizeQuery, parseState, queryTerms, stateToSearch, FILTER_KEYS, type SearchState } from '../../lib/search/query.ts';
import { joinOutcomes, runSearch, take, toSimplified, type Outcome, type PagefindData } from './engine.ts';
import { DIRECTORY_EXCLUDE, directoryBundle, directoryPlans, plansEngine } from './library.ts';
import { FIRST_PLANS, MAX_EMPTY_PLANS } from '../../lib/search/directory.ts';
import { resolveSearch, type Resolved } from './resolve.ts';
import type { Answer } from '../../lib/site/answers/answers.ts';
import { askQuery } from '../../lib/search/question-words.ts';
import { el } from './render.ts';
import { FILTER } from '../../lib/search/attributes.ts';
import { addAlso, entityGroup, keyOf, resultItem } from './view.ts';

const PAGE = 10;
/** The entity group comes after this many results on the first page (or after all, if fewer). */
const GROUP_AFTER = 3;

export function start(form: HTMLFormElement): void {
  const byId = (id: string) => document.getElementById(id)!;
  const input = form.querySelector<HTMLInputElement>('#q')!;
  const status = byId('search-status');
  const convertedNote = byId('search-converted');
  const rewriteNote = byId('search-rewrite');
  const list = byId('search-results');
  const more = byId('search-more') as HTMLButtonElement;
  const answerSlot = byId('search-answer');
  const fold = byId('search-filters-fold') as HTMLDetailsElement;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  // Only in a library (more than one plan).
  const widen = document.getElementById('search-widen');

  /** The reader undid a mapping (?exact=1): kept until the query is edited. */
  let exactNext = parseState(location.search).exact ?? false;
  const readForm = (): SearchState => {
    const filters: SearchState['filters'] = {};
    for (const key of FILTER_KEYS) {
      const values = boxes.filter((b) => b.name === key && b.checked).map((b) => b.value);
      if (values.length) filters[key] = values;
    }
    return { q: normalizeQuery(input.value), filters, ...(exactNext ? { exact: true } : {}) };
  };
  const writeForm = (s: SearchState) => {
    input.value = s.q;
    for (const b of boxes) b.checked = (s.filters[b.name as (typeof FILTER_KEYS)[number]] ?? []).includes(b.value);
  };

  let seq = 0;
  let outcome: Outcome | null = null;
  let confirmed: PagefindData[] = [];
  let shown = 0;
  /** How many hits of the outcome have been checked (their fragment fetched). */
  let checked = 0;
  /** The sentence each shown result shows → its item: a repeat is folded into it. */
  let sentences = new Map<string, HTMLLIElement>();
  let group: HTMLLIElement | null = null;
  /** The query whose results are shown, for the status line. */
  let lastQuery = '';
  /**
   * In a library: the directory of plans (src/lib/search/directory.ts) lists the plans that hold the
   * query's words; their own bundles are searched one plan at a time, in that order, until the first
   * page of results is full (at most FIRST_PLANS plans), so results come plan by plan; the next plan
   * when the reader asks for more. Null on a site of one plan (its one bundle is searched whole).
   */
  const directory = directoryBundle();
  interface Scope { plans: string[]; searched: number }
  let scope: Scope = { plans: [], searched: 0 };
  const planSearch = (q: string, plan: string, filters: SearchState['filters'], counts: boolean) =>
    runSearch(q, filters, { counts, fallbackBelow: PAGE, bundle: plansEngine([plan], directory ?? ''), exclude: DIRECTORY_EXCLUDE });
  const search = async (q: string, filters: SearchState['filters'], counts: boolean): Promise<{ o: Outcome; scope: Scope } | null> => {
    if (!directory) {
      const o = await runSearch(q, filters, { counts, fallbackBelow: PAGE });
      return o ? { o, scope: { plans: [], searched: 0 } } : null;
    }
    const plans = await directoryPlans(q, filters, directory);
    let searched = 0;
    let out: Outcome = { query: normalizeQuery(q), searched: await toSimplified(normalizeQuery(q)), hits: [], entities: [], filters: {}, totalFilters: {} };
    // The directory lists plans whose words include the query's, not always together (省科技厅 is
    // 省|科技|厅 to it, which nearly every plan holds): while no plan has a hit, more are searched.
    // Hits are counted once checked against their text (take: their fragments, which the first
    // page fetches anyway): Pagefind finds 省, 科技 and 厅 on pages that do not print 省科技厅.
    let confirmed = 0;
    const found = () => confirmed + out.entities.length;
    while (searched < plans.length && found() < PAGE && (searched < FIRST_PLANS || (found() === 0 && searched < MAX_EMPTY_PLANS))) {
      const o = await planSearch(q, plans[searched], filters, counts);
      searched++;
      if (!o) return null;
      out = joinOutcomes(out, o);
      confirmed += (await take(o.hits, PAGE - confirmed)).length;
    }
    return { o: out, scope: { plans, searched } };
  };

  async function run(push = false) {
    const state = readForm();
    const url = `${SEARCH_PATH}${stateToSearch(state)}`;
    if (url !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', url);
    // Scoped to plans (the header box inside a plan does that): one click searches them all.
    const scoped = state.filters[FILTER.plan] ?? [];
    if (widen) widen.hidden = scoped.length === 0;
    if (widen && scoped.length) {
      widen.firstChild!.textContent = `只在 ${scoped.join('、')} 中搜索。`;
      widen.querySelector('a')!.href = `${SEARCH_PATH}${stateToSearch({ ...state, filters: { ...state.filters, [FILTER.plan]: [] } })}`;
    }
    const mine = ++seq;
    list.replaceChildren();
    more.hidden = true;
    convertedNote.hidden = true;
    rewriteNote.hidden = true;
    shown = 0;
    checked = 0;
    confirmed = [];
    sentences = new Map();
    group = null;
    lastQuery = '';
    scope = { plans: [], searched: 0 };
    if (!state.q) {
      status.textContent = '';
      return;
    }
    status.textContent = '正在搜索…';
    // The answer card: a question is searched by its topic; the answer data loads with Pagefind.
    const asked = askQuery(state.q);
    // The card's code and data load only for a question or a department's name: a plain keyword
    // gets the results alone.
    const cards = asked.card ? import('./answer.ts') : null;
    let answered: Answer[] | null = null;
    const answer = async (topicRaw: string, results: PagefindData[] | null) => {
      if (!cards || !topicRaw || (answered && results === null)) return;
      const { answersFor, answerPlans, renderCard } = await cards;
      const topic = await toSimplified(topicRaw);
      const plans = await answerPlans(results, topic, asked.question);
      if (mine !== seq || plans.length === 0) return;
      const a = answersFor(plans, topic, results);
      if (!a) return;
      answered = a;
      const card = renderCard(a, { compact: false, question: asked.question, headingId: 'answer-title' });
      answerSlot.replaceChildren(...(card ? [card] : []));
      performance.mark('search:answer');
    };
    answerSlot.replaceChildren();
    const early = answer(asked.topic, null);
    // Counted only with the filters open: only then are all the filter chunks loaded (engine.ts).
    const counting = fold.open;
    // A query that finds nothing is searched as the plan words it (resolve.ts): said below the box.
    const found = await resolveSearch(asked.search, async (q) => {
      const r = await search(q, state.filters, counting);
      if (!r) return null;
      const { o } = r;
      const first = await take(o.hits, PAGE);
      await checkEntities(o);
      // 原文 holds every word of the plan: words that meet only there are not found together.
      return o.entities.length > 0 || first.some((d) => d.filters[FILTER.kind]?.[0] !== '原文') ? { o, first, scope: r.scope } : null;
    }, state.exact);
    await early;
    if (mine !== seq) return;
    showRewrite(state, found.attempt);
    if (!found.found) {
      const r = await search(asked.search, state.filters, counting);
      if (mine !== seq || !r) return;
      const { o } = r;
      scope = r.scope;
      await checkEntities(o);
      outcome = o;
      confirmed = await take(o.hits, PAGE);
      checked = o.hits.length;
      await showMore();
      if (!answered) await answer(asked.topic, confirmed);
      finish(mine, o.query);
      return;
    }
    outcome = found.found.o;
    scope = found.found.scope;
    if (outcome.searched !== outcome.query && !found.attempt) {
      convertedNote.textContent = `已将“${outcome.query}”转为简体“${outcome.searched}”搜索。`;
      convertedNote.hidden = false;
    }
    // Fragments are fetched for the results shown (each checked against its page text, see
    // engine.ts), never for every hit: the filter counts are Pagefind's.
    const first = found.found.first;
    confirmed = [...first];
    checked = first.used ?? first.length;
    await showMore();
    performance.mark('search:results');
    const topic = found.attempt && asked.topic ? found.attempt.query : asked.topic;
    if (!answered || found.attempt) {
      answered = null;
      await answer(topic, first);
    }
    if (mine !== seq) return;
    // Opened while this search ran: its counts were not taken, so they are now.
    if (fold.open) {
      if (counting) updateCounts(outcome.filters);
      else void refreshCounts();
    }
    finish(mine, found.attempt ? found.attempt.query : outcome.query);
  }

  /**
   * The entity group is counted before its pages are loaded. Pagefind shortens a word it cannot find
   * (钢贴 → 钢), and then its hits fail the text check: one entity page is checked, and when none
   * holds the query the group is dropped.
   */
  async function checkEntities(o: Outcome) {
    if (o.entities.length && (await take(o.entities, 1)).length === 0) o.entities = [];
  }

  function finish(mine: number, q: string) {
    lastQuery = q;
    // Hits not checked yet are counted: a hit that fails its check is dropped when it is reached.
    const total = outcome ? confirmed.length + Math.max(0, outcome.hits.length - checked) + outcome.entities.length : 0;
    more.hidden = !outcome || (shown >= confirmed.length && checked >= outcome.hits.length && !plansLeft());
    // Only the plans searched are counted: the others are listed by the directory, not checked yet.
    const rest = plansLeft() ? `；另有 ${scope.plans.length - scope.searched} 个文件可能含有这些词，点“显示更多结果”继续搜索` : '';
    status.textContent = total ? `“${q}”共有 ${total} 个结果${scope.searched ? `（已搜索 ${scope.searched} 个文件）` : ''}${rest}` : rest ? `前 ${scope.searched} 个文件中没有“${q}”的结果${rest}` : `没有找到“${q}”的结果。可以换个关键词，或按下面的目录浏览。`;
    document.body.dataset.searchDone = String(mine);
  }

  function showRewrite(state: SearchState, attempt: Resolved<unknown>['attempt']) {
    rewriteNote.hidden = !attempt;
    if (!attempt) return;
    const undo = el('a', { href: `${SEARCH_PATH}${stateToSearch({ ...state, exact: true })}`, 'data-undo': '' }, `仍按“${state.q}”搜索`);
    rewriteNote.replaceChildren(attempt.description, ' ', undo);
  }

  /**
   * The filter counts come from Pagefind's filter index, loaded only when the filters are open
   * (on a phone they are folded: a first query there costs no count searches).
   */
  async function refreshCounts() {
    if (!outcome || !fold.open) return;
    const mine = seq;
    const filters = readForm().filters;
    // In a library, the plans searched so far, each counted in its own bundle.
    const outcomes = directory ? await Promise.all(scope.plans.slice(0, scope.searched).map((p) => planSearch(outcome!.query, p, filters, true))) : [await runSearch(outcome.query, filters, { counts: true })];
    const o = outcomes.reduce<Outcome | null>((a, b) => (a && b ? joinOutcomes(a, b) : a ?? b), null);
    if (mine === seq && o) updateCounts(o.filters);
  }

  function updateCounts(counts: Record<string, Record<string, number>>) {
    for (const label of form.querySelectorAll<HTMLElement>('.filter-value')) {
      const n = counts[label.dataset.key!]?.[label.dataset.value!] ?? 0;
      const box = label.querySelector('input')!;
      label.querySelector('.count')!.textContent = `(${n})`;
      label.classList.toggle('empty', n === 0 && !box.checked);
      // A value with no result is hidden (unless chosen): a chip that leads nowhere is noise.
      label.hidden = n === 0 && !box.checked;
    }
    for (const d of form.querySelectorAll<HTMLDetailsElement>('details.search-filter')) d.hidden = [...d.querySelectorAll<HTMLElement>('.filter-value')].every((l) => l.hidden);
  }

  const plansLeft = () => scope.searched < scope.plans.length;

  /** Shows the next page of results, checking more hits (their fragments fetched) as needed. */
  async function showMore() {
    if (!outcome) return;
    const o = outcome;
    const mine = seq;
    // Every hit of the plans searched is shown: the next plans of the directory are searched.
    if (shown >= confirmed.length && checked >= o.hits.length && plansLeft()) {
      document.body.dataset.searchBusy = '1';
      const next = await planSearch(o.query, scope.plans[scope.searched], readForm().filters, false);
      delete document.body.dataset.searchBusy;
      if (mine !== seq) return;
      scope = { ...scope, searched: scope.searched + 1 };
      // Their entity pages join the results: the group of entities is the first plans'.
      if (next) o.hits.push(...next.hits, ...next.entities);
    }
    if (confirmed.length < shown + PAGE && checked < o.hits.length) {
      // Busy while the next hits are checked: the button's state is known only after.
      document.body.dataset.searchBusy = '1';
      const extra = await take(o.hits.slice(checked), shown + PAGE - confirmed.length);
      delete document.body.dataset.searchBusy;
      if (mine !== seq) return;
      checked += extra.used ?? extra.length;
      confirmed.push(...extra);
    }
    const data = confirmed.slice(shown, shown + PAGE);
    const terms = queryTerms(o.searched);
    for (const d of data) {
      const key = keyOf(d, terms);
      const seen = key === null ? undefined : sentences.get(key);
      if (seen) {
        addAlso(seen, d, terms);
        continue;
      }
      const li = resultItem(d, terms);
      if (key !== null) sentences.set(key, li);
      list.append(li);
      if (!group && o.entities.length && list.children.length === GROUP_AFTER) placeGroup(o, terms);
    }
    shown += data.length;
    if (!group && o.entities.length && shown >= confirmed.length) placeGroup(o, terms);
    more.hidden = shown >= confirmed.length && checked >= o.hits.length && !plansLeft();
    if (mine === seq && lastQuery) finish(mine, lastQuery);
  }

  function placeGroup(o: Outcome, terms: string[]) {
    // Opened at once when the entities are all there is.
    group = entityGroup(o.entities.length, () => take(o.entities, o.entities.length), terms, list.children.length === 0);
    list.append(group);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    exactNext = false;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[type=checkbox]')) void run();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  more.addEventListener('click', () => void showMore());
  widen?.querySelector('a')!.addEventListener('click', (e) => {
    e.preventDefault();
    for (const b of boxes) if (b.name === FILTER.plan) b.checked = false;
    void run(true);
  });
  window.addEventListener('popstate', () => {
    writeForm(parseState(location.search));
    exactNext = parseState(location.search).exact ?? false;
    void run();
  });
  // Filters folded on a phone, so that the first result shows without scrolling; open on a wide
  // screen or when a filter is chosen. Without this script they stay folded, one click away.
  writeForm(parseState(location.search));
  fold.open = matchMedia('(min-width: 48em)').matches || boxes.some((b) => b.checked);
  fold.addEventListener('toggle', () => void refreshCounts());
  void run();
}
