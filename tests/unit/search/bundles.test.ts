import { describe, expect, it } from 'vitest';
import { inLibraryBundle } from '../../../src/lib/search/bundles.ts';
import { planBundle, SITE_BUNDLE } from '../../../src/lib/model/routes.ts';

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

describe('the library-wide bundle', () => {
  it('indexes reading pages and 原文, and leaves pages that repeat them to the plan bundles', () => {
    for (const p of ['a/tasks/p2-1/index.html', 'a/sectors/p2-1-1/index.html', 'a/measures/p4-1/index.html', 'a/parts/p1/index.html',
      'a/entities/e12/index.html', 'a/plan/index.html', 'a/attachments/a1/index.html']) {
      expect(inLibraryBundle(p), p).toBe(true);
    }
    for (const p of ['a/index.html', 'a/tasks/index.html', 'a/sectors/index.html', 'a/measures/index.html', 'a/entities/index.html',
      'a/departments/index.html', 'a/departments/graph/index.html', 'a/departments/sheng-ke-ji-ting/index.html', 'a/report/index.html', 'a/targets/index.html', 'a/indicators/index.html']) {
      expect(inLibraryBundle(p), p).toBe(false);
    }
  });

  it('keeps the pages of a plan whose id looks like a list name, and pages below a list', () => {
    expect(inLibraryBundle('tasks/tasks/p1/index.html')).toBe(true);
    expect(inLibraryBundle('x/tasks/report/index.html')).toBe(true);
  });
});
