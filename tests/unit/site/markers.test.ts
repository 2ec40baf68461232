import { describe, expect, it } from 'vitest';
import { displayMarker, markerStyle } from '../../../src/lib/site/views/markers.ts';

describe('markerStyle', () => {
  it('is the style most parenthesised markers are printed in', () => {
    expect(markerStyle(['（一）', '（二）', '(三)'])).toBe('full');
    expect(markerStyle(['(一)', '(二)', '（三）'])).toBe('half');
  });
  it('ignores markers without parentheses and is full-width on a tie or none', () => {
    expect(markerStyle(['一、', '二、', '1.', '(一)', '（二）'])).toBe('full');
    expect(markerStyle(['一、', '——'])).toBe('full');
    expect(markerStyle(['一、', '二、', '(一)'])).toBe('half');
  });
});

describe('displayMarker', () => {
  it('shows a stray half-width marker full-width in a full-width plan, and the reverse', () => {
    expect(displayMarker('(四)', 'full')).toBe('（四）');
    expect(displayMarker('(四) ', 'full')).toBe('（四）');
    expect(displayMarker('（三）', 'full')).toBe('（三）');
    expect(displayMarker('（三）', 'half')).toBe('(三)');
    expect(displayMarker('(12)', 'half')).toBe('(12)');
  });
  it('leaves other markers as printed, trimmed', () => {
    expect(displayMarker('一、', 'full')).toBe('一、');
    expect(displayMarker('1. ', 'full')).toBe('1.');
    expect(displayMarker('附件1', 'half')).toBe('附件1');
    expect(displayMarker('(一)(二)', 'full')).toBe('(一)(二)');
  });
});
