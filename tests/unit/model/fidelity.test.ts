import { describe, expect, it } from 'vitest';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { applyCorrections, compareText } from '../../../src/lib/model/fidelity.ts';
import type { Correction } from '../../../src/lib/model/schema.ts';
import { nonWhitespaceCount, realPlanBytes, realPlanNotes } from '../../support/plans.ts';

const corr = (c: Partial<Correction> & Pick<Correction, 'line' | 'column' | 'before' | 'after'>): Correction => ({
  kind: 'variant-character',
  reason: 'test',
  ...c,
});

describe('applyCorrections', () => {
  it('replaces the before text at its line and column', () => {
    expect(applyCorrections('甲乙\n丙設丁', [corr({ line: 2, column: 1, before: '設', after: '设' })])).toBe('甲乙\n丙设丁');
  });
  it('removes a break spanning lines', () => {
    expect(applyCorrections('发展水\n\n平', [corr({ kind: 'page-break-join', line: 1, column: 3, before: '\n\n', after: '' })])).toBe('发展水平');
  });
  it('applies corrections given in any order', () => {
    const out = applyCorrections('設甲\n爾乙', [
      corr({ line: 2, column: 0, before: '爾', after: '尔' }),
      corr({ line: 1, column: 0, before: '設', after: '设' }),
    ]);
    expect(out).toBe('设甲\n尔乙');
  });
  it('normalises CRLF line endings to LF', () => {
    expect(applyCorrections('甲\r\n乙', [])).toBe('甲\n乙');
  });
  it('throws when the before text is not at the stated position', () => {
    expect(() => applyCorrections('甲乙', [corr({ line: 1, column: 0, before: '乙', after: '' })])).toThrow(/1:0/);
  });
  it('throws on overlapping corrections', () => {
    expect(() =>
      applyCorrections('甲乙丙', [corr({ line: 1, column: 0, before: '甲乙', after: '' }), corr({ line: 1, column: 1, before: '乙丙', after: '' })]),
    ).toThrow(/overlapping/);
  });
});

describe('compareText', () => {
  it('ignores whitespace on both sides', () => {
    const r = compareText('甲 乙\n\n丙', '甲乙丙 ');
    expect(r).toMatchObject({ equal: true, sourceCharacters: 3, modelCharacters: 3, matching: 3, firstDifference: null });
  });
  it('counts code points, not UTF-16 units', () => {
    expect(compareText('𠀀甲', '𠀀甲').sourceCharacters).toBe(2);
  });
  it('ignores a leading byte-order mark in the source', () => {
    expect(compareText('\uFEFF甲', '甲').equal).toBe(true);
  });
  it('reports where the texts first differ', () => {
    const r = compareText('甲乙丙丁', '甲乙丁');
    expect(r.equal).toBe(false);
    expect(r.matching).toBe(2);
    expect(r.firstDifference?.index).toBe(2);
  });
  it('quotes up to ten characters either side of the first difference, from each text', () => {
    const src = '〇一二三四五六七八九十甲乙丙丁戊己庚辛壬癸子丑';
    const r = compareText(src, src.replace('甲', '乙'));
    expect(r.firstDifference).toEqual({ index: 11, source: '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸', model: '一二三四五六七八九十乙乙丙丁戊己庚辛壬癸' });
    expect(compareText('甲乙', '甲丙').firstDifference).toEqual({ index: 1, source: '甲乙', model: '甲丙' });
  });
  it('stops comparing at the end of the shorter text and says where', () => {
    expect(compareText('甲乙丙', '甲乙')).toMatchObject({ equal: false, matching: 2, firstDifference: { index: 2, source: '甲乙丙', model: '甲乙' } });
    expect(compareText('', '')).toMatchObject({ equal: true, matching: 0 });
    expect(compareText('甲', '')).toMatchObject({ equal: false, matching: 0 });
  });
  it('ignores runs of whitespace of every kind (the ideographic space too)', () => {
    expect(compareText('甲\u3000\t 乙', '甲乙').equal).toBe(true);
  });
  it('is not equal when the model has extra text at the end', () => {
    expect(compareText('甲乙', '甲乙丙')).toMatchObject({ equal: false, matching: 2 });
  });
});

describe('fidelity of the real plan', () => {
  // Converted once per run of this file, by its first test: the whole plan per test made a
  // mutation run an hour longer. Its later tests read the same model.
  let cached: ReturnType<typeof convertOnce> | undefined;
  const setup = () => (cached ??= convertOnce());
  const convertOnce = () => {
    const bytes = realPlanBytes();
    const source = new TextDecoder().decode(bytes);
    const { model, fidelity } = convertPlan(bytes, { file: 'liaoning-2015-24.txt', notes: realPlanNotes() });

    return { bytes, source, model, fidelity };
  };
  it('the model holds every character of the corrected source, in order', () => {
    const { bytes, source, model, fidelity } = setup();
    expect(fidelity.equal).toBe(true);
    expect(fidelity.matching).toBe(fidelity.sourceCharacters);
  });
  it('counts the non-whitespace characters of the corrected source', () => {
    const { bytes, source, model, fidelity } = setup();
    const corrected = applyCorrections(source, model.corrections);
    expect(fidelity.sourceCharacters).toBe(nonWhitespaceCount(corrected));
    expect(model.stats.sourceCharacters).toBe(fidelity.sourceCharacters);
    expect(model.stats.modelCharacters).toBe(fidelity.sourceCharacters);
  });
  it('corrections remove exactly the duplicated characters', () => {
    const { bytes, source, model, fidelity } = setup();
    const removed = model.corrections
      .filter((c) => c.kind === 'duplicated-characters')
      .reduce((n, c) => n + nonWhitespaceCount(c.before), 0);
    expect(fidelity.sourceCharacters).toBe(nonWhitespaceCount(source) - removed);
  });
});
