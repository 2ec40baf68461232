/**
 * The HTML reader: a portal page as saved (a whole page, or just its article) to a ReadDocument.
 * parse5 parses it exactly as a browser would (the WHATWG algorithm, so broken markup, unclosed
 * tags and bare fragments come out as a browser shows them). The reader then takes the portal's
 * metadata block as the record, finds the document body, and reads the body's paragraphs, lines
 * and tables as blocks. Only text and table structure leave it: no script, style, frame, form
 * control, comment or attribute other than the spans and alignment of what is printed.
 */
import { parse } from 'parse5';
import { ReadError } from '../model/errors.ts';
import type { DocumentBlock, PortalRecord, ReadDocument } from '../model/schemas/document.ts';
import { alignOf, readBlocks, type Context } from './html/blocks.ts';
import { findBody, isFurniture, titleBefore, weigh } from './html/body.ts';
import { decodeHtml } from './html/decode.ts';
import { attr, elementChildren, findAll, HEADING_LEVEL, isElement, type Element } from './html/dom.ts';
import { findRecord } from './html/record.ts';

const NO_BODY = 'no document body: the page holds no paragraphs of text';

/** The page's own address, where it states one: <link rel=canonical>, else og:url. */
function pageUrl(root: Element): string | null {
  for (const el of findAll(root, (e) => e.tagName === 'link' && (attr(e, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))) {
    const href = attr(el, 'href')?.trim();
    if (href) return href;
  }
  for (const el of findAll(root, (e) => e.tagName === 'meta' && (attr(e, 'property') ?? attr(e, 'name')) === 'og:url')) {
    const content = attr(el, 'content')?.trim();
    if (content) return content;
  }
  return null;
}

/** The alignment, heading level and preformatting the body inherits from the elements around it. */
function inherited(body: Element | null): Context {
  let align: Context['align'] = null;
  let heading: number | null = null;
  let pre = false;
  for (let el: Element | null = body; el !== null; el = parentOf(el)) {
    align ??= alignOf(el);
    heading ??= HEADING_LEVEL[el.tagName] ?? null;
    pre ||= el.tagName === 'pre';
  }
  return { align, heading, pre };
}

function read(bytes: Uint8Array, file: string): ReadDocument {
  const text = decodeHtml(bytes, file);
  if (text.trim() === '') throw new ReadError(file, 'b0', 'the file is empty');
  const doc = parse(text);
  const html = elementChildren(doc).find((e) => e.tagName === 'html')!;
  const page = elementChildren(html).find((e) => e.tagName === 'body') ?? html;

  const found = findRecord(page);
  const recordCells = found?.elements ?? new Set<Element>();
  // The record's own layout table goes with it: a table printing two or more of its cells.
  const recordTables = new Set(findAll(page, (e) => e.tagName === 'table' && [...recordCells].filter((c) => contains(e, c)).length >= 2));
  const inRecord = (el: Element) => recordCells.has(el) || recordTables.has(el);
  // A page without Chinese text (an English notice) is weighed by all its printed characters.
  let weights = weigh(page, inRecord);
  if (weights.of.get(page) === 0) weights = weigh(page, inRecord, (s) => s.replace(/\s/g, '').length);
  // Nothing outside links (a page of navigation only) is no document.
  if (weights.of.get(page) === 0) throw new ReadError(file, 'b0', NO_BODY);
  const excluded = (el: Element) => inRecord(el) || isFurniture(el, weights);
  const body = findBody(page, weights);

  const title = titleBefore(body, page, weights);
  const blocks: DocumentBlock[] = title === null ? [] : readBlocks([title], inherited(parentOf(title)), excluded);
  blocks.push(...readBlocks(body.childNodes, inherited(body), excluded, blocks.length));
  if (blocks.length === 0) throw new ReadError(file, 'b0', NO_BODY);

  const record: PortalRecord | null = found ? { ...found.record, url: pageUrl(html) } : null;
  return { format: 'html', blocks, furniture: [], record, repairs: [], pages: null };
}

const parentOf = (el: Element): Element | null => (el.parentNode !== null && isElement(el.parentNode) ? el.parentNode : null);

function contains(ancestor: Element, el: Element): boolean {
  for (let n: Element | null = el; n !== null; n = parentOf(n)) {
    if (n === ancestor) return true;
  }
  return false;
}

/**
 * Reads a saved HTML page. Refuses (ReadError) only where text would be lost or there is none: an
 * empty file, bytes its charset cannot decode, a page without document text.
 */
export function readHtml(bytes: Uint8Array, file: string): ReadDocument {
  try {
    return read(bytes, file);
  } catch (e) {
    // Markup nested deeper than the walk's stack (tens of thousands of open elements) is not a
    // page a portal serves; say so rather than crash.
    if (e instanceof RangeError) throw new ReadError(file, 'b0', 'the page is nested too deeply to read');
    throw e;
  }
}
