/**
 * Text normalisation, in one place. The site never changes the text it shows; these are the forms
 * in which two pieces of text are compared when line breaks, spacing and letter case may differ.
 * (The converter's own line-level normalisation is part of its passes: src/lib/convert/.)
 */

/** Without whitespace or zero-width spaces (Pagefind's excerpts carry U+200B between words). */
export const squeeze = (s: string): string => s.replace(/[\s\u200B]+/g, '');

/** Squeezed and in lower case: how a query word is matched against a page's or a heading's text. */
export const matchable = (s: string): string => squeeze(s).toLowerCase();

/** Without whitespace only: how fidelity compares the model's text with its source character by character. */
export const withoutWhitespace = (s: string): string => s.replace(/\s+/gu, '');
