import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeFile } from '../../../src/lib/build/place.ts';

describe('placeFile', () => {
  it('links the file (one inode on one file system) and replaces what is there without writing into it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'place-'));
    const [a, b, to] = ['a.br', 'b.br', 'out.br'].map((f) => join(dir, f));
    writeFileSync(a, '甲');
    writeFileSync(b, '乙');
    placeFile(a, to);
    expect(statSync(to).ino).toBe(statSync(a).ino);
    // `to` is a link to a: placing b there must leave a's bytes alone.
    placeFile(b, to);
    expect(readFileSync(to, 'utf8')).toBe('乙');
    expect(readFileSync(a, 'utf8')).toBe('甲');
    expect(statSync(to).ino).toBe(statSync(b).ino);
  });
});
