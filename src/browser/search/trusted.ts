/// <reference types="trusted-types" />
/**
 * The site's only Trusted Types policy. The CSP requires Trusted Types for every HTML sink
 * (require-trusted-types-for 'script') and allows only this policy name, so the one place that
 * inserts HTML, a search excerpt, goes through checkExcerptHtml: escaped text with <mark>, nothing else.
 * A refused excerpt is reported on the console and shown as plain text.
 */
import { checkExcerptHtml, EXCERPT_POLICY } from '../../lib/search/excerpt-html.ts';

type Policy = { createHTML(input: string): TrustedHTML | string };

let policy: Policy | null = null;

function excerptPolicy(): Policy {
  if (policy) return policy;
  const tt = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  const rules = { createHTML: (input: string) => checkExcerptHtml(input) };
  // Browsers without Trusted Types still get the same check.
  policy = tt ? tt.createPolicy(EXCERPT_POLICY, rules) : rules;
  return policy;
}

/** Puts excerpt HTML into `target`; returns false (and reports) when the policy refuses it. */
export function setExcerptHtml(target: HTMLElement, html: string): boolean {
  let trusted: TrustedHTML | string;
  try {
    trusted = excerptPolicy().createHTML(html);
  } catch (e) {
    console.error(`[trusted-types] ${(e as Error).message}`);
    target.textContent = html;
    return false;
  }
  target.innerHTML = trusted as unknown as string;
  return true;
}
