/**
 * A 目录: the document's own outline, printed before its body (a 规划's table of contents, a
 * 预案's). It is neither the title nor parts nor body text: its lines stay in the preamble as
 * printed, and its entries are checked against the chapters the body prints (checkContents).
 */
import type { ContentsEntry, Part } from '../model/schema.ts';
import { fold } from './fold.ts';
import { matchMarker, type HeadingScheme } from './markers.ts';
import type { LogicalLine } from './patterns.ts';
import type { ReadingLog } from './reading.ts';
import { walkNodes } from '../model/walk.ts';

/** 目录, 目  录, 目　录 on a line of its own. */
const CONTENTS_HEAD = /^目[\s\u3000]*录$/;
/**
 * An entry: its text, a dotted leader (……, ……, ·····, ....) and a page number, or the text and a
 * page number after a wide gap. The page number may be absent after a leader.
 */
const LEADER_ENTRY = /^(.*?[^\s\u3000.．…·•‥-])[\s\u3000]*(?:[.．…·•‥]{2,}|…)[\s\u3000]*(\d{1,4})?[\s\u3000]*$/;
const GAP_ENTRY = /^(.*?[^\s\u3000\d])(?:\t|[\s\u3000]{2,})(\d{1,4})[\s\u3000]*$/;

export interface Contents {
  /** Index of the 目录 line in the lines, and one past its last entry. */
  start: number;
  end: number;
  entries: ContentsEntry[];
}

/** The text of a heading without its spacing, to compare an entry with the heading it lists. */
export const headingKey = (text: string): string => fold(text).replace(/[\s\u3000]+/g, '');

function readEntry(text: string): { text: string; page: string | null } | null {
  const t = text.trim();
  const m = LEADER_ENTRY.exec(t) ?? GAP_ENTRY.exec(t);
  return m ? { text: m[1].trim(), page: m[2] ?? null } : null;
}

/**
 * The 目录 before the body, or null. Its entries run from the line after 目录 while each is an
 * entry with a leader or page number, or a heading (a 目录 of titles alone); it ends where an
 * entry is printed again (the body starts) or at the first line that is no entry.
 */
export function findContents(lines: LogicalLine[], before: number): Contents | null {
  const start = lines.slice(0, before).findIndex((l) => CONTENTS_HEAD.test(fold(l.text).trim()));
  if (start === -1) return null;
  const entries: ContentsEntry[] = [];
  const keys = new Set<string>();
  let k = start + 1;
  for (; k < lines.length; k++) {
    const l = lines[k];
    const led = readEntry(l.text);
    const bare = led === null && !/[，。；：]/.test(l.text) && matchMarker(l.text.trim()) !== null ? { text: l.text.trim(), page: null } : null;
    const entry = led ?? bare;
    if (entry === null) break;
    // An entry printed again, without leader or page: the body has started.
    if (led === null && keys.has(headingKey(entry.text))) break;
    keys.add(headingKey(entry.text));
    const m = matchMarker(entry.text);
    entries.push({ line: l.line, marker: m ? m.marker.trim() : '', title: m ? m.rest.trim() : entry.text, page: entry.page, node: null });
  }
  return entries.length === 0 ? null : { start, end: k, entries };
}

/**
 * Matches each entry to the part or section the body prints with the same marker and title, and
 * reports disagreements: an entry the body does not print, a chapter the 目录 does not list. Only
 * the levels the 目录 lists are compared (many list chapters alone).
 */
export function checkContents(contents: Contents, parts: Part[], scheme: HeadingScheme, log?: ReadingLog): ContentsEntry[] {
  const nodes = [...walkNodes(parts)].filter((n) => n.kind === 'part' || n.kind === 'section');
  const key = (marker: string, title: string) => headingKey(marker + title);
  const byKey = new Map<string, string>();
  for (const n of nodes) if (!byKey.has(key(n.heading.marker, n.heading.title))) byKey.set(key(n.heading.marker, n.heading.title), n.id);
  const listedKinds = new Set(contents.entries.map((e) => matchMarker(e.marker)?.kind).filter((k) => k !== undefined));
  const entries = contents.entries.map((e) => ({ ...e, node: e.marker === '' ? null : (byKey.get(key(e.marker, e.title)) ?? null) }));
  for (const e of entries) {
    const kind = matchMarker(e.marker)?.kind;
    if (kind === undefined || !scheme.kinds.includes(kind) || e.node !== null) continue;
    log?.observe(e.line, 'envelope', 'contents-missing', `目录 entry ${e.marker}${e.title} is not printed as a heading of the body`);
  }
  const matched = new Set(entries.map((e) => e.node));
  for (const n of nodes) {
    const kind = matchMarker(n.heading.marker)?.kind;
    if (kind === undefined || !listedKinds.has(kind) || matched.has(n.id) || n.kind === 'part' && (n as Part).role === 'attachment') continue;
    log?.observe(n.line, 'envelope', 'contents-unlisted', `heading ${n.heading.marker.trim()}${n.heading.title} is not listed in the 目录`);
  }
  return entries;
}
