/**
 * The 404 page's suggestions: the published pages nearest to the address that was asked for, and
 * for an address that is a word (/guangfu, /光伏) a search for it, pinyin read through the search
 * vocabulary. The page lists the main lists without JavaScript; this only adds the suggestions.
 */
import { nearestPaths, wordOfPath, wordsForPinyin } from '../lib/site/views/suggest.ts';

export function suggest(list: HTMLElement): void {
  const pages = new Map(JSON.parse(list.dataset.pages ?? '[]') as [string, string][]);
  const found = nearestPaths(location.pathname, [...pages.keys()]);
  if (found.length === 0) return;
  for (const path of found) {
    const a = document.createElement('a');
    a.href = path;
    a.textContent = pages.get(path) || path;
    const li = document.createElement('li');
    li.append(a);
    if (pages.get(path)) {
      const where = document.createElement('span');
      where.className = 'meta';
      where.textContent = path;
      li.append(where);
    }
    list.append(li);
  }
  list.closest('section')?.removeAttribute('hidden');
}

/** For a word address, links to search it: the Chinese words its pinyin reads as, else the word as typed. */
export async function offerSearch(list: HTMLElement): Promise<void> {
  const word = wordOfPath(location.pathname);
  if (!word) return;
  let queries = 'han' in word ? [word.han] : [];
  if ('latin' in word) {
    const vocab = await fetch(list.dataset.vocab!).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    queries = [...(vocab ? wordsForPinyin(word.latin, vocab) : []), word.latin];
  }
  for (const q of queries) {
    const a = document.createElement('a');
    a.href = `${list.dataset.search}?q=${encodeURIComponent(q)}`;
    a.textContent = `搜索“${q}”`;
    const li = document.createElement('li');
    li.append(a);
    list.append(li);
  }
  list.closest('section')?.removeAttribute('hidden');
}
