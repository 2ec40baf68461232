import { describe, expect, it } from 'vitest';
import { answerData, coreAnswerData, keywordAnswerData } from '../../../src/lib/site/answers/answer-data.ts';
import { departmentNamed, findAnswer, sectorCard } from '../../../src/lib/site/answers/answers.ts';
import { readAnswerFile, writeAnswerFile } from '../../../src/lib/site/answers/answer-file.ts';
import { readFileSync } from 'node:fs';
import { convertFixture, convertText, REAL_PLAN, realPlanNotes } from '../../support/plans.ts';

// The bundled plan (sectors with key terms, a co-ordinating body) and a fixture with 完成时限.
const plans = () => [coreAnswerData(answerData(convertText(readFileSync(REAL_PLAN, 'utf8'), 'liaoning-2015-24.txt', realPlanNotes()).model, { departments: [] })), coreAnswerData(answerData(convertFixture('duty-lines-plan.txt').model, { departments: [] }))];

describe('the answer data of a plain keyword (answers-keyword.json)', () => {
  it('drops the pages, the paragraphs and the co-ordinating body, and keeps the rest as it is', () => {
    for (const d of plans()) {
      const k = keywordAnswerData(d);
      expect(k.pages).toEqual([]);
      expect(k.places).toEqual([]);
      expect('coordination' in k).toBe(false);
      expect(k.departments).toEqual(d.departments);
      expect(k.resps).toEqual(d.resps);
      expect(k.sectors).toEqual(d.sectors);
      expect({ v: k.v, plan: k.plan, title: k.title, topics: k.topics }).toEqual({ v: d.v, plan: d.plan, title: d.title, topics: d.topics });
      // Written and read as the whole file is: the browser reads both with readAnswerFile.
      expect(readAnswerFile(JSON.parse(JSON.stringify(writeAnswerFile(k))))).toEqual(k);
    }
  });

  it('is a small part of the file', () => {
    const [d] = plans();
    expect(JSON.stringify(writeAnswerFile(keywordAnswerData(d))).length).toBeLessThan(JSON.stringify(writeAnswerFile(d)).length / 2);
  });

  it('gives every sector card and every department named as the whole file does', () => {
    let cards = 0;
    let named = 0;
    for (const d of plans()) {
      const k = keywordAnswerData(d);
      const keywords = [...new Set(d.sectors.flatMap((s) => [s.title, ...s.terms]))];
      for (const w of keywords) {
        const card = sectorCard(d, w);
        if (card) cards++;
        expect(sectorCard(k, w)).toEqual(card);
      }
      for (const name of d.departments.flatMap((x) => [x.name, ...x.alt])) {
        if (departmentNamed(d, name) !== null) named++;
        expect(departmentNamed(k, name)).toBe(departmentNamed(d, name));
        // The department card itself is read from the keyword data alone.
        expect(findAnswer(k, name)).toEqual(findAnswer(d, name));
      }
    }
    // Not a vacuous comparison: the bundled plan's sectors give cards, its departments are named.
    expect(cards).toBeGreaterThan(5);
    expect(named).toBeGreaterThan(10);
  });
});
