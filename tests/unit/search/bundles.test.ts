import { describe, expect, it } from 'vitest';
import { planBundle, SITE_BUNDLE } from '../../../src/lib/search/bundles.ts';

describe('Pagefind bundle paths', () => {
  it('the whole site is searched from /pagefind/, where the Pagefind CLI writes by default', () => {
    expect(SITE_BUNDLE).toBe('/pagefind/');
  });

  it('each plan has its own bundle under /pagefind/plans/<plan>/, a directory the loader appends pagefind.js to', () => {
    expect(planBundle('liaoning-2015-24')).toBe('/pagefind/plans/liaoning-2015-24/');
    expect(new URL('pagefind.js', `https://x.test${planBundle('a')}`).pathname).toBe('/pagefind/plans/a/pagefind.js');
    expect(planBundle('a')).not.toBe(planBundle('b'));
  });
});
