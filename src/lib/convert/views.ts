import type {
  Block,
  Department,
  DepartmentLine,
  Meta,
  Part,
  PartRole,
  PlanModel,
  Section,
  SectorGroup,
  Task,
} from '../model/schema.ts';
import { slugify } from '../model/ids.ts';
import { ConvertError } from './errors.ts';

const departmentLineOf = (s: Section): DepartmentLine | undefined =>
  s.blocks.find((b: Block): b is DepartmentLine => b.type === 'departments');

const hasTable = (s: Section): boolean =>
  s.blocks.some((b) => b.type === 'table') || s.children.some((i) => i.blocks.some((b) => b.type === 'table'));

/** Words the format uses for the overview's sections (总体思路, 基本原则, 主要目标, 总体要求). */
const OVERVIEW_WORDS = /原则|目标|思路|要求/;

/** Infers what a part holds from its structure; see PartRoleSchema. */
export function partRole(part: Part): PartRole {
  if (part.children.some((s) => departmentLineOf(s))) return 'tasks';
  if (part.blocks.some((b) => b.type === 'table') || part.children.some((s) => hasTable(s) || OVERVIEW_WORDS.test(s.heading.title))) {
    return 'overview';
  }
  if (part.children.length > 0 && part.children.every((s) => s.children.length > 0)) return 'sectors';
  return 'measures';
}

/** Every section of a task part must say who leads it. */
export function checkTasks(file: string, parts: Part[]): void {
  for (const part of parts.filter((p) => p.role === 'tasks')) {
    for (const s of part.children) {
      if (!departmentLineOf(s)) {
        throw new ConvertError(file, s.line, `task ${s.heading.marker.trim()}${s.heading.title} has no department line (…牵头，…配合)`);
      }
    }
  }
}

export function sectorGroups(parts: Part[]): SectorGroup[] {
  return parts
    .filter((p) => p.role === 'sectors')
    .flatMap((p) => p.children)
    .map((s) => ({
      id: s.id,
      number: s.number,
      title: s.heading.title,
      sectors: s.children.map((i) => ({ id: i.id, number: i.number, title: i.heading.title, clauses: i.children.filter((c) => !c.heading.sentence).map((c) => c.heading.title), keyTerms: [] as string[] })),
    }));
}

export function tasks(parts: Part[], idOf: (name: string) => string): Task[] {
  return parts
    .filter((p) => p.role === 'tasks')
    .flatMap((p) => p.children)
    .map((s) => {
      const d = departmentLineOf(s)!;
      return {
        id: s.id,
        number: s.number,
        title: s.heading.title,
        leads: d.leads.map(idOf),
        partners: d.partners.map(idOf),
        partnersOpenEnded: d.partnersOpenEnded,
        departmentLine: d.id,
      };
    });
}

export function measures(parts: Part[]): PlanModel['measures'] {
  return parts
    .filter((p) => p.role === 'measures')
    .flatMap((p) => p.children)
    .map((s) => ({ id: s.id, number: s.number, title: s.heading.title }));
}

export function overview(parts: Part[]): PlanModel['overview'] {
  const sections = parts.filter((p) => p.role === 'overview').flatMap((p) => p.children);
  const principles = sections.find((s) => /原则/.test(s.heading.title)) ?? sections.find((s) => s.children.length > 0) ?? null;
  const goals = sections.find((s) => /目标/.test(s.heading.title)) ?? sections.find(hasTable) ?? null;
  return {
    principlesSection: principles?.id ?? null,
    goalsSection: goals?.id ?? null,
    principles: principles?.children.map((i) => i.id) ?? [],
  };
}

/** The body that hosts the leading group's office: 办公室设在省经济和信息化委. */
export function leadingGroup(meta: Meta): { paragraph: string; officeHost: string | null } | null {
  for (const p of meta.noticeBody) {
    if (!/领导小组/.test(p.text)) continue;
    const m = /办公室设在([^，。；、,]+)/.exec(p.text);
    return { paragraph: p.id, officeHost: m ? m[1].trim() : null };
  }
  return null;
}

/**
 * Departments in the order the tasks first name them. Ids come from the printed name; two names
 * that collide get a numeric suffix in order of appearance, so ids stay stable for a given text.
 */
export function departmentIndex(parts: Part[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const s of parts.filter((p) => p.role === 'tasks').flatMap((p) => p.children)) {
    const d = departmentLineOf(s);
    for (const name of [...(d?.leads ?? []), ...(d?.partners ?? [])]) {
      if (ids.has(name)) continue;
      let id = slugify(name);
      for (let n = 2; used.has(id); n++) id = `${slugify(name)}-${n}`;
      used.add(id);
      ids.set(name, id);
    }
  }
  return ids;
}

export function departments(ids: Map<string, string>, taskList: Task[], officeHost: string | null): Department[] {
  return [...ids].map(([name, id]) => ({
    id,
    name,
    leads: taskList.filter((t) => t.leads.includes(id)).map((t) => t.id),
    partners: taskList.filter((t) => t.partners.includes(id)).map((t) => t.id),
    hostsLeadingGroupOffice: officeHost === name,
  }));
}
