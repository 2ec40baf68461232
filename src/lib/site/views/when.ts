/**
 * "When" a plan is: the dates its text prints (印发 date) and the target years it names, and whether
 * every one of those years has passed. It never says whether the plan is in force: the text does
 * not state that, and a passed target year is only a fact about the calendar.
 */
import type { PlanModel } from '../../model/schema.ts';
import { documentDate, formatDate } from './format.ts';

export interface PlanWhen {
  /** 2015年7月27日 as printed on the 印发 line, or null when the text prints no date. */
  issued: string | null;
  issuedIso: string | null;
  /** Where no 印发 date is printed, the date under the signature (ISO), else null. */
  signedIso: string | null;
  /** Every year the text sets a target for (targets and the indicator table), ascending. */
  targetYears: number[];
  /** True when the last target year has ended before the given year. */
  passed: boolean;
  /** The target years as one short phrase: 2017、2020 年. Empty when there are none. */
  yearsText: string;
}

/** Years of the indicator table's value columns after the base year (the first column is the baseline). */
const tableTargetYears = (years: number[]) => years.slice(1);

export function planWhen(model: Pick<PlanModel, 'meta' | 'targets'> & { indicatorYears?: number[] }, currentYear: number): PlanWhen {
  const years = new Set<number>();
  for (const t of model.targets) if (t.year !== null) years.add(t.year);
  for (const y of tableTargetYears(model.indicatorYears ?? [])) years.add(y);
  const targetYears = [...years].sort((a, b) => a - b);
  const last = targetYears.at(-1);
  return {
    issued: model.meta.issuedDate ? formatDate(model.meta.issuedDate) : null,
    issuedIso: model.meta.issuedDate,
    // A copy without a 印发 line (a portal's) carries the date under its signature instead.
    signedIso: model.meta.issuedDate ? null : documentDate(model.meta),
    targetYears,
    passed: last !== undefined && last < currentYear,
    yearsText: targetYears.length > 0 ? `${targetYears.join('、')} 年` : '',
  };
}

/** The plain sentence about the target years: 目标年份 2020 年已过 (one year) or …均已过 (several). */
export function passedText(when: PlanWhen): string | null {
  if (!when.passed) return null;
  return when.targetYears.length === 1 ? `目标年份 ${when.yearsText}已过` : `目标年份 ${when.yearsText}均已过`;
}
