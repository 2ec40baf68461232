import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { temporaryName, writeCacheEntry } from '../../../src/lib/build/cache-write.ts';

const helper = new URL('../../../src/lib/build/cache-write.ts', import.meta.url).href;

/** Threads of one process (as compression runs) writing the same entry `times` times each. */
function writeFromThread(path: string, bytes: string, times: number): Promise<void> {
  const code = `const { workerData } = require('node:worker_threads');
    import(workerData.helper).then(({ writeCacheEntry }) => {
      for (let i = 0; i < workerData.times; i++) writeCacheEntry(workerData.path, workerData.bytes);
    });`;
  return new Promise((ok, fail) => {
    const w = new Worker(code, { eval: true, workerData: { helper, path, bytes, times } });
    w.on('error', fail);
    w.on('exit', (c) => (c === 0 ? ok() : fail(new Error(`worker exited with ${c}`))));
  });
}

describe('a cache entry written by several writers at once', { timeout: 60_000 }, () => {
  it('every write gets its own temporary name, beside the entry', () => {
    const entry = join(tmpdir(), 'x', 'abc.gz');
    const names = Array.from({ length: 100 }, () => temporaryName(entry));
    expect(new Set(names).size).toBe(100);
    for (const n of names) {
      expect(dirname(n)).toBe(dirname(entry));
      expect(n.startsWith(`${entry}.`)).toBe(true);
      expect(n.endsWith('.tmp')).toBe(true);
    }
  });

  it('eight threads writing the same entry 200 times each: no write fails, the entry is whole, no temporary file is left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-write-'));
    const entry = join(dir, 'same-key.br');
    const bytes = '同一内容'.repeat(5000);
    await Promise.all(Array.from({ length: 8 }, () => writeFromThread(entry, bytes, 200)));
    expect(readFileSync(entry, 'utf8')).toBe(bytes);
    expect(readdirSync(dir)).toEqual(['same-key.br']);
  });

  it('a write that cannot finish leaves no temporary file and says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cache-write-'));
    // The entry's name is a directory: the rename fails after the temporary file was written.
    const entry = join(dir, 'taken');
    mkdirSync(join(entry, 'inner'), { recursive: true });
    expect(() => writeCacheEntry(entry, 'bytes')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
  });
});
