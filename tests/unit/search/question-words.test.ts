import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { ASKERS, LINKS, NOUNS, parseQuestion, TOPIC_VERBS, VERBS } from '../../../src/lib/search/question-words.ts';

/** [query as a reader types it, the topic it asks about]. */
const QUESTIONS: [string, string][] = [
  // The issue's own examples.
  ['谁牵头 质量', '质量'],
  ['创新平台由哪个部门负责', '创新平台'],
  ['谁负责绿色制造？', '绿色制造'],
  ['计量归哪个部门管', '计量'],
  // 谁牵头X / X谁负责
  ['谁牵头技术改造', '技术改造'],
  ['谁牵头两化融合?', '两化融合'],
  ['技术改造谁负责', '技术改造'],
  ['技术改造 谁负责？', '技术改造'],
  ['产业联盟谁牵头', '产业联盟'],
  ['谁来管淘汰落后产能', '淘汰落后产能'],
  // X由哪个部门负责/牵头
  ['绿色制造由哪个部门牵头', '绿色制造'],
  ['节能降耗由哪些部门负责？', '节能降耗'],
  ['品牌建设由什么部门负责', '品牌建设'],
  ['央地合作由哪个单位牵头', '央地合作'],
  // 哪个部门负责X
  ['哪个部门负责质量', '质量'],
  ['哪个部门负责工业设计？', '工业设计'],
  ['哪些部门负责产业布局', '产业布局'],
  ['哪一个部门牵头开放合作', '开放合作'],
  // X归哪个部门管
  ['节能归哪个部门管？', '节能'],
  ['质量监管归谁管', '质量监管'],
  ['计量归哪个部门管理', '计量'],
  // 谁来推进 / 由谁落实 / 谁来抓 / 谁在管: the verb after the asker is not part of the topic.
  ['光伏产业谁来推进', '光伏产业'],
  ['质量品牌由谁落实', '质量品牌'],
  ['节能减排谁来抓', '节能减排'],
  ['谁在管融资', '融资'],
  ['谁来负责新材料', '新材料'],
  ['新材料发展由谁主导', '新材料发展'],
  ['人才培养谁负责落实', '人才培养'],
  ['谁推动产业联盟', '产业联盟'],
  ['船舶哪个单位管', '船舶'],
  // X找哪个部门/找谁
  ['融资找哪个部门', '融资'],
  ['技术中心认定找谁？', '技术中心认定'],
  ['企业技术中心应该找哪个部门', '企业技术中心'],
  // X的主管部门 / 负责X的部门
  ['轴承的主管部门', '轴承'],
  ['两化融合的主管部门是哪个', '两化融合'],
  ['负责节能降耗的部门', '节能降耗'],
  ['负责品牌建设的单位是哪个？', '品牌建设'],
  // X 牵头部门/牵头单位/责任单位
  ['技术创新 牵头部门', '技术创新'],
  ['技术创新牵头单位', '技术创新'],
  ['产业集聚 责任单位', '产业集聚'],
  ['质量品牌 配合部门', '质量品牌'],
  ['两化融合的牵头部门是谁', '两化融合'],
  // X是哪个部门的事
  ['淘汰落后产能是哪个部门的事', '淘汰落后产能'],
  ['央企合作是谁的事？', '央企合作'],
  // a department as the topic
  ['省质监局负责什么', '省质监局'],
  ['省质监局 负责哪些任务', '省质监局'],
  ['省科技厅牵头什么', '省科技厅'],
  ['省工商局管什么？', '省工商局'],
  // full-width letters and punctuation, spaces anywhere
  ['ＭＥＳ谁负责？', 'MES'],
  ['  谁  负责   MES  ', 'MES'],
  ['请问，技术创新由哪个部门负责呢？', '技术创新'],
  // traditional characters (the topic stays as typed: the search converts it)
  ['誰牽頭 質量', '質量'],
  ['綠色製造由哪個部門負責', '綠色製造'],
  ['計量歸哪個部門管', '計量'],
  ['哪個部門負責技術創新', '技術創新'],
  ['兩化融合的主管部門', '兩化融合'],
  ['技術改造 牽頭單位', '技術改造'],
  // English
  ['who leads 质量', '质量'],
  ['Who leads quality?', 'quality'],
  ['which department is responsible for 绿色制造', '绿色制造'],
  ['Which department handles MES?', 'MES'],
  ['who is in charge of 两化融合', '两化融合'],
  ['who is responsible for energy saving', 'energy saving'],
  ['绿色制造: who leads?', '绿色制造'],
];

/** Topics alone: no question words, the query is the topic unchanged. */
const TOPICS = ['重点任务与分工', '技术创新', '质量管理', '质量监管', '管道', '绿色制造', '盘锦 石化', '沈阳 机器人', 'MES', '负责', '中国制造2025'];

describe('parseQuestion', () => {
  it(`reads the topic of ${QUESTIONS.length} phrasings`, () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
    const wrong = QUESTIONS.map(([q, want]) => ({ q, want, p: parseQuestion(q) })).filter(({ want, p }) => p.topic !== want || !p.question).map(({ q, p }) => `${q} → ${p.topic} (${p.question})`);
    expect(wrong).toEqual([]);
  });

  it('leaves a query that is only a topic as it is, and says it is not a question', () => {
    for (const q of TOPICS) expect(parseQuestion(q), q).toEqual({ topic: q, question: false });
  });

  it('keeps a verb that ends a topic (监管, 管理) when a question word is removed elsewhere', () => {
    expect(parseQuestion('质量管理谁负责').topic).toBe('质量管理');
    expect(parseQuestion('谁负责质量监管').topic).toBe('质量监管');
  });

  it('gives no topic when the query holds only question words', () => {
    for (const q of ['谁牵头', '哪个部门负责？', '牵头部门', 'who leads?']) expect(parseQuestion(q), q).toEqual({ topic: '', question: true });
  });

  it('lists the traditional form of every simplified question word that has one', () => {
    const t = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const missing: string[] = [];
    for (const list of [ASKERS, NOUNS, VERBS, TOPIC_VERBS, LINKS]) for (const w of list) if (t(w) !== w && !list.includes(t(w))) missing.push(`${w} → ${t(w)}`);
    expect(missing).toEqual([]);
  });
});

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

  it('a one-character link that starts a topic stays: removed at a word start only right after an asker', () => {
    // 要素保障 lost its 要 (and 了解市场 its 了) when every link was removed at either end.
    expect(parseQuestion('要素保障谁负责')).toEqual({ topic: '要素保障', question: true });
    expect(parseQuestion('谁负责要素保障')).toEqual({ topic: '要素保障', question: true });
    expect(parseQuestion('要素市场由谁推进')).toEqual({ topic: '要素市场', question: true });
    expect(parseQuestion('了解市场需求谁负责')).toEqual({ topic: '了解市场需求', question: true });
    // Right after the asker it is still the link it is.
    expect(parseQuestion('谁是质量的牵头部门')).toEqual({ topic: '质量', question: true });
    expect(parseQuestion('谁的质量')).toEqual({ topic: '质量', question: true });
    // Two-character links and verbs are removed at a start as before, and links at the end too.
    expect(parseQuestion('请问质量由谁负责')).toEqual({ topic: '质量', question: true });
    expect(parseQuestion('负责质量的是哪个部门')).toEqual({ topic: '质量', question: true });
  });

  it('管 standing as a word of its own is removed wherever it is', () => {
    expect(parseQuestion('质量 管 谁')).toEqual({ topic: '质量', question: true });
    expect(parseQuestion('谁 管 质量')).toEqual({ topic: '质量', question: true });
  });
});
