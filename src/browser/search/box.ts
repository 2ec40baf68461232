/**
 * The header search box, enhanced on first use: results as you type under the box, ↑/↓ to move
 * through them, Enter to open one (or the full results page). It follows the WAI-ARIA combobox
 * pattern: the input is a combobox whose aria-expanded says whether the list is open; Escape closes
 * the list first and clears the box only on a second press. Without this module the box is a plain
 * GET form to /search/.
 */
import { normalizeQuery, queryTerms } from '../../lib/search/query.ts';
import { type Outcome, runSearch, take, toSimplified } from './engine.ts';
import { el, excerpt, landing, planOf, titleOf } from './render.ts';
import { askQuery } from '../../lib/search/question-words.ts';
import { FILTER } from '../../lib/search/attributes.ts';
import { resolveSearch } from './resolve.ts';
import { snippetHtml } from '../../lib/search/results.ts';
import { SEARCH_PATH } from '../../lib/model/routes.ts';

const SHOWN = 6;

export function enhance(input: HTMLInputElement): void {
  if (input.dataset.enhanced) return;
  input.dataset.enhanced = '1';
  const form = input.form!;
  // Inside a plan of a library the box searches that plan (Header.astro's hidden 文件 field), in
  // the plan's own Pagefind bundle: far fewer bytes than the library's.
  const scoped = form.querySelector<HTMLInputElement>(`input[type=hidden][name="${FILTER.plan}"]`);
  const scope = scoped?.value;
  const bundle = scoped?.dataset.bundle;
  const panel = el('div', { id: 'site-search-panel', class: 'search-panel', hidden: '' });
  const status = el('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  const rewrite = el('p', { class: 'search-rewrite', hidden: '' });
  const list = el('ol', { class: 'search-hits' });
  const answerSlot = el('div', { class: 'search-answer' });
  panel.append(answerSlot, status, rewrite, list);
  form.append(panel);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', panel.id);
  input.setAttribute('aria-describedby', 'site-search-help');
  form.append(el('span', { id: 'site-search-help', class: 'skip' }, '输入即显示结果，按下方向键进入结果列表，Esc 关闭'));

  let seq = 0;
  let dismissed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const open = (yes: boolean) => {
    panel.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
  };
  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('a')];

  async function update() {
    const q = normalizeQuery(input.value);
    const mine = ++seq;
    if (!q) {
      list.replaceChildren();
      answerSlot.replaceChildren();
      status.textContent = '';
      open(false);
      return;
    }
    open(true);
    if (!list.childElementCount) status.textContent = '正在搜索…';
    // A question is searched by its topic; the answer card comes first (see answer.ts).
    const asked = askQuery(q);
    // The card's code and data load only for a question or a department's name.
    const cards = asked.card ? import('./answer.ts') : null;
    let answered = false;
    let topicNow = asked.topic;
    const answer = async (results: Awaited<ReturnType<typeof take>> | null) => {
      if (!cards || !topicNow || answered) return;
      const { answersFor, answerPlans, renderCard } = await cards;
      const topic = await toSimplified(topicNow);
      const plans = await answerPlans(results, topic, asked.question);
      if (mine !== seq || plans.length === 0) return;
      const a = answersFor(plans, topic, results);
      if (!a) return;
      answered = true;
      const card = renderCard(a, { compact: true, question: asked.question, headingId: 'site-search-answer' });
      answerSlot.replaceChildren(...(card ? [card] : []));
      panel.dispatchEvent(new CustomEvent('search:answer', { bubbles: true }));
    };
    if (!asked.topic) answerSlot.replaceChildren();
    const early = answer(null);
    const opts = { fallbackBelow: SHOWN, exclude: { 类别: ['原文'] }, bundle };
    const filters = scope && !bundle ? { [FILTER.plan]: [scope] } : {};
    // A query that finds nothing is searched as the plan words it (resolve.ts), said in the list.
    const found = await resolveSearch(asked.search, async (q) => {
      const o = await runSearch(q, filters, opts);
      if (!o) return null;
      // The reading pages first, then entity pages (the results page groups them).
      const d = await take([...o.hits, ...o.entities], SHOWN);
      return d.length ? { o, d } : null;
    });
    await early;
    if (mine !== seq) return;
    const outcome: Outcome | null = found.found?.o ?? (await runSearch(asked.search, filters, opts));
    if (mine !== seq || !outcome) return;
    const data = found.found?.d ?? [];
    rewrite.hidden = !found.attempt;
    if (found.attempt) {
      rewrite.replaceChildren(found.attempt.description, ' ', el('a', { href: `${SEARCH_PATH}?q=${encodeURIComponent(q)}&exact=1` }, `仍按“${asked.search}”搜索`));
      if (asked.topic) {
        topicNow = found.attempt.query;
        answered = false;
      }
    }
    render(outcome, data);
    panel.dispatchEvent(new CustomEvent('search:rendered', { bubbles: true }));
    if (!answered) await answer(data);
    if (!answered && mine === seq) answerSlot.replaceChildren();
  }

  function render(outcome: Outcome, data: Awaited<ReturnType<typeof take>>) {
    const terms = queryTerms(outcome.searched);
    // The results page gets the query as typed: a question keeps its card there too.
    const all = `${SEARCH_PATH}?q=${encodeURIComponent(normalizeQuery(input.value) || outcome.query)}${scope ? `&${encodeURIComponent(FILTER.plan)}=${encodeURIComponent(scope)}` : ''}`;
    const converted = outcome.searched !== outcome.query ? `（已转为简体“${outcome.searched}”）` : '';
    status.textContent = data.length ? `“${outcome.query}”的结果${converted}` : `没有找到“${outcome.query}”的结果${converted}`;
    list.replaceChildren(
      ...data.map((d) => {
        const { href, sub } = landing(d, terms);
        const a = el('a', { href }, el('strong', {}, titleOf(d)), ...(sub && sub.title !== titleOf(d) ? [el('small', {}, ` › ${sub.title}`)] : []));
        a.append(excerpt(snippetHtml(sub?.excerpt ?? d.excerpt, terms, d.content), 'excerpt'));
        if (planOf(d)) a.append(el('small', { class: 'hit-plan' }, planOf(d)));
        return el('li', {}, a);
      }),
      el('li', { class: 'all' }, el('a', { href: all }, data.length ? '全部结果（含原文段落）与筛选 →' : '到搜索页查看重点行业和重点任务 →')),
    );
  }

  input.addEventListener('input', () => {
    dismissed = false;
    clearTimeout(timer);
    timer = setTimeout(update, 60);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length) {
      dismissed = false;
      open(true);
      e.preventDefault();
      links()[0]?.focus();
    } else if (e.key === 'Escape') {
      // First Escape closes the list; a second (the list closed) clears the box.
      if (!panel.hidden) {
        dismissed = true;
        open(false);
      } else if (input.value) {
        input.value = '';
        void update();
      }
      e.preventDefault();
    }
  });
  panel.addEventListener('keydown', (e) => {
    const ls = links();
    const i = ls.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      ls[Math.min(i + 1, ls.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i <= 0) input.focus();
      else ls[i - 1].focus();
    } else if (e.key === 'Escape') {
      dismissed = true;
      open(false);
      input.focus();
    }
  });
  input.addEventListener('focus', () => {
    if (!dismissed && normalizeQuery(input.value) && list.childElementCount) open(true);
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) open(false);
  });
  // Tabbing on past the box, its button and the results closes the list, as a click elsewhere does;
  // coming back to the box opens it again.
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) open(false);
  });
  if (normalizeQuery(input.value)) void update();
}
