import { describe, expect, it } from 'vitest';
import { checkClosed, checkEnding } from '../../../src/lib/convert/completeness.ts';
import { expectConvertError, logical } from '../../support/plans.ts';

const F = 'c.txt';
const printed = (line: number) => ({ text: 'x', line, endLine: line });
const envelope = () => ({ masthead: printed(1), cc: null, issuedDatePrinted: null, signatures: [] });

describe('checkEnding', () => {
  it('stops at the last line when it ends inside a sentence, naming it and the way out', () => {
    const e = expectConvertError(() => checkEnding(F, logical([['一、甲', 1], ['推进工作，加快', 7]]), null), F, 7);
    expect(e.detail).toMatch(/ends inside a sentence/);
    expect(e.detail).toContain('c.conventions.json');
  });
  it('quotes the end of a long last line, and names the conventions file of a path that holds .txt elsewhere', () => {
    const e = expectConvertError(() => checkEnding('plans.txt/p.txt', logical([['第一句，第二句，第三句，第四句，推进工作，加快', 7]]), null), 'plans.txt/p.txt', 7);
    expect(e.detail).toContain('(“…，第四句，推进工作，加快”)');
    expect(e.detail).toContain('plans.txt/p.conventions.json');
  });
  it('accepts a last line that ends a sentence, a heading-like line, and a known excerpt', () => {
    expect(() => checkEnding(F, logical([['推进工作，完成。', 3]]), null)).not.toThrow();
    expect(() => checkEnding(F, logical([['2015年7月27日印发', 3]]), null)).not.toThrow();
    expect(() => checkEnding(F, logical([['推进工作，加快', 3]]), '节选')).not.toThrow();
  });
});

describe('checkClosed', () => {
  it('stops when the notice is opened by a masthead but has neither 抄送 nor a date nor a signature', () => {
    const e = expectConvertError(() => checkClosed(F, logical([['甲。', 4], ['乙。', 9]]), envelope(), null), F, 9);
    expect(e.detail).toMatch(/never closes/);
    expect(e.detail).toContain('c.conventions.json');
  });
  it('accepts a closed or signed notice, a text without a masthead, and a known excerpt', () => {
    expect(() => checkClosed(F, logical([['乙。', 9]]), { ...envelope(), cc: printed(8) }, null)).not.toThrow();
    expect(() => checkClosed(F, logical([['乙。', 9]]), { ...envelope(), issuedDatePrinted: printed(9) }, null)).not.toThrow();
    const signed = { signer: printed(7), date: printed(8), isoDate: '2015-07-27' };
    expect(() => checkClosed(F, logical([['乙。', 9]]), { ...envelope(), signatures: [signed] }, null)).not.toThrow();
    expect(() => checkClosed(F, logical([['乙。', 9]]), { ...envelope(), masthead: null }, null)).not.toThrow();
    expect(() => checkClosed(F, logical([['乙。', 9]]), envelope(), '节选')).not.toThrow();
  });
});

describe('a plan that ends with a responsibility line', () => {
  it('is complete when the list is, and incomplete when it stops mid-list', () => {
    expect(() => checkEnding(F, logical([['（一）推进。', 3], ['责任单位：市甲局、市乙局', 4]]), null)).not.toThrow();
    expect(() => checkEnding(F, logical([['牵头单位：市甲局；配合单位：市乙局等', 4]]), null)).not.toThrow();
    expectConvertError(() => checkEnding(F, logical([['责任单位：市甲局、', 4]]), null), F, 4);
  });
});
