import type {
  Assignment,
  Block,
  OutlineNode,
  Paragraph,
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
import { walkNodes } from '../model/walk.ts';
import { sentenceAssignments, STATED_FIRST_LISTED } from './departments.ts';
import { fold } from './fold.ts';
import type { ReadingLog } from './reading.ts';
import { partyKind } from './parties.ts';

const departmentLineOf = (s: OutlineNode): DepartmentLine | undefined =>
  s.blocks.find((b: Block): b is DepartmentLine => b.type === 'departments');

/** Every department line in a subtree (the node's own first), in document order. */
export function departmentLinesIn(node: OutlineNode): { node: OutlineNode; line: DepartmentLine }[] {
  const out: { node: OutlineNode; line: DepartmentLine }[] = [];
  for (const n of walkNodes([node as Part])) for (const b of n.blocks) if (b.type === 'departments') out.push({ node: n, line: b });
  return out;
}

const hasTable = (s: Section): boolean =>
  s.blocks.some((b) => b.type === 'table') || s.children.some((i) => i.blocks.some((b) => b.type === 'table'));

/** Words the format uses for the overview's sections (总体思路, 基本原则, 主要目标, 总体要求). */
const OVERVIEW_WORDS = /原则|目标|思路|要求/;
/** Words of a part that sets the scene rather than acting: 发展基础, 面临形势, 指导思想 … */
const CONTEXT_WORDS = /基础|形势|背景|现状|总体|指导思想|总则/;

/** The nodes of a subtree, the node itself first. */
const subtree = (n: OutlineNode): OutlineNode[] => [...walkNodes([n as Part])];

/**
 * Heading words that say what a part is, as a reader takes them: the measures (保障措施, 政策措施,
 * 组织实施, 实施保障 …), the overview (总体要求, 指导思想, 基本原则, 发展目标, 发展基础 …) and the
 * tasks (重点任务, 主要任务 …).
 */
const MEASURES_HEADING = /保障措施|政策措施|支持政策|政策支持|组织实施|实施保障|组织保障|保障机制|规划实施|实施机制|推进机制|工作保障|工作要求|附\s*则/;
const OVERVIEW_HEADING = /^(?:总体要求|总体思路|指导思想|基本原则|发展目标|主要目标|总体目标|工作目标|发展基础|发展现状|面临形势|发展形势|发展环境|发展背景|总则|总体安排|基本情况|规划背景|现状与形势)|(?:的总体要求|思路和目标|思路与目标|基础与形势|基础和形势)$/;
const TASKS_HEADING = /重点任务|主要任务|重点工作|重点工程|主要举措|重点举措/;

/**
 * What a part holds, from its heading and place (see PartRoleSchema and docs/reference/converter.md,
 * “Part roles”): a heading that names measures makes measures, whatever its sections print (their
 * responsibilities stay responsibilities, none is a key task); one that names the overview or the
 * tasks makes those; otherwise its structure decides (sections that print responsibilities are
 * tasks, a table or 原则/目标 sections the overview, sections of items the sectors), and a part
 * without words of its own placed between the overview and the measures is a task part.
 * Attachments keep their role.
 */
export function partRole(part: Part, tableAssigned: ReadonlySet<string> = new Set(), place: { afterOverview: boolean; beforeMeasures: boolean } = { afterOverview: false, beforeMeasures: false }): PartRole {
  if (part.role === 'attachment') return 'attachment';
  const title = fold(part.heading.title).replace(/\s+/g, '');
  if (MEASURES_HEADING.test(title)) return 'measures';
  const assigned = (s: Section) => departmentLinesIn(s).length > 0 || subtree(s).some((n) => tableAssigned.has(n.id));
  if (TASKS_HEADING.test(title)) return 'tasks';
  if (part.children.some(assigned)) return 'tasks';
  if (OVERVIEW_HEADING.test(title)) return 'overview';
  if (part.blocks.some((b) => b.type === 'table') || part.children.some((s) => hasTable(s) || OVERVIEW_WORDS.test(s.heading.title))) {
    return 'overview';
  }
  // A 规划's opening chapters (发展基础, 面临形势, 总体要求) describe the plan; they are no measures.
  if (CONTEXT_WORDS.test(part.heading.title)) return 'overview';
  if (part.children.length > 0 && part.children.every((s) => s.children.length > 0)) return 'sectors';
  // A 规划's field chapters (推动制造业高质量发展) between its overview and its measures are tasks.
  // (An 办法's chapters of articles, 第二章 子女教育 第五条…, are provisions, not tasks.)
  const articles = part.children.some((s) => /^第[一二三四五六七八九十百]+条/.test(fold(s.heading.marker).trim()));
  if (place.afterOverview && place.beforeMeasures && part.children.length > 0 && !articles) return 'tasks';
  return 'measures';
}

/** The roles of the body's parts: by heading words first, then by structure and place. */
export function partRoles(parts: Part[], tableAssigned: ReadonlySet<string> = new Set()): PartRole[] {
  const title = (p: Part) => fold(p.heading.title).replace(/\s+/g, '');
  const firstMeasures = parts.findIndex((p) => p.role !== 'attachment' && MEASURES_HEADING.test(title(p)));
  const lastOverview = parts.reduce((k, p, i) => (OVERVIEW_HEADING.test(title(p)) && !MEASURES_HEADING.test(title(p)) ? i : k), -1);
  // Place speaks only in a 规划's chapters: the parts of an 意见 or a 预案 are not ordered so.
  const chapters = (p: Part) => /^第[一二三四五六七八九十]+(?:章|部分)/.test(fold(p.heading.marker).trim());
  return parts.map((p, i) => partRole(p, tableAssigned, { afterOverview: chapters(p) && lastOverview !== -1 && i > lastOverview, beforeMeasures: firstMeasures !== -1 && i < firstMeasures }));
}

/** A task whose text prints no responsibility is read as a task without one, and noted. */
export function checkTasks(parts: Part[], tableAssigned: ReadonlySet<string> = new Set(), log?: ReadingLog): void {
  for (const part of parts.filter((p) => p.role === 'tasks')) {
    for (const s of part.children) {
      if (departmentLinesIn(s).length === 0 && !subtree(s).some((n) => tableAssigned.has(n.id))) {
        log?.observe(s.line, 'assignments', 'task-without-responsibility', `task ${s.heading.marker.trim()}${s.heading.title} prints no responsibility: no department is named for it`);
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

export function tasks(parts: Part[], assignments: Assignment[]): Task[] {
  return parts
    .filter((p) => p.role === 'tasks')
    .flatMap((p) => p.children)
    .map((s) => {
      const mine = assignments.filter((a) => a.task === s.id);
      const own = mine.filter((a) => a.node === s.id && a.scope === 'node');
      const first = own[0];
      return {
        id: s.id,
        number: s.number,
        title: s.heading.title,
        leads: unique(own.flatMap((a) => a.leads)),
        partners: unique(own.flatMap((a) => a.partners)),
        partnersOpenEnded: own.some((a) => a.partnersOpenEnded),
        departmentLine: first?.block ?? null,
        assignments: mine.map((a) => a.id),
        deadline: own.find((a) => a.deadline !== null)?.deadline ?? null,
      };
    });
}

const unique = <T>(xs: T[]): T[] => [...new Set(xs)];

/** A responsibility as printed, before party names become ids: a department line or a 分工表 row. */
export interface PrintedAssignment {
  /** The assignment's id when it is not the block's (a sentence inside a paragraph). */
  id?: string;
  node: OutlineNode;
  block: string;
  line: number;
  notation: Assignment['notation'];
  leadRule: Assignment['leadRule'];
  leads: string[];
  partners: string[];
  partnersOpenEnded: boolean;
  deadline: string | null;
  /** The department line that prints it: its leads and partners follow the lead rule too. */
  printed?: DepartmentLine;
}

/**
 * Responsibilities printed as sentences in the paragraphs of the outline (由A会同B负责…), on the
 * node whose paragraph prints them.
 */
export function sentenceAssignmentsIn(parts: Part[]): PrintedAssignment[] {
  const isBody = (name: string) => partyKind(name) !== 'other';
  return parts.flatMap((part) =>
    [...walkNodes([part])].flatMap((node) =>
      node.blocks.flatMap((b) =>
        b.type !== 'paragraph'
          ? []
          : sentenceAssignments(b.text, isBody).map((s, k) => ({
              id: `${b.id}-s${k + 1}`,
              node,
              block: b.id,
              line: b.line,
              notation: 'sentence' as const,
              leadRule: 'printed' as const,
              leads: s.value.leads,
              partners: s.value.partners,
              partnersOpenEnded: s.value.partnersOpenEnded,
              deadline: null,
            })),
      ),
    ),
  );
}

/** The department lines of the outline as printed assignments. */
export function lineAssignments(parts: Part[]): PrintedAssignment[] {
  return parts.flatMap((part) =>
    departmentLinesIn(part).map(({ node, line }) => ({
      node,
      block: line.id,
      line: line.line,
      notation: line.notation,
      leadRule: line.leadRule,
      leads: line.leads,
      partners: line.partners,
      partnersOpenEnded: line.partnersOpenEnded,
      deadline: line.deadline,
      printed: line,
    })),
  );
}

/**
 * Every responsibility printed in the plan, on the node where it is printed, in the document order
 * of those nodes. Undivided 责任单位 lists are split into lead and partners by the plan's rule.
 */
export function assignments(parts: Part[], printed: PrintedAssignment[], idOf: (name: string) => string, rule: LeadRuleChoice | null): Assignment[] {
  const taskOf = new Map<string, string>();
  const order = new Map<string, number>();
  for (const part of parts) {
    for (const n of walkNodes([part])) order.set(n.id, order.size);
    if (part.role === 'tasks') for (const s of part.children) for (const n of subtree(s)) taskOf.set(n.id, s.id);
  }
  const sorted = [...printed].sort((a, b) => order.get(a.node.id)! - order.get(b.node.id)! || a.line - b.line);
  // A node that prints several responsibilities gives each to the passage before it, none to the node.
  const perNode = new Map<string, number>();
  for (const p of printed) perNode.set(p.node.id, (perNode.get(p.node.id) ?? 0) + 1);
  return sorted.map((p) => {
    // 'first-listed' marks an undivided list still waiting for the plan's rule; 'all-responsible'
    // printed as such (按职责分工负责) is final.
    if (p.leadRule === 'first-listed' && rule) {
      const all = [...p.leads, ...p.partners];
      p.leadRule = rule.rule;
      p.leads = rule.rule === 'first-listed' ? all.slice(0, 1) : all;
      p.partners = rule.rule === 'first-listed' ? all.slice(1) : [];
      if (p.printed) Object.assign(p.printed, { leadRule: p.leadRule, leads: p.leads, partners: p.partners });
    }
    return {
      id: p.id ?? p.block,
      node: p.node.id,
      level: p.node.kind,
      task: taskOf.get(p.node.id) ?? null,
      notation: p.notation,
      leadRule: p.leadRule,
      leads: p.leads.map(idOf),
      partners: p.partners.map(idOf),
      partnersOpenEnded: p.partnersOpenEnded,
      deadline: p.deadline,
      block: p.block,
      line: p.line,
      scope: perNode.get(p.node.id)! > 1 ? 'passage' : 'node',
    };
  });
}

export interface LeadRuleChoice {
  rule: 'first-listed' | 'all-responsible';
  source: 'stated' | 'conventions' | 'default';
  paragraph: string | null;
}

/**
 * The rule for undivided 责任单位 lists: as the plan states it (列第一位的为牵头单位), else as its
 * conventions file says, else the common convention that the first listed unit leads. Null when
 * the plan prints no undivided list.
 */
export function leadRule(printed: PrintedAssignment[], paragraphs: Iterable<Paragraph>, conventions: 'first-listed' | 'all-responsible' | null): LeadRuleChoice | null {
  if (!printed.some((p) => p.leadRule === 'first-listed')) return null;
  for (const p of paragraphs) if (STATED_FIRST_LISTED.test(fold(p.text))) return { rule: 'first-listed', source: 'stated', paragraph: p.id };
  // Stated inside the first parenthesis for it and the later ones: （A、B负责，排在第一位的部门为牵头部门，下同）.
  for (const p of printed) if (p.printed && STATED_FIRST_LISTED.test(fold(p.printed.text))) return { rule: 'first-listed', source: 'stated', paragraph: p.block };
  if (conventions) return { rule: conventions, source: 'conventions', paragraph: null };
  return { rule: 'first-listed', source: 'default', paragraph: null };
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
export function departmentIndex(parts: Part[], printed: PrintedAssignment[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  const inTasks = new Set(parts.filter((p) => p.role === 'tasks').flatMap((p) => subtree(p)));
  const order = new Map<string, number>();
  for (const n of walkNodes(parts)) order.set(n.id, order.size);
  // Document order: a 分工表 row counts where the heading it names is printed.
  const byPosition = [...printed].sort((a, b) => order.get(a.node.id)! - order.get(b.node.id)! || a.line - b.line);
  // Names in the task parts come first (the bundled plan's order), then the others.
  const ordered = [...byPosition.filter((p) => inTasks.has(p.node)), ...byPosition.filter((p) => !inTasks.has(p.node))];
  for (const p of ordered) {
    for (const name of [...p.leads, ...p.partners]) {
      if (ids.has(name)) continue;
      let id = slugify(name);
      for (let n = 2; used.has(id); n++) id = `${slugify(name)}-${n}`;
      used.add(id);
      ids.set(name, id);
    }
  }
  return ids;
}

export function departments(ids: Map<string, string>, taskList: Task[], assignmentList: Assignment[], officeHost: string | null): Department[] {
  return [...ids].map(([name, id]) => ({
    id,
    name,
    kind: partyKind(name),
    assignments: assignmentList.filter((a) => a.leads.includes(id) || a.partners.includes(id)).map((a) => a.id),
    leads: taskList.filter((t) => t.leads.includes(id)).map((t) => t.id),
    partners: taskList.filter((t) => t.partners.includes(id)).map((t) => t.id),
    hostsLeadingGroupOffice: officeHost === name,
  }));
}
