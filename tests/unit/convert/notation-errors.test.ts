/** Negative fixtures: each input the converter cannot place stops it with FILE:LINE, never a quiet page. */
import { describe, expect, it } from 'vitest';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { expectConvertError, fixtureBytes, fixtureText, lineOf } from '../helpers.ts';

const convert = (name: string, conventions = {}) => convertPlan(fixtureBytes(name), { file: name, conventions });

describe('incomplete files', () => {
  it('a file cut inside a sentence names its last line', () => {
    const name = 'bad-truncated.txt';
    const last = fixtureText(name).trimEnd().split('\n').length;
    expect(expectConvertError(() => convert(name), name, last).detail).toMatch(/ends inside a sentence/);
  });
  it('an envelope that is opened but never closed names the last line of text (the page furniture after it is not text)', () => {
    const name = 'bad-unclosed-envelope.txt';
    const last = lineOf(fixtureText(name), '（二）强化督促检查。省政府督查室对重点任务落实情况开展督查。');
    expect(expectConvertError(() => convert(name), name, last).detail).toMatch(/never closes/);
  });
  it('a known excerpt converts, and the model carries the reviewed note every page shows', () => {
    const { model } = convert('bad-unclosed-envelope.txt', { excerpt: '本文件为节选，仅含正文。' });
    expect(model.excerpt).toBe('本文件为节选，仅含正文。');
    expect(model.meta.cc).toBeNull();
  });
});

describe('text the converter cannot place', () => {
  it('a 分工表 row whose task is no heading of the body', () => {
    const name = 'bad-table-unmatched-row.txt';
    expect(expectConvertError(() => convert(name), name, lineOf(fixtureText(name), '4\t培育工业软件企业\t省工业和信息化厅\t省科技厅\t长期坚持')).detail).toMatch(/not a heading of the plan body/);
  });
  it('a 完成时限 line that follows no department line', () => {
    const name = 'bad-deadline-alone.txt';
    expect(expectConvertError(() => convert(name), name, lineOf(fixtureText(name), '完成时限：2019年底前')).detail).toMatch(/must follow the department line/);
  });
  it('a running head listed in the conventions that the text does not print', () => {
    expectConvertError(() => convert('duty-lines-plan.txt', { runningHeads: ['某某公报'] }), 'duty-lines-plan.txt', 1);
  });
  it('conventions with an unknown key are refused', () => {
    expect(() => convert('duty-lines-plan.txt', { leadrule: 'first-listed' })).toThrow();
  });
});
