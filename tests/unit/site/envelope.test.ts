/**
 * The envelope lines 原文 shows around the text: before the document's own title they go with the
 * notice, after it they close the text. Lines and texts are read from the fixture files themselves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanModel } from '../../../src/lib/model/schema.ts';
import { envelopeLines, hasOwnTitle } from '../../../src/lib/site/views/envelope.ts';
import { convertFixture, fixtureText } from '../../support/plans.ts';

/** The 1-based line of the fixture that reads `text` (trimmed). */
const lineOf = (file: string, text: string) => fixtureText(file).split('\n').findIndex((l) => l.trim() === text) + 1;

let notice: PlanModel;
let opinion: PlanModel;
beforeAll(() => {
  notice = convertFixture('minimal-plan.txt').model;
  opinion = convertFixture('corpus/city-opinion.txt').model;
});

describe('envelopeLines', () => {
  it('a notice that issues a plan: （此件公开发布） above the plan goes with the notice, centred; 抄送 and 印发 close the text in printed order', () => {
    const { notice: before, closing } = envelopeLines(notice);
    expect(before).toEqual([{ id: 'publication-note', text: '(此件公开发布)', line: lineOf('minimal-plan.txt', '(此件公开发布)'), center: true }]);
    expect(closing.map((l) => [l.id, l.line, l.center])).toEqual([
      ['cc', lineOf('minimal-plan.txt', '抄送：市委各部门，市人大常委会办公厅，青川军分区。'), false],
      ['issuing-office', lineOf('minimal-plan.txt', '青川市人民政府办公厅'), false],
      ['issued-date', lineOf('minimal-plan.txt', '2020年3月1日印发'), false],
    ]);
    expect(closing.map((l) => l.text)).toEqual(['抄送：市委各部门，市人大常委会办公厅，青川军分区。', '青川市人民政府办公厅', '2020年3月1日印发']);
  });

  it('an opinion, which is its own title: the signature, its date and （此件公开发布） all close the text', () => {
    const F = 'corpus/city-opinion.txt';
    const { notice: before, closing } = envelopeLines(opinion);
    expect(before).toEqual([]);
    expect(closing).toEqual([
      { id: 'signer-1', text: '临江市人民政府', line: lineOf(F, '临江市人民政府'), center: false },
      { id: 'signed-date-1', text: '2020年5月20日', line: lineOf(F, '2020年5月20日'), center: false },
      { id: 'publication-note', text: '（此件公开发布）', line: lineOf(F, '（此件公开发布）'), center: true },
    ]);
  });

  it('without a plan title or preamble, the body starts at the first part: lines before it are the notice’s', () => {
    const bare = { ...opinion, preamble: [] };
    const { notice: before, closing } = envelopeLines(bare);
    expect(before).toEqual([]);
    expect(closing).toHaveLength(3);
    const nothing = { ...opinion, preamble: [], parts: [] };
    // No body at all: every line is before it.
    expect(envelopeLines(nothing).notice.map((l) => l.id)).toEqual(['signer-1', 'signed-date-1', 'publication-note']);
  });
});

describe('hasOwnTitle', () => {
  it('is true for a plan a notice issues, false for a document whose notice title is its title', () => {
    expect(hasOwnTitle(notice.meta)).toBe(true);
    expect(hasOwnTitle(opinion.meta)).toBe(false);
    expect(hasOwnTitle({ ...notice.meta, planTitleLine: null })).toBe(false);
  });
});
