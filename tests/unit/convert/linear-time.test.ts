/**
 * Linear-time guards: inputs the fuzzer found that once took minutes (a quadratic pass). Vitest's
 * timeout catches a regression; there is no timing in them. They live apart from the rule tests
 * because they are slow under mutation testing's instrumentation and test no rule of their own
 * (vitest.config.ts leaves them out under Stryker; npm test runs them).
 */
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../../src/lib/convert/furniture.ts';
import { buildOutline } from '../../../src/lib/convert/outline.ts';
import { repair } from '../../../src/lib/convert/repair.ts';
import { findQuantities, paragraphTargets } from '../../../src/lib/convert/targets.ts';
import { logical, sourceLines } from '../../support/plans.ts';

const para = (text: string, id = 'p1-b1') => ({ id, text });

describe('many lines joined into one paragraph (found by fuzzing)', () => {
  // Each join looked up the previous line by scanning the whole source: quadratic in the lines
  // (about a minute here); vitest's timeout catches a regression.
  it('joins 200 000 short lines in one pass', () => {
    const n = 200_000;
    const { lines, corrections } = repair(sourceLines(`${'发展，\n'.repeat(n)}发展。`));
    // Each repeat of 发展， after an unfinished 发展， reads as text a page break printed twice.
    expect(lines.map((l) => l.text)).toEqual(['发展，发展。']);
    expect(corrections.filter((c) => c.kind === 'duplicated-characters')).toHaveLength(n - 1);
    expect(corrections.filter((c) => c.kind === 'line-join')).toHaveLength(n);
  }, 20_000);
});

describe('joining many lines (found by fuzzing: 100 000 short lines took 82 s)', () => {
  // No timing here: before the fix this input ran far past the timeout below; now it is linear.
  it('joins 100 000 unfinished lines into one paragraph, every line kept in order', () => {
    const n = 100_000;
    const source = Array.from({ length: n }, (_, i) => ({ line: i + 1, text: `推进第${i}项，` }));
    const { lines, corrections } = repair(source);
    expect(lines).toHaveLength(1);
    expect(lines[0].text).toBe(source.map((l) => l.text).join(''));
    expect(corrections.filter((c) => c.kind === 'line-join')).toHaveLength(n - 1);
    // 0.5 s here, several seconds under Stryker's instrumentation; the quadratic join took 82 s.
  }, 40_000);
});

describe('a long run of department lines (found by fuzzing)', () => {
  // Each department line scanned ahead over the whole run for the next heading: quadratic, many
  // minutes for this run; vitest's timeout catches a regression.
  it('places 60 000 department lines in one pass', () => {
    const n = 60_000;
    const lines = logical([
      ['一、主要任务', 1],
      ['（一）拓展对外贸易。', 2],
      ['1. 鼓励企业开展跨境电子商务。', 3],
      ...Array.from({ length: n }, (_, k): [string, number] => ['（市商务局牵头负责）', 4 + k]),
      ['二、保障措施', 4 + n],
    ]);
    const [part] = buildOutline(lines);
    // After the section's last item, with no item line before: the run assigns the whole section.
    expect(part.children[0].blocks.filter((b) => b.type === 'departments')).toHaveLength(n);
  }, 20_000);
});

describe('a running head printed very often (found by fuzzing)', () => {
  // The list of a repeated line's occurrences was copied on every repeat: quadratic, minutes here.
  it('removes 50 000 running heads between page numbers in one pass', () => {
    const n = 50_000;
    const text = Array.from({ length: n }, (_, i) => `- ${(i % 999) + 1} -\n辽宁省人民政府公报`).join('\n');
    const { corrections } = findFurniture('x.txt', sourceLines(text), { runningHeads: [] });
    expect(corrections).toHaveLength(2 * n);
    expect(corrections.filter((c) => c.before === '辽宁省人民政府公报')).toHaveLength(n);
  });
});

describe('long paragraphs (found by fuzzing: a 1 MB line hung the converter)', () => {
  // Each of these took minutes before the scan became linear; vitest's timeout catches a regression.
  it('reads a quantity after a 1 MB run of digits once', () => {
    const digits = '1'.repeat(1 << 20);
    expect(findQuantities(`${digits}个`).map((q) => q.printed.length)).toEqual([digits.length + 1]);
  });
  it('finds every quantity and deadline of a long clause without rescanning it', () => {
    const targets = paragraphTargets(para('到2015年1个'.repeat(50_000)));
    expect(targets).toHaveLength(50_000);
    expect(targets[49_999]).toMatchObject({ quantity: '1个', deadline: '到2015年', start: 0 });
  });
  it('reads dated commitments in a long sentence of short clauses', () => {
    const clauses = '到2015年，完成改造，'.repeat(20_000);
    const targets = paragraphTargets(para(`${clauses}${' '.repeat(100_000)}。`));
    expect(targets).toHaveLength(20_000);
    // Each deadline stands alone in its clause: its commitment runs to the end of the sentence.
    expect(targets[0]).toMatchObject({ deadline: '到2015年', start: 7, end: clauses.length });
    expect(targets[19_999]).toMatchObject({ phrase: '完成改造，', start: clauses.length - 5 });
  });
});
