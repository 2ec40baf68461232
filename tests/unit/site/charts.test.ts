import { beforeEach, describe, expect, it } from 'vitest';
import { describeCell, indicatorChart, rankedChart } from '../../../src/lib/site/views/charts.ts';
import type { IndicatorCell, IndicatorRow } from '../../../src/lib/model/schema.ts';

const cell = (printed: string, value: number | null, extra: Partial<IndicatorCell> = {}): IndicatorCell => ({ printed, value, comparator: null, note: null, year: null, ...extra });
const row = (name: string, unit: string | null, cells: IndicatorCell[]): IndicatorRow =>
  ({ id: 'r1', category: null, printedName: name, name, unit, cells }) as unknown as IndicatorRow;

describe('describeCell (the chart’s text for screen readers)', () => {
  it('says baseline and target years, comparators in words, and the unit', () => {
    expect(describeCell(cell('120', 120), 2019, 'baseline', '亿元')).toBe('2019 年（基期）：120 亿元');
    expect(describeCell(cell('>200', 200, { comparator: '>' }), 2022, 'target', '亿元')).toBe('2022 年目标：大于200 亿元');
    expect(describeCell(cell('<5', 5, { comparator: '<' }), 2022, 'target', null)).toBe('2022 年目标：小于5');
    expect(describeCell(cell('≥30', 30, { comparator: '≥' }), 2022, 'target', '%')).toBe('2022 年目标：不低于30%');
    expect(describeCell(cell('≤1', 1, { comparator: '≤' }), 2022, 'target', '%')).toBe('2022 年目标：不高于1%');
  });
  it('says when the table prints no value, quoting what it prints', () => {
    expect(describeCell(cell('—', null), 2019, 'baseline', '%')).toBe('2019 年（基期）：原表为“—”，无数值');
    expect(describeCell(cell('  ', null), 2019, 'baseline', '%')).toBe('2019 年（基期）：原表为“空白”，无数值');
  });
  it('says when a value is of another year than its column, and only then', () => {
    expect(describeCell(cell('8.5 (2018 年)', 8.5, { year: 2018 }), 2019, 'baseline', '%')).toBe('2019 年（基期）：8.5%（为 2018 年数据）');
    expect(describeCell(cell('8.5 (2019 年)', 8.5, { year: 2019 }), 2019, 'baseline', '%')).toBe('2019 年（基期）：8.5%');
  });
});

describe('indicatorChart', () => {
  it('draws the baseline on the left, the target on the right, higher values higher, the axis from zero', () => {
    const c = indicatorChart(row('增加值', '亿元', [cell('120', 120), cell('>200', 200, { comparator: '>' })]), [2019, 2022]);
    expect(c.title).toBe('增加值（亿元）');
    expect(c.description).toBe('2019 年（基期）：120 亿元；2022 年目标：大于200 亿元。');
    const [a, b] = c.points;
    expect([a.role, b.role]).toEqual(['baseline', 'target']);
    expect(a.x).toBe(c.plot.left);
    expect(b.x).toBe(c.plot.right);
    expect(b.y!).toBeLessThan(a.y!);
    // Zero sits on the plot's bottom edge, and the largest value leaves room above it.
    expect(c.yTicks[0]).toEqual({ value: 0, y: c.plot.bottom });
    expect(b.y!).toBeGreaterThan(c.plot.top);
    expect(c.yTicks.at(-1)!.value).toBeGreaterThan(200);
    // 120 is 60 % of 200: the heights above the axis keep that ratio (to the 0.1 px rounding).
    expect((c.plot.bottom - a.y!) / (c.plot.bottom - b.y!)).toBeCloseTo(0.6, 2);
    expect(c.path).toBe(`M${a.x},${a.y}L${b.x},${b.y}`);
    expect(c.xTicks.map((t) => [t.label, t.x])).toEqual([['2019', a.x], ['2022', b.x]]);
    expect(c.width).toBe(320);
    expect(c.height).toBe(150);
    expect(c.plot).toEqual({ left: 40, right: 296, top: 30, bottom: 120 });
  });

  it('leaves a missing value undrawn (never at zero) and draws no line through one point', () => {
    const c = indicatorChart(row('增长', '%', [cell('—', null), cell('15', 15)]), [2019, 2022]);
    expect(c.points[0].y).toBeNull();
    expect(c.points[0].printed).toBe('—');
    expect(c.points[1].y).not.toBeNull();
    expect(c.path).toBe('');
  });

  it('puts a value of an earlier year left of its column and marks it, labelling only the column years', () => {
    const same = indicatorChart(row('占比', '%', [cell('8.5 (2019 年)', 8.5, { year: 2019 }), cell('30', 30)]), [2019, 2022]);
    expect(same.points[0].otherYear).toBe(false);
    const c = indicatorChart(row('占比', '%', [cell(' 8.5 (2018 年) ', 8.5, { year: 2018 }), cell('30', 30)]), [2019, 2022]);
    const [a, b] = c.points;
    expect(a).toMatchObject({ year: 2018, columnYear: 2019, otherYear: true, printed: '8.5 (2018 年)' });
    expect(b.otherYear).toBe(false);
    expect(c.xTicks.map((t) => t.label)).toEqual(['2019', '2022']);
    expect(a.x).toBe(c.plot.left);
    expect(c.xTicks[0].x).toBeGreaterThan(a.x);
    expect(c.xTicks[0].x).toBeLessThan(b.x);
    // 2019 is a quarter of the way from 2018 to 2022.
    expect((c.xTicks[0].x - a.x) / (b.x - a.x)).toBeCloseTo(0.25, 2);
  });

  it('still has an axis when every value is missing or zero, and rounds path numbers to 0.1', () => {
    const none = indicatorChart(row('无', null, [cell('—', null), cell('0', 0)]), [2019, 2022]);
    expect(none.title).toBe('无');
    expect(none.yTicks.at(-1)!.value).toBeGreaterThan(0);
    expect(none.points[1].y).toBe(none.plot.bottom);
    const three = indicatorChart(row('三', '家', [cell('7', 7), cell('13', 13), cell('29', 29)]), [2015, 2017, 2020], { width: 333, height: 177 });
    expect(three.path).toMatch(/^M[\d.,]+(L[\d.,]+){2}$/);
    for (const n of three.path.match(/\d+\.\d+/g) ?? []) expect(n).toMatch(/^\d+\.\d$/);
    expect(three.plot.right).toBe(333 - 24);
    expect(three.plot.bottom).toBe(177 - 30);
  });
});

