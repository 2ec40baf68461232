import { describe, expect, it } from 'vitest';
import { passedText, planWhen } from '../../../src/lib/site/views/when.ts';

const meta = (issuedDate: string | null) => ({ issuedDate }) as Parameters<typeof planWhen>[0]['meta'];
const target = (year: number | null) => ({ year }) as Parameters<typeof planWhen>[0]['targets'][number];

describe('planWhen', () => {
  it('collects the target years of targets and of the indicator table after its base year', () => {
    const w = planWhen({ meta: meta('2015-07-27'), targets: [target(2020), target(null), target(2017), target(2017)], indicatorYears: [2014, 2017, 2020, 2022] }, 2026);
    expect(w.targetYears).toEqual([2017, 2020, 2022]);
    expect(w.yearsText).toBe('2017、2020、2022 年');
    expect(w.issued).toBe('2015年7月27日');
    expect(w.issuedIso).toBe('2015-07-27');
  });
  it('says the years have passed only when the last one ended before the current year', () => {
    const m = { meta: meta(null), targets: [target(2017), target(2020)] };
    expect(planWhen(m, 2021).passed).toBe(true);
    expect(planWhen(m, 2020).passed).toBe(false);
    expect(planWhen({ meta: meta(null), targets: [] }, 2030).passed).toBe(false);
    expect(planWhen({ meta: meta(null), targets: [] }, 2030).yearsText).toBe('');
    expect(planWhen(m, 2021).issued).toBeNull();
  });
});

describe('passedText', () => {
  it('says plainly that one or every target year has passed, and nothing otherwise', () => {
    expect(passedText(planWhen({ meta: meta(null), targets: [target(2020)] }, 2026))).toBe('目标年份 2020 年已过');
    expect(passedText(planWhen({ meta: meta(null), targets: [target(2017), target(2020)] }, 2026))).toBe('目标年份 2017、2020 年均已过');
    expect(passedText(planWhen({ meta: meta(null), targets: [target(2030)] }, 2026))).toBeNull();
  });
});
