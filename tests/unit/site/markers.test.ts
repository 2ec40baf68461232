import { describe, expect, it } from 'vitest';
import { displayMarker, headingLabel, markerStyle } from '../../../src/lib/site/views/markers.ts';

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

describe('headingLabel', () => {
  it('puts a space after a marker that ends in a word or number, none after punctuation', () => {
    expect(headingLabel('第一章', '发展基础与形势', 'full')).toBe('第一章 发展基础与形势');
    expect(headingLabel('第二节　', '发展目标', 'full')).toBe('第二节 发展目标');
    expect(headingLabel('专栏1', '主要指标', 'full')).toBe('专栏1 主要指标');
    expect(headingLabel('一、', '重点任务', 'full')).toBe('一、重点任务');
    expect(headingLabel('(三)', '加快发展', 'full')).toBe('（三）加快发展');
    expect(headingLabel('1.', '工程', 'half')).toBe('1.工程');
  });
});
