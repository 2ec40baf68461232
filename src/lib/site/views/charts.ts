import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { IndicatorCell, IndicatorRow } from '../../model/schema.ts';

/**
 * Build-time chart layouts: plain numbers and SVG path strings that Astro renders as static SVG.
 * No chart code reaches the browser.
 */

const round = (n: number) => Math.round(n * 10) / 10;

export interface IndicatorPoint {
  /** The year the value refers to: the column's, or the one the cell names (0.65 (2013 年)). */
  year: number;
  /** The column's year (the table's header). */
  columnYear: number;
  role: 'baseline' | 'target';
  printed: string;
  /** Null when the table prints no value ("—"): the point is not drawn, and never at zero. */
  value: number | null;
  comparator: IndicatorCell['comparator'];
  /** True when the value refers to another year than its column. */
  otherYear: boolean;
  x: number;
  y: number | null;
}

export interface IndicatorChart {
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  points: IndicatorPoint[];
  /** The line through the drawn points (dashed: the targets are plans, not results). */
  path: string;
  /** Axis ticks: the years of the points. */
  xTicks: { year: number; x: number; label: string }[];
  yTicks: { value: number; y: number }[];
  plot: { left: number; right: number; top: number; bottom: number };
}

const COMPARATOR_WORD: Record<string, string> = { '>': '大于', '<': '小于', '≥': '不低于', '≤': '不高于' };

/** What a cell says, in words, for the chart's text description. */
export function describeCell(cell: IndicatorCell, columnYear: number, role: IndicatorPoint['role'], unit: string | null): string {
  const label = role === 'baseline' ? `${columnYear} 年（基期）` : `${columnYear} 年目标`;
  if (cell.value === null) return `${label}：原表为“${cell.printed.trim() || '空白'}”，无数值`;
  const u = unit && unit !== '%' ? ` ${unit}` : unit ?? '';
  const v = `${cell.comparator ? COMPARATOR_WORD[cell.comparator] : ''}${cell.value}${u}`;
  const other = cell.year !== null && cell.year !== columnYear ? `（为 ${cell.year} 年数据）` : '';
  return `${label}：${v}${other}`;
}

/** The chart of one indicator, from its baseline to its targets. */
export function indicatorChart(row: IndicatorRow, years: number[], size = { width: 320, height: 150 }): IndicatorChart {
  const { width, height } = size;
  const plot = { left: 40, right: width - 24, top: 30, bottom: height - 30 };
  const points0 = row.cells.map((c, i) => ({
    year: c.year ?? years[i],
    columnYear: years[i],
    role: (i === 0 ? 'baseline' : 'target') as IndicatorPoint['role'],
    printed: c.printed.trim(),
    value: c.value,
    comparator: c.comparator,
    otherYear: c.year !== null && c.year !== years[i],
  }));
  const allYears = [...new Set([...years, ...points0.map((p) => p.year)])].sort((a, b) => a - b);
  const x = scaleLinear().domain([allYears[0], allYears.at(-1)!]).range([plot.left, plot.right]);
  const max = Math.max(0, ...points0.map((p) => p.value ?? 0));
  const y = scaleLinear().domain([0, max === 0 ? 1 : max * 1.15]).range([plot.bottom, plot.top]).nice(4);
  const points: IndicatorPoint[] = points0.map((p) => ({ ...p, x: round(x(p.year)), y: p.value === null ? null : round(y(p.value)) }));
  const drawn = points.filter((p) => p.y !== null) as (IndicatorPoint & { y: number })[];
  const path = drawn.length > 1 ? (line<IndicatorPoint & { y: number }>().x((p) => p.x).y((p) => p.y)(drawn) ?? '') : '';
  const unit = row.unit;
  const title = `${row.name}${unit ? `（${unit}）` : ''}`;
  const description = `${points.map((p, i) => describeCell(row.cells[i], p.columnYear, p.role, unit)).join('；')}。`;
  return {
    id: row.id,
    width,
    height,
    title,
    description,
    points,
    path: path.replace(/\d+\.\d+/g, (n) => String(round(Number(n)))),
    // Only the table's column years are labelled; a value of another year carries its own label.
    xTicks: years.map((yr) => ({ year: yr, x: round(x(yr)), label: `${yr}` })),
    yTicks: y.ticks(4).map((v) => ({ value: v, y: round(y(v)) })),
    plot,
  };
}

export interface RankedBar {
  id: string;
  label: string;
  /** Segment values, in the order of the chart's series. */
  values: number[];
  y: number;
  /** Segment x offsets and widths. */
  segments: { x: number; width: number }[];
  total: number;
}

export interface RankedChart {
  width: number;
  height: number;
  bars: RankedBar[];
  barHeight: number;
  labelWidth: number;
  ticks: { value: number; x: number }[];
  axisY: number;
}

/** A horizontal stacked bar chart of items already in rank order. */
export function rankedChart(items: { id: string; label: string; values: number[] }[], width = 560): RankedChart {
  const labelWidth = 64;
  const top = 8;
  const step = 26;
  const height = top + items.length * step + 24;
  const band = scaleBand<string>().domain(items.map((i) => i.id)).range([top, top + items.length * step]).paddingInner(0.3);
  const max = Math.max(1, ...items.map((i) => i.values.reduce((a, b) => a + b, 0)));
  const x = scaleLinear().domain([0, max]).range([labelWidth, width - 36]).nice();
  const bars = items.map((i) => {
    let at = 0;
    const segments = i.values.map((v) => {
      const s = { x: round(x(at)), width: round(x(at + v) - x(at)) };
      at += v;
      return s;
    });
    return { ...i, y: round(band(i.id)!), segments, total: at };
  });
  return {
    width,
    height,
    bars,
    barHeight: round(band.bandwidth()),
    labelWidth,
    ticks: x.ticks(5).filter(Number.isInteger).map((v) => ({ value: v, x: round(x(v)) })),
    axisY: top + items.length * step,
  };
}
