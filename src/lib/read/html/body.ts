/**
 * Where the document is on a page: the element holding most of the page's Chinese paragraph
 * text. Navigation, related links and share bars are mostly links, footers and sidebars a small
 * share of the text, so text inside links is not weighed, and the finder walks down from <body>
 * while one child holds at least BODY_SHARE of the weighed text. An element the central portal (and
 * the CMSs many provincial portals run) marks as the article is taken first when it holds at least
 * half of that text.
 */
import { attr, BLOCK_TAGS, classTokens, cjkCount, elementChildren, HEADING_LEVEL, isElement, isSkipped, isText, type Element } from './dom.ts';

/** Ids and classes that portals give the article: UCAP-CONTENT (www.gov.cn), pages_content, TRS_Editor (TRS WCM), zoom. */
const ARTICLE_IDS = new Set(['UCAP-CONTENT', 'zoom', 'Zoom', 'content_body']);
const ARTICLE_CLASSES = new Set(['pages_content', 'TRS_Editor', 'trs_editor', 'article-content', 'article_content']);

/** Share of the page's weighed text a child must hold for the finder to go down into it. */
export const BODY_SHARE = 0.8;

/** Tags that are page furniture wherever they stand. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer']);
/** Ids and classes of furniture inside an article: share bars, breadcrumbs, related links, QR codes, print/close buttons. */
const FURNITURE_NAME = /share|bdshare|jiathis|breadcrumb|crumb|related|xgwz|qrcode|qr_|toolbar|print|pagebreak|^nav|menu/i;

export interface Weights {
  /** Weighed characters (CJK ideographs, or any printed character on a page without them, outside links) under each element. */
  of: Map<Element, number>;
  /** All characters (links too) under each element, to tell a link bar from an article. */
  all: Map<Element, number>;
}

export function weigh(root: Element, excluded: (el: Element) => boolean, count: (text: string) => number = cjkCount): Weights {
  const of = new Map<Element, number>();
  const all = new Map<Element, number>();
  const visit = (node: Element, inLink: boolean): [number, number] => {
    let w = 0;
    let a = 0;
    for (const c of node.childNodes) {
      if (isText(c)) {
        const n = count(c.value);
        a += n;
        if (!inLink) w += n;
      } else if (isElement(c) && !isSkipped(c) && !excluded(c)) {
        const [cw, ca] = visit(c, inLink || c.tagName === 'a');
        w += cw;
        a += ca;
      }
    }
    of.set(node, w);
    all.set(node, a);
    return [w, a];
  };
  visit(root, false);
  return { of, all };
}

/** Furniture inside the body: nav/aside/footer, or a share bar or link list named so and made mostly of links or little text. */
export function isFurniture(el: Element, weights: Weights): boolean {
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const name = `${attr(el, 'id') ?? ''} ${attr(el, 'class') ?? ''}`.trim();
  if (name === '' || !FURNITURE_NAME.test(name)) return false;
  const w = weights.of.get(el) ?? 0;
  const a = weights.all.get(el) ?? 0;
  return w < 100 || w < a / 2;
}

export function findBody(root: Element, weights: Weights): Element {
  const total = weights.of.get(root) ?? 0;
  const weight = (el: Element) => weights.of.get(el) ?? 0;
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (ARTICLE_IDS.has(attr(el, 'id') ?? '') || classTokens(el).some((t) => ARTICLE_CLASSES.has(t))) {
      if (weight(el) > 0 && weight(el) >= total / 2) return el;
    }
    for (const c of elementChildren(el).reverse()) if (weights.of.has(c)) stack.push(c);
  }
  let body = root;
  for (;;) {
    const next = elementChildren(body).filter((c) => weights.of.has(c)).sort((a, b) => weight(b) - weight(a))[0];
    // A paragraph (an element without block children) is part of the body, never the body itself.
    const container = next !== undefined && elementChildren(next).some((c) => BLOCK_TAGS.has(c.tagName));
    if (!container || weight(next) < BODY_SHARE * total || weight(next) === 0) break;
    body = next;
  }
  // Inside a table but not in one of its cells, the body is around the table: the table is one of its blocks.
  while (TABLE_PARTS.has(body.tagName) && body !== root && body.parentNode !== null && isElement(body.parentNode)) body = body.parentNode;
  return body;
}

const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr']);

/**
 * A title printed just before the body, outside it (<h1> above the content <div>, as many portals
 * print it): the last h1–h3 with text that precedes the body within its parent or grandparent,
 * not in a site's header, logo or menu.
 */
export function titleBefore(body: Element, root: Element, weights: Weights): Element | null {
  let child: Element = body;
  for (let depth = 0; depth < 2 && child !== root; depth++) {
    const parent = child.parentNode;
    if (parent === null || !isElement(parent)) return null;
    const siblings = elementChildren(parent);
    const before = siblings.slice(0, siblings.indexOf(child));
    for (let i = before.length - 1; i >= 0; i--) {
      const found = lastHeading(before[i], weights);
      if (found !== null) return found;
    }
    child = parent;
  }
  return null;
}

/** Where a site prints its own name as a heading: a page header, a logo, a banner, a menu. */
const SITE_HEAD = /logo|banner|^top|^head|nav|menu/i;

function lastHeading(el: Element, weights: Weights): Element | null {
  if (!weights.of.has(el) || FURNITURE_TAGS.has(el.tagName)) return null;
  if (SITE_HEAD.test(attr(el, 'id') ?? '') || classTokens(el).some((t) => SITE_HEAD.test(t))) return null;
  if (HEADING_LEVEL[el.tagName] !== undefined && HEADING_LEVEL[el.tagName] <= 3) return (weights.of.get(el) ?? 0) > 0 ? el : null;
  const kids = elementChildren(el);
  for (let i = kids.length - 1; i >= 0; i--) {
    const found = lastHeading(kids[i], weights);
    if (found !== null) return found;
  }
  return null;
}
