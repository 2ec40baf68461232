import { describe, expect, it } from 'vitest';
import { checkExcerptHtml, UnsafeExcerptError } from '../../../src/lib/search/excerpt-html.ts';

describe('checkExcerptHtml (the Trusted Types excerpt policy)', () => {
  it('lets through escaped text with <mark> unchanged', () => {
    for (const ok of [
      '',
      '重点发展<mark>精密轴承</mark>、高速列车轴承',
      '<mark>机器人</mark>和<mark>智能</mark>装备 &lt;script&gt; &amp; &quot;x&quot; &#39; &#x4E2D; a > b',
    ]) expect(checkExcerptHtml(ok)).toBe(ok);
  });

  it('refuses any other markup, attributes, comments and bare ampersands', () => {
    for (const bad of [
      '<img src=x onerror="alert(1)">',
      '轴承 <script>alert(1)</script>',
      '<mark onclick="x()">轴承</mark>',
      '<MARK>轴承</MARK>',
      '<mark>轴承',
      '轴承</mark>',
      '<mark><mark>轴承</mark></mark>',
      '<!-- x -->',
      '<svg/onload=alert(1)>',
      'a & b',
      '&amp',
      '<',
    ]) expect(() => checkExcerptHtml(bad), bad).toThrow(UnsafeExcerptError);
  });
});
