import { Readable } from 'node:stream';
import FeedParser from 'feedparser';

export interface ParsedFeed {
  meta: FeedParser.Meta;
  items: FeedParser.Item[];
}

/**
 * Parses a feed with feedparser (npm), in sax strict mode, stopping at the first XML error instead of resuming, and
 * checks what RFC 4287 requires of an Atom 1.0 document that feedparser does not enforce itself.
 */
export function parseAtom(xml: string, feedurl: string): Promise<ParsedFeed> {
  return new Promise((ok, fail) => {
    const parser = new FeedParser({ feedurl, strict: true, resume_saxerror: false, addmeta: false } as FeedParser.Options);
    const items: FeedParser.Item[] = [];
    parser.on('error', fail);
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on('end', () => ok({ meta: parser.meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const text = (node: unknown): string | undefined => (node as { '#'?: string } | undefined)?.['#'];
const isIri = (s: string | undefined) => s !== undefined && /^[a-z][a-z0-9+.-]*:\S+$/i.test(s);

/** The RFC 4287 §4.1.1–4.1.2 requirements (MUST) that apply to this feed; [] when it conforms. */
export function rfc4287Problems(feed: ParsedFeed): string[] {
  const problems: string[] = [];
  const m = feed.meta as unknown as Record<string, unknown>;
  if (m['#type'] !== 'atom' || m['#version'] !== '1.0') problems.push(`not Atom 1.0: ${m['#type']} ${m['#version']}`);
  if (!isIri(text(m['atom:id']))) problems.push('feed: atom:id is not an absolute IRI');
  if (!text(m['atom:title'])) problems.push('feed: no atom:title');
  if (!RFC3339.test(text(m['atom:updated']) ?? '')) problems.push('feed: atom:updated is not an RFC 3339 date');
  const feedAuthor = m['atom:author'] !== undefined;
  const ids = new Set<string>();
  for (const item of feed.items) {
    const e = item as unknown as Record<string, unknown>;
    const id = text(e['atom:id']);
    const where = `entry ${id}`;
    if (!isIri(id)) problems.push(`${where}: atom:id is not an absolute IRI`);
    if (ids.has(id!)) problems.push(`${where}: atom:id repeated`);
    ids.add(id!);
    if (!text(e['atom:title'])) problems.push(`${where}: no atom:title`);
    if (!RFC3339.test(text(e['atom:updated']) ?? '')) problems.push(`${where}: atom:updated is not an RFC 3339 date`);
    if (!feedAuthor && e['atom:author'] === undefined) problems.push(`${where}: no atom:author (nor one on the feed)`);
    const links = [e['atom:link']].flat().filter(Boolean) as { '@': { rel?: string; href?: string } }[];
    const alternate = links.filter((l) => (l['@'].rel ?? 'alternate') === 'alternate');
    if (e['atom:content'] === undefined && alternate.length === 0) problems.push(`${where}: neither atom:content nor an alternate link`);
    if (e['atom:content'] === undefined && !text(e['atom:summary'])) problems.push(`${where}: no atom:summary`);
  }
  return problems;
}
