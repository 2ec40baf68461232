/** Small helpers over xmldom elements of WordprocessingML (transitional and strict namespaces). */
import type { Element, Node } from '@xmldom/xmldom';

export const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
export const MATH_NS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  'http://purl.oclc.org/ooxml/officeDocument/math',
]);

const ELEMENT_NODE = 1;

export function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === ELEMENT_NODE;
}

/** True when `el` is w:`name`. */
export function isW(el: Element, name: string): boolean {
  return el.localName === name && W_NS.has(el.namespaceURI ?? '');
}

export function elementChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node)) out.push(node);
  }
  return out;
}

/** The first w:`name` child of `el`, or null. */
export function wChild(el: Element | null, name: string): Element | null {
  if (el === null) return null;
  for (let node = el.firstChild; node !== null; node = node.nextSibling) {
    if (isElement(node) && isW(node, name)) return node;
  }
  return null;
}

export function wChildren(el: Element, name: string): Element[] {
  return elementChildren(el).filter((c) => isW(c, name));
}

/** The value of attribute w:`name` of `el` (any WordprocessingML namespace), or null. */
export function wAttr(el: Element | null, name: string): string | null {
  if (el === null) return null;
  const attrs = el.attributes;
  for (let i = 0; i < attrs.length; i++) {
    const a = attrs.item(i);
    if (a !== null && a.localName === name && W_NS.has(a.namespaceURI ?? '')) return a.value;
  }
  return null;
}

/** w:val of the w:`name` child, or null when the child is absent. */
export function wVal(el: Element | null, name: string): string | null {
  const c = wChild(el, name);
  return c === null ? null : wAttr(c, 'val');
}

/** An on/off property (w:tblHeader, w:isLgl): present and not switched off by w:val. */
export function wFlag(el: Element | null, name: string): boolean {
  const c = wChild(el, name);
  if (c === null) return false;
  const v = wAttr(c, 'val');
  return v === null || !['false', '0', 'off'].includes(v);
}

/** An integer w:val, or null when absent or not a number. */
export function wInt(el: Element | null, name: string): number | null {
  const v = wVal(el, name);
  if (v === null || !/^-?\d+$/.test(v.trim())) return null;
  return Number.parseInt(v, 10);
}

/**
 * The branch of an mc:AlternateContent a reader should take: the first mc:Choice (what the
 * writing application meant), else the mc:Fallback. Reading both would print a text box twice.
 */
export function alternateBranch(el: Element): Element | null {
  const kids = elementChildren(el).filter((c) => c.namespaceURI === MC_NS);
  return kids.find((c) => c.localName === 'Choice') ?? kids.find((c) => c.localName === 'Fallback') ?? null;
}