describe('rankedChart (stacked horizontal bars)', () => {
  // Laid out inside each test, not at collection time, so a mutation test sees rankedChart run.
  let chart: ReturnType<typeof rankedChart>;
  beforeEach(() => {
    chart = rankedChart([
      { id: 'a', label: '甲', values: [3, 2] },
      { id: 'b', label: '乙', values: [1, 0] },
      { id: 'c', label: '丙', values: [0, 1] },
    ]);
  });
  it('stacks each bar’s segments from the label column, widths in proportion to the values', () => {
    const [a, b] = chart.bars;
    expect(a.segments[0].x).toBe(chart.labelWidth);
    expect(a.segments[1].x).toBeCloseTo(a.segments[0].x + a.segments[0].width, 1);
    expect(a.segments[0].width / a.segments[1].width).toBeCloseTo(3 / 2, 2);
    expect(b.segments[0].width / a.segments[0].width).toBeCloseTo(1 / 3, 2);
    expect(b.segments[1].width).toBe(0);
    expect(chart.bars.map((x) => x.total)).toEqual([5, 1, 1]);
    expect(a.segments[1].x + a.segments[1].width).toBeLessThanOrEqual(chart.width);
  });
  it('keeps the given order top to bottom, inside the chart, with whole-number ticks from 0', () => {
    expect(chart.bars.map((x) => x.label)).toEqual(['甲', '乙', '丙']);
    const ys = chart.bars.map((x) => x.y);
    expect(ys[0]).toBeGreaterThanOrEqual(0);
    expect(ys[1] - ys[0]).toBeGreaterThan(chart.barHeight);
    expect(ys[2] - ys[1]).toBeCloseTo(ys[1] - ys[0], 1);
    expect(chart.axisY).toBeGreaterThanOrEqual(ys[2] + chart.barHeight);
    expect(chart.height).toBeGreaterThan(chart.axisY);
    expect(chart.ticks[0]).toEqual({ value: 0, x: chart.labelWidth });
    expect(chart.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(5);
    expect(rankedChart([{ id: 'x', label: 'x', values: [1] }]).height).toBeLessThan(chart.height);
    // Rows 26 px apart from 8 px down, the axis right under the last row, 24 px below it for labels.
    expect(chart.axisY).toBe(8 + 3 * 26);
    expect(chart.height).toBe(chart.axisY + 24);
    expect(ys[0]).toBe(8);
    // The longest bar (5) spans the scale, which ends 36 px before the right edge.
    const end = chart.bars[0].segments[1].x + chart.bars[0].segments[1].width;
    expect(end).toBeGreaterThan(chart.labelWidth + (chart.width - 36 - chart.labelWidth) * 0.9);
    expect(end).toBeLessThanOrEqual(chart.width - 36);
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(chart.ticks.at(-1)!.x).toBe(end);
  });
  it('draws an empty list and all-zero bars without dividing by zero', () => {
    const zero = rankedChart([{ id: 'z', label: '零', values: [0, 0] }], 300);
    expect(zero.width).toBe(300);
    expect(zero.bars[0].segments.every((s) => Number.isFinite(s.x) && s.width === 0)).toBe(true);
    expect(rankedChart([]).bars).toEqual([]);
  });
});
