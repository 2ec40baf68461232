/**
 * The Word reader under fuzzing: cut and corrupted archives, and corrupted XML inside a sound
 * archive, from the fixtures made with LibreOffice. Each case must give a model the schema
 * accepts or a ReadError naming the file; any other exception, or a hang, fails. Fixed seeds, so
 * a run is reproducible. Kept apart from docx.test.ts so that mutation testing can leave it out
 * (vitest.config.ts), as it does the converter's fuzzing run.
 */
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, it } from 'vitest';
import { ReadError } from '../../../src/lib/model/errors.ts';
import { ReadDocumentSchema } from '../../../src/lib/model/schemas/document.ts';
import { readDocx } from '../../../src/lib/read/docx.ts';
import { fixtureBytes } from '../../support/plans.ts';

describe('the Word reader under fuzzing', () => {
  /** The property: a model the schema accepts, or a ReadError; never another exception. */
  function holds(bytes: Uint8Array): boolean {
    try {
      ReadDocumentSchema.parse(readDocx(bytes, 'fuzz.docx'));
      return true;
    } catch (error) {
      if (error instanceof ReadError && error.message.startsWith('fuzz.docx:')) return true;
      throw error;
    }
  }

  it('gives a model or a ReadError for cut and corrupted archives', () => {
    const sources = [fixtureBytes('formats/docx-layout.docx'), fixtureBytes('formats/docx-numbering.docx')];
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
        fc.option(fc.nat()),
        (source, flips, cut) => {
          const bytes = source.slice(0, cut === null ? source.length : cut % (source.length + 1));
          for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
          return holds(bytes);
        },
      ),
      { numRuns: 300, seed: 20261207 },
    );
  }, 60_000);

  it('gives a model or a ReadError for corrupted XML inside a sound archive', () => {
    const parts = unzipSync(fixtureBytes('formats/docx-layout.docx'));
    const names = Object.keys(parts).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.nat({ max: 200 }), fc.string({ maxLength: 12 }), (name, at, length, insert) => {
        const xml = new TextDecoder().decode(parts[name]);
        const start = at % (xml.length + 1);
        const changed = { ...parts, [name]: strToU8(xml.slice(0, start) + insert + xml.slice(start + length)) };
        return holds(zipSync(changed, { level: 0 }));
      }),
      { numRuns: 200, seed: 20261208 },
    );
  }, 60_000);
});
