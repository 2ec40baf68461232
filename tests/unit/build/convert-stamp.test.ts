import { beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { conversionIsCurrent, generatedKey, inputsKey, STAMP_FILE, writeStamp, type ConvertInputs } from '../../../src/lib/build/convert-stamp.ts';

/** A project of its own: the script with what it imports, sources with a sidecar, a generated folder, a redirects file. */
let dir = '';
let input: ConvertInputs;
let generated = '';
const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'convert-stamp-'));
  write(join(dir, 'scripts/convert.ts'), "import { x } from '../src/lib/convert/index.ts';\n");
  write(join(dir, 'src/lib/convert/index.ts'), "export const x = 1;\nexport const read = () => import('../read/pdf.ts');\n");
  write(join(dir, 'src/lib/read/pdf.ts'), 'export const y = 1;');
  write(join(dir, 'src/lib/site/page.ts'), 'export const page = 1;');
  write(join(dir, 'package-lock.json'), '{}');
  write(join(dir, 'sources/a.txt'), '甲');
  write(join(dir, 'sources/a.notes.json'), '[]');
  write(join(dir, 'sources/b.txt'), '乙');
  generated = join(dir, 'generated');
  write(join(generated, 'a/plan.json'), '{}');
  write(join(dir, 'redirects.json'), '{}');
  input = { root: dir, sourceFiles: [], sourcesDir: join(dir, 'sources'), redirectsFile: join(dir, 'redirects.json'), cwd: dir };
});

describe('the inputs\' key of a conversion', () => {
  it('is the same while nothing the script reads changed', () => {
    expect(inputsKey(input)).toBe(inputsKey({ ...input }));
  });

  it('changes with the script, what it imports (statically or not), the lockfile, a source, a sidecar, a new source and the redirects', () => {
    const changes: [string, () => void][] = [
      ['script', () => write(join(dir, 'scripts/convert.ts'), "import { x } from '../src/lib/convert/index.ts';\n// changed\n")],
      ['imported', () => write(join(dir, 'src/lib/convert/index.ts'), "export const x = 2;\nexport const read = () => import('../read/pdf.ts');\n")],
      ['imported dynamically', () => write(join(dir, 'src/lib/read/pdf.ts'), 'export const y = 2;')],
      ['lockfile', () => write(join(dir, 'package-lock.json'), '{"a":1}')],
      ['source', () => write(join(dir, 'sources/b.txt'), '乙丙')],
      ['sidecar', () => write(join(dir, 'sources/a.notes.json'), '[{}]')],
      ['new source', () => write(join(dir, 'sources/c.txt'), '丙')],
      ['redirects', () => write(join(dir, 'redirects.json'), '{"a":1}')],
    ];
    for (const [what, change] of changes) {
      const key = inputsKey(input);
      change();
      expect(inputsKey(input), what).not.toBe(key);
    }
  });

  it('does not change with code the script does not import, nor with where the checkout lives', () => {
    const key = inputsKey(input);
    write(join(dir, 'src/lib/site/page.ts'), 'export const page = 2;');
    expect(inputsKey(input)).toBe(key);
    const moved = `${dir}-moved`;
    rmSync(moved, { recursive: true, force: true });
    mkdirSync(moved);
    for (const f of ['scripts/convert.ts', 'src/lib/convert/index.ts', 'src/lib/read/pdf.ts', 'package-lock.json', 'sources/a.txt', 'sources/a.notes.json', 'sources/b.txt', 'redirects.json']) write(join(moved, f), readFileSync(join(dir, f), 'utf8'));
    expect(inputsKey({ root: moved, sourceFiles: [], sourcesDir: join(moved, 'sources'), redirectsFile: join(moved, 'redirects.json'), cwd: moved })).toBe(key);
  });

  it('with the files given, follows them and the sidecars beside them, not the other sources', () => {
    const given = { ...input, sourceFiles: [join(dir, 'sources/a.txt')] };
    const key = inputsKey(given);
    write(join(dir, 'sources/b.txt'), '乙丙');
    expect(inputsKey(given)).toBe(key);
    write(join(dir, 'sources/a.notes.json'), '[{}]');
    expect(inputsKey(given)).not.toBe(key);
    expect(inputsKey({ ...given, sourceFiles: [join(dir, 'sources/b.txt')] })).not.toBe(inputsKey(given));
    expect(inputsKey(given)).not.toBe(inputsKey(input));
  });
});

describe('the record in the generated folder', () => {
  it('is current once written, for those inputs only, and leaves itself out of the generated key', () => {
    expect(conversionIsCurrent(generated, input)).toBe(false);
    const before = generatedKey(generated);
    writeStamp(generated, input);
    expect(readFileSync(join(generated, STAMP_FILE), 'utf8')).toContain(before);
    expect(generatedKey(generated)).toBe(before);
    expect(conversionIsCurrent(generated, input)).toBe(true);
    expect(conversionIsCurrent(generated, { ...input, sourceFiles: [join(dir, 'sources/a.txt')] })).toBe(false);
  });

  it('is no longer current once a generated file is edited, added or removed, or a source changed', () => {
    const changes: [string, () => void][] = [
      ['edited', () => write(join(generated, 'a/plan.json'), '{"x":1}')],
      ['added', () => write(join(generated, 'b/plan.json'), '{}')],
      ['removed', () => rmSync(join(generated, 'a/plan.json'))],
      ['source', () => write(join(dir, 'sources/a.txt'), '甲乙')],
    ];
    for (const [what, change] of changes) {
      writeStamp(generated, input);
      expect(conversionIsCurrent(generated, input), what).toBe(true);
      change();
      expect(conversionIsCurrent(generated, input), what).toBe(false);
    }
  });
});
