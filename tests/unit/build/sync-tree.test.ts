import { describe, expect, it } from 'vitest';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syncTree } from '../../../scripts/build-merge.ts';
import { placeTree } from '../../../src/lib/build/place.ts';

/** A folder of files, from a map of relative paths to contents. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tree-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe('syncTree (dist/ from cache entries, in place)', () => {
  it('makes the target hold exactly the sources\' files, a later source winning, as hard links', () => {
    const a = tree({ 'p/index.html': 'a', '_astro/x.css': 'css' });
    const b = tree({ 'index.html': 'home', '_astro/x.css': 'css (library)' });
    const to = join(mkdtempSync(join(tmpdir(), 'sync-')), 'dist');
    expect(syncTree([a, b], to)).toEqual({ linked: 3, removed: 0 });
    expect(readFileSync(join(to, 'p/index.html'), 'utf8')).toBe('a');
    expect(readFileSync(join(to, '_astro/x.css'), 'utf8')).toBe('css (library)');
    expect(statSync(join(to, 'p/index.html')).ino).toBe(statSync(join(a, 'p/index.html')).ino);
  });

  it('leaves the right links alone, relinks the others, removes what no source has, never writes into a file', () => {
    const old = tree({ 'p/index.html': 'old page' });
    const cached = tree({ 'p/index.html': 'new page', 'q/index.html': 'q' });
    const to = tree({ 'stray/index.html': 's', 'p/gone.txt': 'g' });
    placeTree(old, to);
    // q/index.html is already the cache's file; p/index.html is a link to an older entry.
    linkSync(join(cached, 'q/index.html'), join(to, 'q.tmp'));
    mkdirSync(join(to, 'q'));
    linkSync(join(cached, 'q/index.html'), join(to, 'q/index.html'));
    expect(syncTree([cached], to)).toEqual({ linked: 1, removed: 2 });
    expect(readFileSync(join(to, 'p/index.html'), 'utf8')).toBe('new page');
    // The older entry's file is untouched: the link was replaced, not written through.
    expect(readFileSync(join(old, 'p/index.html'), 'utf8')).toBe('old page');
    expect(existsSync(join(to, 'stray'))).toBe(false);
    expect(existsSync(join(to, 'p/gone.txt'))).toBe(false);
    expect(existsSync(join(to, 'q.tmp'))).toBe(false);
  });
});
