/**
 * The 404 page's suggestions: the published pages nearest to the address that was asked for. The
 * page lists the main lists without JavaScript; this only adds the nearest addresses.
 */
import { nearestPaths } from '../lib/site/views/suggest.ts';

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
