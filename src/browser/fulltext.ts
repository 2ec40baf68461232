/**
 * 原文's enhancements; the page works without them (a jump from a page shows its own 返回 link by
 * CSS, the contents panel is a <details>):
 *   - 返回 leads back to the page the reader came from, whatever it was (a search keeps its words),
 *     and shows under whatever the reader landed on, a paragraph as well as a heading;
 *   - on a phone, choosing an entry of the contents panel closes it, so it does not cover the text.
 */
import { returnAddress } from '../lib/site/views/source.ts';

export function enhanceFullText(doc: Document): void {
  const back = returnAddress(doc.referrer, location.href);
  const landed = () => {
    for (const p of doc.querySelectorAll('.passage.landed')) p.classList.remove('landed');
    const target = location.hash ? doc.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    target?.closest('.passage')?.classList.add('landed');
  };
  if (back) {
    for (const a of doc.querySelectorAll<HTMLAnchorElement>('.back-link a')) {
      // The page's own link says which page; another page (a search, a list) is 上一页.
      if (new URL(a.href, location.href).pathname !== new URL(back, location.href).pathname) a.textContent = '返回上一页';
      a.href = back;
    }
    doc.querySelector('.fulltext')?.classList.add('has-return');
    landed();
    addEventListener('hashchange', landed);
  }
  const panel = doc.querySelector<HTMLDetailsElement>('.toc-panel');
  panel?.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a') && matchMedia('(max-width: 63.99rem)').matches) panel.open = false;
  });
}
