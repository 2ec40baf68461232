import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../../src/lib/search/question-words.ts';

describe('parseQuestion, one rule at a time', () => {
  it('punctuation separates words like a space does', () => {
    // Without the comma read as a space, "leads" and "steel" would run together into one word.
    expect(parseQuestion('who leads,steel')).toEqual({ topic: 'steel', question: true });
    expect(parseQuestion('谁牵头，质量')).toEqual({ topic: '质量', question: true });
  });

  it('runs of spaces count as one, so English phrases are still recognised', () => {
    expect(parseQuestion('who   leads  steel')).toEqual({ topic: 'steel', question: true });
    expect(parseQuestion('steel:  who   leads')).toEqual({ topic: 'steel', question: true });
  });

  it('upper-case English phrasings are recognised and the topic keeps its letters', () => {
    expect(parseQuestion('WHO LEADS MES')).toEqual({ topic: 'MES', question: true });
  });

  it('管 / 管理 / 抓 at the start of a word are removed only right after an asker (谁管X)', () => {
    expect(parseQuestion('谁管安全生产')).toEqual({ topic: '安全生产', question: true });
    expect(parseQuestion('谁抓质量')).toEqual({ topic: '质量', question: true });
    // Before the asker, a topic that starts with 管理 keeps it.
    expect(parseQuestion('管理制度谁负责')).toEqual({ topic: '管理制度', question: true });
    expect(parseQuestion('管道由谁负责')).toEqual({ topic: '管道', question: true });
  });

  it('管 standing as a word of its own is removed wherever it is', () => {
    expect(parseQuestion('质量 管 谁')).toEqual({ topic: '质量', question: true });
    expect(parseQuestion('谁 管 质量')).toEqual({ topic: '质量', question: true });
  });
});
