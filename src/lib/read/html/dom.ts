/**
 * The few questions the HTML reader asks of parse5's tree: what an element is called, its
 * attributes, whether a browser would show it, and the text-bearing characters it holds.
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5';

export type Element = T.Element;
export type ChildNode = T.ChildNode;
export type ParentNode = T.ParentNode;

export const isElement = (n: T.Node): n is Element => 'tagName' in n;
export const isText = (n: T.Node): n is T.TextNode => n.nodeName === '#text';

export function attr(el: Element, name: string): string | null {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return null;
}

/**
 * Elements whose content is never document text: code, styling, embedded or interactive objects,
 * form controls and the document head. A page's markup reaches the model only as text and table
 * structure, so these are dropped with everything inside them.
 */
const NEVER_TEXT = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'applet', 'param', 'canvas', 'svg', 'math', 'audio', 'video', 'source', 'track', 'map', 'select', 'option',
  'button', 'input', 'textarea', 'datalist', 'meta', 'link', 'base',
]);

/** `style="display:none"` or `hidden`: the browser shows nothing of it, and neither does the reader. */
export function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== null) return true;
  const style = attr(el, 'style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i.test(style);
}

/** True when neither the element nor anything in it can be document text. */
export const isSkipped = (el: Element): boolean => NEVER_TEXT.has(el.tagName) || isHidden(el);

/**
 * Elements that start a new line in a browser's layout: a paragraph ends at their start and at
 * their end. Everything else (span, b, a, font …) is inline and joins the line it is in.
 */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

export const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

export const elementChildren = (n: ParentNode): Element[] => n.childNodes.filter(isElement);

/** Every element under `n` that passes `test`, in document order, skipped parts included (the <head>'s links). */
export function findAll(n: ParentNode, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: ChildNode[] = [...n.childNodes].reverse();
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (!isElement(c)) continue;
    if (test(c)) out.push(c);
    for (let i = c.childNodes.length - 1; i >= 0; i--) stack.push(c.childNodes[i]);
  }
  return out;
}

export const classTokens = (el: Element): string[] => (attr(el, 'class') ?? '').split(/\s+/).filter((t) => t !== '');

/** CJK ideographs: what a Chinese paragraph is made of, and what the body finder weighs. */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/gu;
export const cjkCount = (s: string): number => s.match(CJK)?.length ?? 0;
