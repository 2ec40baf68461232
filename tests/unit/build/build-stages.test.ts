import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stageTimes } from '../../../src/integrations/build-stages.ts';

describe('the build, declared once (src/integrations/build-stages.ts)', () => {
  it('reads the stage times a build printed among its other output; a stage that did not run is 0', () => {
    const stderr = ['conversion cache: 2 of 3 plans unchanged', 'stage convert: 1.25 s', 'stage og-images: 0.5 s', '05:52:11 [build] Complete!', 'stage compress: 3 s', 'not a stage search-index: 9 s'].join('\n');
    expect(stageTimes(stderr)).toEqual({ convert: 1.25, 'og-images': 0.5, 'search-index': 0, compress: 3 });
  });

  it('a stage that ran twice (the site compressed, then the search index) counts both times', () => {
    expect(stageTimes('stage compress: 1.5 s\nstage search-index: 0.75 s\nstage compress: 0.25 s\n').compress).toBe(1.75);
  });

  it('content collections wait for the conversion the build started beside Astro', () => {
    expect(readFileSync('src/content.config.ts', 'utf8')).toMatch(/^await conversion\(\);$/m);
  });

  it('npm run build is astro build alone, and the stages run after every other integration', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toBe('astro build');
    const config = readFileSync('astro.config.mjs', 'utf8');
    // build:done hooks run in the order of the list: the index and compression must see the
    // sitemap, robots.txt and redirect pages the others write.
    expect(config).toMatch(/integrations: \[[^\n]*, buildStages\(\)\],/);
  });

  it('the test site builder and the benchmarks run astro build, not the stages one by one', () => {
    for (const f of ['tests/support/e2e/build.ts', 'scripts/bench-scale.ts', 'scripts/bench.ts']) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/['"]scripts\/(convert|index-search|compress)\.ts['"]/);
    }
    expect(readFileSync('tests/support/e2e/build.ts', 'utf8')).toContain("'node_modules/astro/bin/astro.mjs', 'build'");
  });
});
