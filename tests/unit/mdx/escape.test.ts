import { describe, expect, it } from 'vitest';
import { escapeMdxText, yamlValue } from '../../../src/lib/mdx/escape.ts';

const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));

describe('escapeMdxText', () => {
  const nasty = '<Tag attr={x}>*强调* _下划_ [链接](http://a.b) \\ `code` #标题 & &amp; {1+1} ~~删~~ | a:b "q" \'s\' 50% $x$ ^ @ !';

  it('leaves no raw MDX or Markdown syntax characters', () => {
    expect(escapeMdxText(nasty)).not.toMatch(/[<>{}*_[\]\\`]/);
  });
  it('round-trips when character references are decoded', () => {
    expect(decode(escapeMdxText(nasty))).toBe(nasty);
  });
  it('escapes & so a literal entity stays literal', () => {
    expect(escapeMdxText('&amp;')).toBe('&#38;amp&#59;');
  });
  it('leaves Chinese text and full-width punctuation untouched', () => {
    const t = '（省经济和信息化委牵头）——“引进来”，提升 2025 年水平。';
    expect(escapeMdxText(t)).toBe(t);
  });
});

describe('yamlValue', () => {
  it('writes JSON, which is valid YAML', () => {
    expect(yamlValue('a: "b"')).toBe('"a: \\"b\\""');
    expect(yamlValue(['x', 1, null])).toBe('["x",1,null]');
  });
});
