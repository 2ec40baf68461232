/**
 * HTML whitespace as a browser prints it: runs of ASCII whitespace are one space, except that a
 * line break in the source between two Chinese characters prints nothing (CSS Text's segment-break
 * rule for CJK; a space there would be a character the document never had). A no-break space
 * (&nbsp;) prints as a space and is never collapsed: portals space out words with runs of them
 * (主&nbsp;&nbsp;任：), and a copy of the page gives ordinary spaces there, one for each. Ideographic
 * spaces (U+3000) are characters of the text and stay. A paragraph's leading and trailing spacing
 * (indentation, padding after a date) is layout and is trimmed.
 */
const WIDE = String.raw`[\p{Script=Han}\u3000-\u303f\uff00-\uffef]`;
const CJK_BREAK = new RegExp(`(?<=${WIDE})[ \\t\\f]*[\\r\\n][ \\t\\n\\r\\f]*(?=${WIDE})`, 'gu');

export function collapse(raw: string): string {
  return raw.replace(CJK_BREAK, '').replace(/[ \t\n\r\f]+/g, ' ').replace(/\u00a0/g, ' ').trim();
}
