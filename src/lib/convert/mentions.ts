import type { Block, Mention, OutlineNode, Paragraph, Part, SectorGroup, SectorTaskMention } from '../model/schema.ts';
import { fold } from './fold.ts';
import { childrenOf } from '../model/walk.ts';

/**
 * Finds department names in a text, longest name first so that 省政府金融办 is not read as a shorter
 * name inside it; mentions never overlap.
 */
export function findMentions(text: string, names: Map<string, string>): Mention[] {
  const sorted = [...names.keys()].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  const taken: boolean[] = new Array(text.length).fill(false);
  const out: Mention[] = [];
  for (const name of sorted) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      if (taken.slice(at, at + name.length).some(Boolean)) continue;
      for (let i = at; i < at + name.length; i++) taken[i] = true;
      out.push({ start: at, end: at + name.length, department: names.get(name)! });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Fills `mentions` on every paragraph and department line with the plan's department names. */
export function markMentions(blocks: Iterable<Paragraph | Block>, names: Map<string, string>): void {
  for (const b of blocks) {
    // The folded text has the printed text's offsets: a traditional copy's 商務部 is found as 商务部.
    if (b.type === 'paragraph' || b.type === 'departments') b.mentions = findMentions(fold(b.text), names);
  }
}

/** Modifiers that qualify a sector name without identifying it (高档数控机床 → 数控机床). */
const MODIFIERS = ['高档', '高端', '智能', '先进', '大型', '精密', '新型', '现代', '传统', '重点', '新兴'];
/** Endings that name the kind of activity rather than the sector (石化工业 → 石化). */
const SUFFIXES = ['成套装备', '装备', '产业', '工业', '行业', '制造业', '业', '服务', '工艺'];
/** Words too general to identify a sector on their own. */
const GENERIC = new Set(['装备', '制造', '产品', '技术', '服务', '工业', '产业', '行业', '设备', '材料', '工程', '研发', '设计']);

function strip(term: string): string {
  let t = term;
  for (let changed = true; changed; ) {
    changed = false;
    for (const m of MODIFIERS) if (t.startsWith(m) && t.length - m.length >= 2) { t = t.slice(m.length); changed = true; }
    for (const s of SUFFIXES) if (t.endsWith(s) && t.length - s.length >= 2) { t = t.slice(0, -s.length); changed = true; }
  }
  return t;
}

/**
 * The words that identify a sector elsewhere in the plan: its title and its sub-sector titles,
 * split at 和/及/与, without generic modifiers and endings. 智能机器人 → 智能机器人, 机器人;
 * 汽车及零部件 → 汽车及零部件, 汽车, 零部件.
 */
export function sectorKeyTerms(title: string, clauses: string[] = []): string[] {
  const terms: string[] = [];
  const add = (t: string) => {
    const x = t.trim();
    if (x.length >= 2 && !GENERIC.has(x) && !terms.includes(x)) terms.push(x);
  };
  for (const name of [title, ...clauses]) {
    add(name);
    const parts = name.split(/[和及与、]/);
    for (const part of parts) {
      add(part);
      add(strip(part));
    }
    add(strip(name));
  }
  // A term that contains another adds nothing to matching: keep the shorter, more general one.
  return terms.filter((t) => !terms.some((u) => u !== t && t.includes(u)));
}

/**
 * The key terms that name the sector on their own. In a title joined by 及, what follows 及 belongs
 * to what precedes it: 汽车及零部件 is cars and their parts, so 零部件 alone (基础零部件, the parts of
 * every machine) is not this sector, though a reader searching 零部件 is still led to it. Parts
 * joined by 和, 与 or 、 stand on their own (船舶和海洋工程装备: 船舶, 海洋工程).
 */
export function ownTerms(sector: Pick<SectorGroup['sectors'][number], 'title' | 'clauses' | 'keyTerms'>): string[] {
  const names = [sector.title, ...sector.clauses];
  const tails = new Set(names.flatMap((n) => n.split('及').slice(1)).flatMap((t) => t.split(/[和与、]/)).flatMap((t) => [t.trim(), strip(t.trim())]));
  const heads = new Set(sectorKeyTerms(names[0].split('及')[0], names.slice(1).map((n) => n.split('及')[0])));
  return sector.keyTerms.filter((t) => !tails.has(t) || heads.has(t));
}

function paragraphsOf(node: OutlineNode): Paragraph[] {
  return [...node.blocks.filter((b): b is Paragraph => b.type === 'paragraph'), ...childrenOf(node).flatMap(paragraphsOf)];
}

/**
 * Tasks whose paragraphs contain a term that names a sector on its own (ownTerms). The department
 * line is left out: it names who does the work, not what the work is about.
 */
export function sectorTaskMentions(groups: SectorGroup[], parts: Part[]): SectorTaskMention[] {
  const tasks = parts.filter((p) => p.role === 'tasks').flatMap((p) => p.children);
  const out: SectorTaskMention[] = [];
  for (const sector of groups.flatMap((g) => g.sectors)) {
    for (const task of tasks) {
      const uniq = paragraphsOf(task);
      const terms = ownTerms(sector).filter((t) => uniq.some((p) => p.text.includes(t)));
      if (terms.length === 0) continue;
      out.push({ sector: sector.id, task: task.id, terms, paragraphs: uniq.filter((p) => terms.some((t) => p.text.includes(t))).map((p) => p.id) });
    }
  }
  return out;
}
