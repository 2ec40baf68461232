/**
 * What a conversion read, in one line per document: for the CLI, the corpus run and its pinned
 * baseline. Pure: model in, text and counts out.
 */
import { walkNodes } from '../model/walk.ts';
import type { PlanModel } from '../model/schema.ts';

export interface ReadingSummary {
  format: PlanModel['source']['format'];
  form: PlanModel['reading']['form'];
  script: PlanModel['reading']['script'];
  parts: number;
  tasks: number;
  /** Printed responsibilities by notation (trailing-parenthesis, sentence, attachment-table …). */
  responsibilities: Record<string, number>;
  unread: number;
  observations: number;
  /** Rows read out of tables: indicator rows and the rows of 分工表 and other grids. */
  tableRows: number;
}

export function readingSummary(model: PlanModel): ReadingSummary {
  const responsibilities: Record<string, number> = {};
  for (const a of model.assignments) responsibilities[a.notation] = (responsibilities[a.notation] ?? 0) + 1;
  const blocks = [...walkNodes(model.parts)].flatMap((n) => n.blocks);
  const tableRows = blocks.reduce((n, b) => n + (b.type === 'table' || b.type === 'grid' ? b.rows.length : 0), 0);
  return {
    format: model.source.format,
    form: model.reading.form,
    script: model.reading.script,
    parts: model.parts.length,
    tasks: model.tasks.length,
    responsibilities,
    unread: model.reading.unread.length,
    observations: model.reading.observations.length,
    tableRows,
  };
}

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/** form, parts, tasks, responsibilities by notation, unread lines — as one line. */
export function summaryLine(s: ReadingSummary): string {
  const notations = Object.entries(s.responsibilities).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${n} ${k}`).join(', ');
  return `${s.format === 'text' ? '' : `${s.format}, `}${s.form}${s.script === 'traditional' ? ' (traditional)' : ''}, ${s.parts} parts, ${s.tasks} tasks, ${total(s.responsibilities)} responsibilities${notations ? ` (${notations})` : ''}, ${s.tableRows > 0 ? `${s.tableRows} table rows, ` : ''}${s.unread} unread lines, ${s.observations} observations`;
}

/**
 * The reading report's lines for a terminal: unread lines first, then observations, as
 * FILE:LOCATION: note — the line of a text file, the page and line of a PDF, the block (row, cell)
 * of a portal page or Word file.
 */
export function reportLines(file: string, model: PlanModel): string[] {
  const at = (line: number) => model.source.positions?.[line - 1] ?? String(line);
  return [
    ...model.reading.unread.map((u) => `${file}:${at(u.line)}: unread (${u.code}): ${u.detail}`),
    ...model.reading.observations.map((o) => `${file}:${at(o.line)}: note (${o.code}): ${o.detail}`),
  ];
}
