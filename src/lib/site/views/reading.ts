/**
 * The reading report (识别说明) for readers: what the converter read as what, what it kept as plain
 * text and why, and how each responsibility was read — in plain words, from the model alone.
 */
import type { Assignment, DocumentForm, ObservationCode, OutlineNode, PartRole, PlanModel, UnreadCode } from '../../model/schema.ts';
import { findNode, walkParagraphs } from '../../model/walk.ts';
import { listPages } from '../../model/pages.ts';
import { departmentPath, fullTextPath, pagePath } from '../../model/routes.ts';
import { locationLabel } from './source-file.ts';

export const FORM_LABEL: Record<DocumentForm, string> = {
  'notice-plan': '印发方案（规划、办法等）的通知',
  forward: '转发通知',
  notice: '通知（正文即措施）',
  opinion: '意见、决定、若干措施等（标题即文件名）',
  reply: '批复、复函或答复',
  plan: '方案文本（无通知）',
  document: '未标明标题的文件',
};

export const UNREAD_LABEL: Record<UnreadCode, string> = {
  title: '标题未能识别，保留为正文',
  closing: '落款未能识别，保留为正文',
  'heading-too-deep': '标题层级超过四级，作为上一级标题下的正文保留',
  'department-line': '责任分工的写法未能识别，作为正文保留，未计入分工',
  'deadline-line': '完成时限前没有可对应的责任分工，作为正文保留',
  table: '表格各行与表头列数不符，逐行作为正文保留',
  'attachment-table': '附件中的表格未能识别，作为正文保留',
  'attachment-row': '分工表中的这一行未能对应到正文中的标题，表格照录，未读取其分工',
};

export const OBSERVATION_LABEL: Record<ObservationCode, string> = {
  'heading-sequence': '标题序号与前后不连续，按所在位置编号',
  'heading-level': '标题跳过了一级（如“（一）”下直接是“——”），按实际嵌套读取',
  'task-without-responsibility': '这一项没有写明责任单位，不列任何部门',
  'no-title': '文件没有标题，页面称“（无标题）”',
  'no-parts': '文件没有“一、”“第一章”这样的分部分标题，全文按段落读取',
  'attachment-row': '分工表中的这一行所写的任务与正文标题不一致，其分工记在分工表上，不对应到正文的某一项',
  'record-differs': '门户网站信息栏所列（文号、标题、发文机关或成文日期）与文件所印不一致，两者照录，以文件所印为准读取',
  'contents-missing': '目录中的这一条在正文中没有同样的标题',
  'contents-unlisted': '正文中的这一标题没有列在目录中',
};

/** What each part is read as (its role), in the words the pages use. */
export const ROLE_LABEL: Record<PartRole, string> = {
  overview: '总体要求（形势、思路、原则、目标）',
  sectors: '重点行业（领域）',
  tasks: '重点任务',
  measures: '保障措施',
  attachment: '附件',
};

export const FURNITURE_LABEL: Record<PlanModel['reading']['furniture'][number]['kind'], string> = {
  'page-number': '页码',
  'running-head': '页眉',
  'running-foot': '页脚',
  'repeated-header': '跨页重复的表头',
  other: '版面文字',
};

/** p3:1 → 第 3 页; a furniture line of a Word file's header has no place in the body. */
const furnitureWhere = (at: string): string => /^p(\d+)/.exec(at)?.[1] ? `第 ${/^p(\d+)/.exec(at)![1]} 页` : '每页';

export const NOTATION_LABEL: Record<Assignment['notation'], string> = {
  'trailing-parenthesis': '括号注明',
  'lead-partner-line': '“牵头单位：…”行',
  'responsibility-line': '“责任单位：…”行',
  'attachment-table': '附件分工表',
  sentence: '句中写明',
};

/** How leads and partners were told apart, for one responsibility. */
export function ruleLabel(a: Pick<Assignment, 'leadRule'>, model: Pick<PlanModel, 'leadRule'>): string {
  if (a.leadRule === 'printed') return '原文写明牵头与配合';
  if (a.leadRule === 'all-responsible') return '原文写明按职责分工负责，不分牵头';
  return model.leadRule?.source === 'stated' ? '原文规定：排在第一位的为牵头单位' : '按惯例以排在第一位的为牵头单位（原文未说明）';
}

export interface ReadingRow {
  line: number;
  /** The place in the file as published, in words (第 12 行, 第 3 页第 12 行, 第 14 段). */
  where: string;
  label: string;
  /** The printed text at that line (the start of its paragraph), to recognise it. */
  text: string | null;
  /** Where 原文 shows it. */
  href: string | null;
}

