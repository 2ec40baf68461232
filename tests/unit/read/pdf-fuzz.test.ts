import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReadError } from '../../../src/lib/model/errors.ts';
import { ReadDocumentSchema } from '../../../src/lib/model/schemas/document.ts';
import { readPdf } from '../../../src/lib/read/pdf.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url)));

/** One case may take this long; past it the reader hangs. */
const CASE_MS = 15_000;

/** The outcome of reading: a valid document, or a ReadError; anything else fails the property. */
async function outcome(bytes: Uint8Array): Promise<'read' | 'refused'> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CASE_MS} ms`)), CASE_MS);
  });
  try {
    const doc = await Promise.race([readPdf(bytes, 'fuzz.pdf'), hang]);
    ReadDocumentSchema.parse(doc);
    return 'read';
  } catch (err) {
    if (err instanceof ReadError && err.message.startsWith('fuzz.pdf:p')) return 'refused';
    throw err;
  } finally {
    clearTimeout(timer);
  }
}

/** Truncation, and bytes overwritten at random places. */
function mutated(source: Uint8Array): fc.Arbitrary<Uint8Array> {
  const cut = fc.integer({ min: 0, max: source.length }).map((n) => source.slice(0, n));
  const flips = fc.array(fc.tuple(fc.integer({ min: 0, max: source.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 40 }).map((edits) => {
    const out = source.slice();
    for (const [at, byte] of edits) out[at] = byte;
    return out;
  });
  return fc.oneof(cut, flips);
}

describe('readPdf on truncated and corrupted bytes', () => {
  it('gives a document or a ReadError, never another exception, never a hang', async () => {
    const small = fixture('bad/encrypted.pdf');
    const scanned = fixture('bad/notext.pdf');
    const table = fixture('fenguan.pdf');
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(small), mutated(scanned)), async (bytes) => {
        seen.add(await outcome(bytes));
      }),
      { numRuns: 80, seed: 2025 },
    );
    await fc.assert(
      fc.asyncProperty(mutated(table), async (bytes) => {
        seen.add(await outcome(bytes));
      }),
      { numRuns: 10, seed: 7 },
    );
    expect(seen.has('refused')).toBe(true);
  }, 240_000);
});
