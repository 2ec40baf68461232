import { describe, expect, it } from 'vitest';
import { matchable, squeeze, withoutWhitespace } from '../../../src/lib/model/normalise.ts';

describe('text normalisation', () => {
  it('squeeze drops every kind of whitespace and the zero-width spaces of Pagefind excerpts, and nothing else', () => {
    expect(squeeze(' 中国\u3000制造\u200B 2025\n\t》 ')).toBe('中国制造2025》');
    expect(squeeze('A b')).toBe('Ab');
  });

  it('matchable is squeezed and lower case', () => {
    expect(matchable(' MES 系统\u200B')).toBe('mes系统');
  });

  it('withoutWhitespace keeps a zero-width space (fidelity counts it as a character)', () => {
    expect(withoutWhitespace(' a\u200B b\n')).toBe('a\u200Bb');
  });
});
