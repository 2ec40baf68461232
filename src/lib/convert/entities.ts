import type { Entity, EntityMention, Gazetteer, Mention, Paragraph, Part } from '../model/schema.ts';
import { walkNodes } from '../model/walk.ts';
import { slugify } from '../model/ids.ts';
import { ConvertError } from '../model/errors.ts';

/** A block whose text can name entities: a paragraph, or a clause heading that reads as a sentence. */
export interface EntityHost {
  id: string;
  text: string;
  /** Department mentions already found in the text: entity mentions never overlap them. */
  departments: Mention[];
  entities: EntityMention[];
}

/** Every printed form of every entity, with the id it stands for. */
export function entityNames(gazetteer: Gazetteer): { ids: Map<string, string>; names: Map<string, string> } {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const names = new Map<string, string>();
  for (const e of gazetteer.entities) {
    let id = e.id ?? slugify(e.name);
    for (let n = 2; used.has(id); n++) id = `${e.id ?? slugify(e.name)}-${n}`;
    used.add(id);
    ids.set(e.name, id);
    for (const n of [e.name, ...e.aliases]) names.set(n, id);
  }
  return { ids, names };
}

/**
 * Finds entity names in a text, longest printed form first (沈阳新松机器人 before 沈阳), so an
 * enterprise named after its city is not read as the city. Spans covered by an `ignore` phrase
 * (沈阳经济区) or by a department mention are never entity mentions: the department wins an overlap.
 * Mentions never overlap each other.
 */
export function findEntityMentions(text: string, names: Map<string, string>, ignore: string[] = [], departments: Mention[] = []): (EntityMention & { name: string })[] {
  const taken: boolean[] = new Array(text.length).fill(false);
  const take = (a: number, b: number) => { for (let i = a; i < b; i++) taken[i] = true; };
  for (const d of departments) take(d.start, d.end);
  for (const phrase of ignore) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) take(at, at + phrase.length);
  }
  const out: (EntityMention & { name: string })[] = [];
  for (const name of [...names.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b))) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (taken.slice(at, at + name.length).some(Boolean)) continue;
      take(at, at + name.length);
      out.push({ start: at, end: at + name.length, entity: names.get(name)!, name });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The hosts of a plan's text in document order: its paragraphs and its sentence-headings
 * (——重点推进…等项目建设。). `commit` writes the mentions found back into the model.
 */
export function entityHosts(model: { meta: { noticeBody: Paragraph[] }; preamble: Paragraph[]; parts: Part[] }): { hosts: EntityHost[]; commit: () => void } {
  const hosts: (EntityHost & { commit: (m: EntityMention[]) => void })[] = [];
  const para = (p: Paragraph) => hosts.push({ id: p.id, text: p.text, departments: p.mentions, entities: [], commit: (m) => { p.entities = m; } });
  model.meta.noticeBody.forEach(para);
  model.preamble.forEach(para);
  for (const n of walkNodes(model.parts)) {
    if (n.kind === 'clause' && n.heading.sentence) {
      hosts.push({ id: n.id, text: n.heading.title, departments: [], entities: [], commit: (m) => { n.heading.entities = m; } });
    }
    for (const b of n.blocks) if (b.type === 'paragraph') para(b);
  }
  return { hosts, commit: () => hosts.forEach((h) => h.commit(h.entities)) };
}

/**
 * Marks every entity of the gazetteer in the hosts (in document order) and returns the entity list.
 * A name or alias that the text never names is an error: the gazetteer is reviewed data, and a
 * name that matches nothing is a typo or belongs to another plan. `gazetteerFile` locates it.
 */
export function markEntities(hosts: EntityHost[], gazetteer: Gazetteer, gazetteerFile: string): Entity[] {
  const { ids, names } = entityNames(gazetteer);
  const used = new Map<string, number>();
  const blocks = new Map<string, string[]>();
  const counts = new Map<string, number>();
  for (const h of hosts) {
    const found = findEntityMentions(h.text, names, gazetteer.ignore, h.departments);
    h.entities = found.map(({ start, end, entity }) => ({ start, end, entity }));
    for (const m of found) {
      used.set(m.name, (used.get(m.name) ?? 0) + 1);
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      const list = blocks.get(m.entity) ?? [];
      if (!list.includes(h.id)) list.push(h.id);
      blocks.set(m.entity, list);
    }
  }
  // A name occurs when the text contains it, even inside a longer name (辽阳 in 辽阳高新区芳烃基地).
  for (const e of gazetteer.entities) {
    for (const n of [e.name, ...e.aliases]) {
      if (!used.has(n) && !hosts.some((h) => h.text.includes(n))) {
        const what = n === e.name ? `entity “${n}”` : `alias “${n}” of “${e.name}”`;
        throw new ConvertError(gazetteerFile, 1, `${what} never occurs in the plan's text (remove it, or fix its spelling)`);
      }
    }
  }
  const forms = (e: Gazetteer['entities'][number]) => [e.name, ...e.aliases];
  return gazetteer.entities.map((e) => {
    const id = ids.get(e.name)!;
    const within = gazetteer.entities.filter((o) => o !== e && forms(o).some((f) => forms(e).some((n) => f.includes(n)))).map((o) => ids.get(o.name)!);
    return {
      id,
      kind: e.kind,
      name: e.name,
      fullName: e.fullName,
      aliases: e.aliases,
      cities: e.cities.map((c) => ids.get(c)!),
      blocks: blocks.get(id) ?? [],
      mentionCount: counts.get(id) ?? 0,
      within,
    };
  });
}
