import { describe, expect, it } from 'vitest';
import { citationText, firstSentence, nearestPages, returnAddress, sourceAnchor, sourceParagraph } from '../../../src/lib/site/views/source.ts';
import type { OutlineNode, Part } from '../../../src/lib/model/schema.ts';

const heading = (title: string, sentence = false) => ({ marker: '（一）', title, terminator: sentence ? '。' : '', sentence, entities: [] });
const para = (id: string, text: string) => ({ type: 'paragraph', id, text, marks: [], mentions: [], entities: [] });
const node = (id: string, extra: object) => ({ id, number: 1, kind: 'section', heading: heading('标题'), blocks: [], children: [], ...extra }) as unknown as OutlineNode;

describe('sourceParagraph', () => {
  it('is the first paragraph of the node', () => {
    expect(sourceParagraph(node('p3-3', { blocks: [{ type: 'departments', id: 'p3-3-dept', text: '省甲局牵头' }, para('p3-3-b1', '第一句。'), para('p3-3-b2', '第二句。')] }))).toEqual({ id: 'p3-3-b1', text: '第一句。' });
  });
  it('is the node itself when its heading is a whole sentence', () => {
    expect(sourceParagraph(node('p2-1-1-c1', { heading: heading('重点推进项目建设', true), blocks: [para('x', '后文。')] }))).toEqual({ id: 'p2-1-1-c1', text: '（一）重点推进项目建设。' });
  });
  it('looks into the children in document order when the node has no paragraph, and falls back to its heading', () => {
    const child = node('p2-1-1', { kind: 'item', blocks: [para('p2-1-1-b1', '子项第一句。')] });
    expect(sourceParagraph(node('p2-1', { children: [node('p2-1-0', { kind: 'item' }), child] })).id).toBe('p2-1-1-b1');
    expect(sourceParagraph(node('p4', {}))).toEqual({ id: 'p4', text: '标题' });
  });
  it('takes the first paragraph of a 专栏 box', () => {
    expect(sourceParagraph(node('p1', { blocks: [{ type: 'box', id: 'p1-box1', blocks: [para('p1-box1-b1', '专栏文字。')] }] })).id).toBe('p1-box1-b1');
  });
});

describe('citationText', () => {
  it('names the issuer, plan, 文号, date, the place in the plan and the address', () => {
    expect(citationText({ issuer: '辽宁省人民政府', planTitle: '某方案', docNumber: '辽政发〔2015〕24号', issued: '2015年7月27日', section: ['重点任务与分工', '（三）促进两化深度融合'], address: 'https://x.org/p/tasks/p3-3/' }))
      .toBe('辽宁省人民政府《某方案》（辽政发〔2015〕24号，2015年7月27日印发），重点任务与分工 › （三）促进两化深度融合。https://x.org/p/tasks/p3-3/');
  });
  it('leaves out what the text does not print', () => {
    expect(citationText({ issuer: null, planTitle: '某方案', docNumber: null, issued: null, section: [], address: '/p/' })).toBe('《某方案》。/p/');
    expect(citationText({ issuer: null, planTitle: '某方案', docNumber: null, issued: '2020年1月2日', section: ['总则'], address: '/p/' })).toBe('《某方案》（2020年1月2日印发），总则。/p/');
  });
});

describe('firstSentence', () => {
  it('ends at the first full stop, question mark or semicolon', () => {
    expect(firstSentence('推进两化融合。加快发展。')).toBe('推进两化融合。');
    expect(firstSentence('一是甲；二是乙。')).toBe('一是甲；');
  });
  it('cuts a long sentence with an ellipsis, and keeps a text without a stop', () => {
    expect(firstSentence('甲乙丙丁戊己。', 4)).toBe('甲乙丙…');
    expect(firstSentence('没有句号')).toBe('没有句号');
  });
});

describe('sourceAnchor', () => {
  it('is the node itself, not its first paragraph: the jump lands on the heading and 原文 marks its passage', () => {
    expect(sourceAnchor(node('p3-3', { blocks: [para('p3-3-b1', '第一句。')] }))).toBe('p3-3');
  });
});

describe('nearestPages', () => {
  it('gives every node the nearest page at or above it, and none to a node with no page above', () => {
    const clause = node('p2-1-1-c1', { kind: 'clause' });
    const item = node('p2-1-1', { kind: 'item', children: [clause] });
    const other = node('p1-1', {});
    const parts = [node('p1', { kind: 'part', children: [other] }), node('p2', { kind: 'part', children: [node('p2-1', { children: [item] })] })] as unknown as Part[];
    const pages = new Map([['p2', 'part 2'], ['p2-1-1', 'sector']]);
    const near = nearestPages(parts, pages);
    expect(near.get('p2')).toBe('part 2');
    expect(near.get('p2-1')).toBe('part 2');
    expect(near.get('p2-1-1')).toBe('sector');
    expect(near.get('p2-1-1-c1')).toBe('sector');
    expect(near.has('p1')).toBe(false);
    expect(near.has('p1-1')).toBe(false);
  });
});

describe('returnAddress', () => {
  const here = 'https://x.org/plan-a/plan/#p3-3';
  it('is the referring page of this site with its query and anchor', () => {
    expect(returnAddress('https://x.org/plan-a/tasks/p3-3/', here)).toBe('/plan-a/tasks/p3-3/');
    expect(returnAddress('https://x.org/search/?q=%E5%85%89%E4%BC%8F#r2', here)).toBe('/search/?q=%E5%85%89%E4%BC%8F#r2');
  });
  it('is null from another site, from nowhere, from 原文 itself or from an unreadable address', () => {
    expect(returnAddress('https://other.org/plan-a/tasks/p3-3/', here)).toBeNull();
    expect(returnAddress('http://x.org/plan-a/tasks/p3-3/', here)).toBeNull();
    expect(returnAddress('', here)).toBeNull();
    expect(returnAddress('https://x.org/plan-a/plan/#p1', here)).toBeNull();
    expect(returnAddress('not a url', here)).toBeNull();
  });
});
