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

/** The error checkExcerptHtml throws for `html`, or null when it lets it through. */
function refusal(html: string): UnsafeExcerptError | null {
  try {
    checkExcerptHtml(html);
    return null;
  } catch (e) {
    if (e instanceof UnsafeExcerptError) return e;
    throw e;
  }
}

describe('checkExcerptHtml refusals tell the reader of the console what and where', () => {
  it('names the error and the offending markup with its offset', () => {
    const e = refusal('轴承<b>x</b>');
    expect(e?.name).toBe('UnsafeExcerptError');
    // "轴承" is two UTF-16 units, so the tag starts at 2.
    expect(e?.message).toBe('excerpt refused (markup other than <mark> at 2): 轴承<b>x</b>');
  });

  it('names an unescaped & with its offset, and an unclosed <mark>', () => {
    expect(refusal('a&b')?.message).toBe('excerpt refused (unescaped & at 1): a&b');
    expect(refusal('<mark>轴承')?.message).toBe('excerpt refused (unclosed <mark>): <mark>轴承');
  });

  it('quotes at most 120 characters of the excerpt, with … when it cut', () => {
    const at120 = `<i>${'甲'.repeat(117)}`;
    expect(at120).toHaveLength(120);
    expect(refusal(at120)?.message).toBe(`excerpt refused (markup other than <mark> at 0): ${at120}`);
    const long = `${at120}乙`;
    expect(refusal(long)?.message).toBe(`excerpt refused (markup other than <mark> at 0): ${at120}…`);
  });

  it('only </mark> closes an open <mark>: another tag inside it is refused', () => {
    expect(refusal('<mark>甲<i>乙丙丁戊己')?.message).toMatch(/^excerpt refused \(markup other than <mark> at 7\)/);
  });
});