export interface ResponsibilityRow {
  where: string;
  href: string;
  notation: string;
  rule: string;
  leads: { name: string; href: string }[];
  partners: { name: string; href: string }[];
  partnersOpenEnded: boolean;
  deadline: string | null;
  passage: boolean;
  /** Each is responsible for its remit (按职责分工负责): no lead. */
  jointly: boolean;
}

export interface ReadingView {
  form: string;
  /** Each part with what it is read as. */
  parts: { label: string; role: string; href: string }[];
  /** The document's own 目录, each entry with the page of the heading it lists (null: not in the body). */
  contents: { marker: string; title: string; page: string | null; href: string | null }[] | null;
  traditional: boolean;
  /** `always`: shown when zero too (no responsibility, no unread line is news). */
  counts: { label: string; value: number; always?: boolean }[];
  byNotation: { label: string; value: number }[];
  unread: ReadingRow[];
  observations: ReadingRow[];
  /** Page furniture a reader left out of the text (a PDF's page numbers, a Word file's running heads). */
  furniture: { label: string; text: string; where: string }[];
  responsibilities: ResponsibilityRow[];
}

const excerpt = (s: string) => ([...s].length > 40 ? `${[...s].slice(0, 40).join('')}…` : s);

export function readingView(model: PlanModel): ReadingView {
  const paragraphs = [...walkParagraphs(model)];
  const atLine = (line: number): { text: string | null; href: string | null } => {
    const p = paragraphs.find((x) => x.line <= line && line <= x.endLine);
    return p ? { text: excerpt(p.text.trim()), href: `${fullTextPath(model.id)}#${p.id}` } : { text: null, href: null };
  };
  const names = new Map(model.departments.map((d) => [d.id, d.name]));
  const party = (id: string) => ({ name: names.get(id) ?? id, href: departmentPath(model.id, id) });
  // The page a responsibility shows on: its task, else the nearest page of the node, else 原文.
  const pages = new Map(listPages(model).map((p) => [p.id, p]));
  const pageOf = (nodeId: string): string => {
    for (let id = nodeId; id !== ''; id = id.replace(/-?[^-]*$/, '')) {
      const p = pages.get(id);
      if (p) return pagePath(model.id, p.kind, p.id);
    }
    return fullTextPath(model.id);
  };
  const label = (n: OutlineNode | undefined) => (n ? `${n.heading.marker.trim()}${n.heading.marker.trim() === '——' ? '' : ' '}${n.heading.title}`.trim() : '');
  const byNotation = new Map<string, number>();
  for (const a of model.assignments) byNotation.set(NOTATION_LABEL[a.notation], (byNotation.get(NOTATION_LABEL[a.notation]) ?? 0) + 1);
  return {
    form: FORM_LABEL[model.reading.form],
    parts: model.parts.map((p) => ({ label: label(p), role: ROLE_LABEL[p.role], href: pageOf(p.id) })),
    contents: model.reading.contents ? model.reading.contents.entries.map((e) => ({ marker: e.marker, title: e.title, page: e.page, href: e.node ? pageOf(e.node) : null })) : null,
    traditional: model.reading.script === 'traditional',
    counts: [
      { label: '部分', value: model.parts.filter((p) => p.role !== 'attachment').length },
      { label: '附件', value: model.parts.filter((p) => p.role === 'attachment').length },
      { label: '重点任务', value: model.tasks.length },
      { label: '责任分工', value: model.assignments.length, always: true },
      { label: '责任单位', value: model.departments.length },
      { label: '文本校正', value: model.corrections.length },
      { label: '未识别而保留为正文的行', value: model.reading.unread.length, always: true },
    ],
    byNotation: [...byNotation].map(([l, value]) => ({ label: l, value })),
    unread: model.reading.unread.map((u) => ({ line: u.line, where: locationLabel(model, u.line), label: UNREAD_LABEL[u.code], ...atLine(u.line) })),
    observations: model.reading.observations.map((o) => ({ line: o.line, where: locationLabel(model, o.line), label: OBSERVATION_LABEL[o.code], ...atLine(o.line) })),
    furniture: model.reading.furniture.map((f) => ({ label: FURNITURE_LABEL[f.kind], text: f.text, where: furnitureWhere(f.at) })),
    responsibilities: model.assignments.map((a) => {
      const node = findNode(model.parts, a.node);
      return {
        where: label(node),
        // The printed responsibility: a department line or paragraph on the node's page, a row on the attachment's.
        href: `${pageOf(a.notation === 'attachment-table' ? a.block : a.node)}#${a.block}`,
        notation: NOTATION_LABEL[a.notation],
        rule: ruleLabel(a, model),
        leads: a.leads.map(party),
        partners: a.partners.map(party),
        partnersOpenEnded: a.partnersOpenEnded,
        deadline: a.deadline,
        passage: a.scope === 'passage',
        jointly: a.leadRule === 'all-responsible',
      };
    }),
  };
}
