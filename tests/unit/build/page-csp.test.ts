import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, pageOwnCsp } from '../../../src/lib/build/page-csp.ts';

const sha = (s: string) => createHash('sha256').update(s).digest('base64');
const RUN = 'document.body.dataset.on="1"';
const STYLE = 'p{color:red}';
const OTHER = 'console.log("another page")';

const page = (body: string, hashes: string[]) =>
  `<!DOCTYPE html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.filter((h) => h !== sha(STYLE)).map((h) => `'sha256-${h}'`).join(' ')}; style-src 'self' 'sha256-${sha(STYLE)}';"></head><body>${body}</body></html>`;

describe('each page names only its own inline code in its policy (page-csp.ts)', () => {
  it('hashes inline scripts and styles, not external scripts or JSON-LD', () => {
    const html = `<script type="module">${RUN}</script><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script><style>${STYLE}</style>`;
    expect(inlineHashes(html)).toEqual(new Set([sha(RUN), sha(STYLE)]));
  });

  it('keeps the hashes of the page\'s own scripts and drops the others, every other source as it was', () => {
    const html = page(`<script type="module">${RUN}</script>`, [sha(RUN), sha(OTHER)]);
    const out = pageOwnCsp(html);
    const policy = /content="([^"]*)"/.exec(out)![1];
    expect(policy).toBe(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-${sha(RUN)}'; style-src 'self';`);
    expect(out.replace(policy, '')).toBe(html.replace(/content="[^"]*"/, 'content=""'));
  });

  it('a page without inline code keeps only its sources; a page without a policy is unchanged', () => {
    expect(/content="([^"]*)"/.exec(pageOwnCsp(page('<p>正文</p>', [sha(OTHER)])))![1]).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';");
    const plain = `<html><body><script>${RUN}</script></body></html>`;
    expect(pageOwnCsp(plain)).toBe(plain);
  });

  it('a script whose text differs by one character is not the page\'s', () => {
    const out = pageOwnCsp(page(`<script type="module">${RUN};</script>`, [sha(RUN)]));
    expect(out).not.toContain(sha(RUN));
  });
});
