/**
 * What a conversion read, in one line per document: for the CLI, the corpus run and its pinned
 * baseline. Pure: model in, text and counts out.
 */
import type { PlanModel } from '../model/schema.ts';

export interface ReadingSummary {
  form: PlanModel['reading']['form'];
  script: PlanModel['reading']['script'];
  parts: number;
  tasks: number;
  /** Printed responsibilities by notation (trailing-parenthesis, sentence, attachment-table …). */
  responsibilities: Record<string, number>;
  unread: number;
  observations: number;
}

export function readingSummary(model: PlanModel): ReadingSummary {
  const responsibilities: Record<string, number> = {};
  for (const a of model.assignments) responsibilities[a.notation] = (responsibilities[a.notation] ?? 0) + 1;
  return {
    form: model.reading.form,
    script: model.reading.script,
    parts: model.parts.length,
    tasks: model.tasks.length,
    responsibilities,
    unread: model.reading.unread.length,
    observations: model.reading.observations.length,
  };
}

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/** form, parts, tasks, responsibilities by notation, unread lines — as one line. */
export function summaryLine(s: ReadingSummary): string {
  const notations = Object.entries(s.responsibilities).sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => `${n} ${k}`).join(', ');
  return `${s.form}${s.script === 'traditional' ? ' (traditional)' : ''}, ${s.parts} parts, ${s.tasks} tasks, ${total(s.responsibilities)} responsibilities${notations ? ` (${notations})` : ''}, ${s.unread} unread lines, ${s.observations} observations`;
}

/** The reading report's lines for a terminal: unread lines first, then observations, as FILE:LINE: note. */
export function reportLines(file: string, model: PlanModel): string[] {
  return [
    ...model.reading.unread.map((u) => `${file}:${u.line}: unread (${u.code}): ${u.detail}`),
    ...model.reading.observations.map((o) => `${file}:${o.line}: note (${o.code}): ${o.detail}`),
  ];
}
