import { beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { convertRunKey, stampRun, unchangedSinceLastRun, type ConvertInputs } from '../../../src/lib/build/convert-stamp.ts';

/** A project of its own: code, sources with a sidecar, a generated folder, a redirects file. */
let dir = '';
let input: ConvertInputs;
const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'convert-stamp-'));
  write(join(dir, 'src/lib/convert/index.ts'), 'export const x = 1;');
  write(join(dir, 'scripts/convert.ts'), '// the script');
  write(join(dir, 'package-lock.json'), '{}');
  write(join(dir, 'sources/a.txt'), '甲');
  write(join(dir, 'sources/a.notes.json'), '[]');
  write(join(dir, 'sources/b.txt'), '乙');
  write(join(dir, 'generated/a/plan.json'), '{}');
  write(join(dir, 'redirects.json'), '{}');
  input = { root: dir, sourceFiles: [], sourcesDir: join(dir, 'sources'), generatedDir: join(dir, 'generated'), redirectsFile: join(dir, 'redirects.json'), cwd: dir };
});

describe('the convert stage\'s key (a build skips the stage while it is the stamped one)', () => {
  it('is the same while nothing it reads or wrote changed', () => {
    expect(convertRunKey(input)).toBe(convertRunKey({ ...input }));
  });

  it('changes with the converter\'s code, a source, a sidecar, a generated file, the redirects or the working directory', () => {
    const before = convertRunKey(input);
    const changes: [string, () => void][] = [
      ['code', () => write(join(dir, 'src/lib/convert/index.ts'), 'export const x = 2;')],
      ['script', () => write(join(dir, 'scripts/convert.ts'), '// changed')],
      ['source', () => write(join(dir, 'sources/b.txt'), '乙丙')],
      ['sidecar', () => write(join(dir, 'sources/a.notes.json'), '[{}]')],
      ['new source', () => write(join(dir, 'sources/c.txt'), '丙')],
      ['generated file edited', () => write(join(dir, 'generated/a/plan.json'), '{"x":1}')],
      ['generated file removed', () => rmSync(join(dir, 'generated/a/plan.json'))],
      ['redirects', () => write(join(dir, 'redirects.json'), '{"a":1}')],
    ];
    for (const [what, change] of changes) {
      const key = convertRunKey(input);
      change();
      expect(convertRunKey(input), what).not.toBe(key);
    }
    expect(convertRunKey({ ...input, cwd: tmpdir() })).not.toBe(convertRunKey(input));
    expect(convertRunKey(input)).not.toBe(before);
  });

  it('with the files given, follows them and the sidecars beside them, not the other sources', () => {
    const given = { ...input, sourceFiles: [join(dir, 'sources/a.txt')] };
    const key = convertRunKey(given);
    write(join(dir, 'sources/b.txt'), '乙丙');
    expect(convertRunKey(given)).toBe(key);
    write(join(dir, 'sources/a.notes.json'), '[{}]');
    expect(convertRunKey(given)).not.toBe(key);
    expect(convertRunKey({ ...given, sourceFiles: [join(dir, 'sources/b.txt')] })).not.toBe(convertRunKey(given));
  });

  it('is unchanged since the last run only once a run stamped it, and only for that key', () => {
    const cache = join(dir, 'cache');
    const key = convertRunKey(input);
    expect(unchangedSinceLastRun(cache, key)).toBe(false);
    stampRun(cache, key);
    expect(unchangedSinceLastRun(cache, key)).toBe(true);
    write(join(dir, 'sources/a.txt'), '甲乙');
    expect(unchangedSinceLastRun(cache, convertRunKey(input))).toBe(false);
  });
});
