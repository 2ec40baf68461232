import { describe, expect, it } from 'vitest';
import { answerData, AnswerFileSchema } from '../../../src/lib/site/answers/answer-data.ts';
import { readAnswerFile, writeAnswerFile } from '../../../src/lib/site/answers/answer-file.ts';
import { convertFixture } from '../../support/plans.ts';

const fixtureData = (file = 'answers-plan.txt') => answerData(convertFixture(file).model, { departments: [] });

describe('the answer file and the answer data', () => {
  it('reads back exactly what it wrote', () => {
    for (const file of ['answers-plan.txt', 'duty-lines-plan.txt']) {
      const d = fixtureData(file);
      expect(readAnswerFile(writeAnswerFile(d))).toEqual(d);
      // Through JSON too, as the browser reads it.
      expect(readAnswerFile(JSON.parse(JSON.stringify(writeAnswerFile(d))))).toEqual(d);
    }
  });

  it('writes the short keys of the file, in the file’s order, and nothing else', () => {
    const d = fixtureData();
    const f = writeAnswerFile(d);
    expect(AnswerFileSchema.strict().safeParse(f).success).toBe(true);
    const title = f.places.find((p) => p.ti === 1 && p.r?.length)!;
    expect(Object.keys(title)).toEqual(['a', 'p', 't', 'ti', 'r']);
    const head = f.places.find((p) => p.hd)!;
    expect(Object.keys(head).at(-1)).toBe('hd');
    expect(Object.keys(f.pages.find((p) => p.s !== undefined)!)).toEqual(['h', 'n', 'k', 's']);
    expect(Object.keys(f.pages.find((p) => p.part)!)).toEqual(['h', 'n', 'k', 'part']);
    // A plan that prints 完成时限 (duty-lines-plan).
    const dated = writeAnswerFile(fixtureData('duty-lines-plan.txt')).resps.find((r) => r.dl)!;
    expect(Object.keys(dated).at(-1)).toBe('dl');
    expect(Object.keys(f)).toEqual(['v', 'plan', 'title', 'topics', 'departments', 'resps', 'pages', 'places', 'sectors']);
    expect(JSON.stringify(f)).not.toMatch(/"(anchor|isTitle|heads|deadline|href":"[^"]*","name)"/);
  });

  it('leaves out a key the data does not have, rather than writing it empty', () => {
    const d = fixtureData();
    const f = writeAnswerFile(d);
    const plain = f.places.find((p) => !p.ti && !p.r && !p.hd)!;
    expect(Object.keys(plain)).toEqual(['a', 'p', 't']);
  });
});
