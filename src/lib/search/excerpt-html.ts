/**
 * The one shape of HTML the site inserts in the browser: a search excerpt, which Pagefind builds
 * from escaped page text and <mark> around the matched words. The Trusted Types policy
 * (src/browser/search/trusted.ts) lets through only that shape; anything else is an injection.
 */

/** The name of the site's only Trusted Types policy, also listed in the CSP's trusted-types directive. */
export const EXCERPT_POLICY = 'excerpt';

export class UnsafeExcerptError extends Error {
  constructor(reason: string, html: string) {
    super(`excerpt refused (${reason}): ${html.length > 120 ? `${html.slice(0, 120)}…` : html}`);
    this.name = 'UnsafeExcerptError';
  }
}

// An entity reference as Pagefind escapes text (&amp; &lt; &gt; &quot; &#39; …), never a bare &.
const ENTITY = /^&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/;

/**
 * Returns `html` unchanged when it is escaped text with unnested, balanced <mark>…</mark> and
 * nothing else; throws UnsafeExcerptError otherwise (another tag, an attribute, a comment, a bare &).
 */
export function checkExcerptHtml(html: string): string {
  let open = false;
  // Stryker disable next-line EqualityOperator: one step past the end reads undefined, which only advances i.
  for (let i = 0; i < html.length; ) {
    const c = html[i];
    if (c === '<') {
      if (html.startsWith('<mark>', i) && !open) {
        open = true;
        i += 6;
      } else if (html.startsWith('</mark>', i) && open) {
        open = false;
        i += 7;
      } else {
        throw new UnsafeExcerptError(`markup other than <mark> at ${i}`, html);
      }
    } else if (c === '&') {
      const m = ENTITY.exec(html.slice(i, i + 40));
      if (!m) throw new UnsafeExcerptError(`unescaped & at ${i}`, html);
      i += m[0].length;
    } else {
      i++;
    }
  }
  if (open) throw new UnsafeExcerptError('unclosed <mark>', html);
  return html;
}
