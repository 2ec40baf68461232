/**
 * Real documents are the test of the converter. The corpus run (npm run corpus) must stay as good
 * as its pinned baseline on every document, and what it reads must be true: the responsibilities of
 * four real State Council documents and of the form fixtures, checked by hand, are asserted here.
 * The shared corpus is read where it is (../shared/corpus, or POLICY_CORPUS_DIR); without it the
 * real-document tests are skipped and say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineEntry, convertCorpusFile, convertPublishedFile, corpusFiles, corpusName, fixtureCorpusDir, formatFixtureDir, publishedFiles, shapeOf, sharedCorpusDir, variantsOf, type BaselineEntry } from '../../../scripts/corpus-lib.ts';
import { convertPlan } from '../../../src/lib/convert/index.ts';
import { findNode } from '../../../src/lib/model/walk.ts';
import type { PlanModel } from '../../../src/lib/model/schema.ts';

const sharedFile = (name: string) => join(sharedCorpusDir(), name);
const hasShared = () => existsSync(sharedFile('gov-2019/g005.txt'));

function convert(path: string): PlanModel {
  const r = convertCorpusFile(path);
  if (r.status !== 'converted') throw new Error(r.error);
  return r.model;
}

/** Each assignment as names: where, leads, partners, rule. */
function named(model: PlanModel) {
  const name = new Map(model.departments.map((d) => [d.id, d.name]));
  return model.assignments.map((a) => {
    const node = findNode(model.parts, a.node)!;
    return {
      line: a.line,
      heading: node.heading.marker.trim() + node.heading.title,
      notation: a.notation,
      rule: a.leadRule,
      leads: a.leads.map((id) => name.get(id)),
      partners: a.partners.map((id) => name.get(id)),
      open: a.partnersOpenEnded,
      scope: a.scope,
    };
  });
}

describe('the corpus run against its pinned baseline', () => {
  it('converts every document it converted before, in every format, with no fewer responsibilities and no more unread lines', async () => {
    const baseline = JSON.parse(readFileSync(join(fixtureCorpusDir, 'baseline.json'), 'utf8')) as Record<string, BaselineEntry>;
    const published = new Set([...publishedFiles(sharedCorpusDir()), ...publishedFiles(formatFixtureDir)]);
    const files = [...corpusFiles(sharedCorpusDir()), ...corpusFiles(fixtureCorpusDir), ...published];
    if (!hasShared()) console.warn(`corpus.test: no shared corpus at ${sharedCorpusDir()}; checking the fixtures only`);
    const seen = new Set(files.map(corpusName));
    const worse: string[] = [];
    for (const [name, was] of Object.entries(baseline)) {
      if (!seen.has(name)) {
        // A fixture must be there; a shared document only where the shared corpus is.
        if (name.startsWith('corpus/') || name.startsWith('formats/')) worse.push(`${name}: missing`);
        continue;
      }
      const path = files.find((f) => corpusName(f) === name)!;
      const now = baselineEntry(published.has(path) ? await convertPublishedFile(path) : convertCorpusFile(path));
      if (was.status === 'converted' && now.status !== 'converted') worse.push(`${name}: now refused`);
      if (now.responsibilities < was.responsibilities) worse.push(`${name}: ${now.responsibilities} responsibilities, was ${was.responsibilities}`);
      if (now.unread > was.unread) worse.push(`${name}: ${now.unread} unread lines, was ${was.unread}`);
    }
    expect(worse).toEqual([]);
    // Every document of the run is pinned: a new one is added to the baseline with its figures.
    expect([...seen].filter((n) => !(n in baseline))).toEqual([]);
  }, 300_000);

  it('converts every real document of the shared corpus, none refused, with its text kept whole', () => {
    if (!hasShared()) return;
    for (const f of corpusFiles(sharedCorpusDir())) {
      const model = convert(f);
      expect(model.stats.modelCharacters, corpusName(f)).toBe(model.stats.sourceCharacters);
    }
  });
});

describe('hand-checked responsibilities of real documents (gov-2019)', () => {
  type Truth = { line: number; heading: string; rule: string; leads: string[]; partners: string[]; open: boolean };
  const truthFor = (doc: string): Truth[] => (JSON.parse(readFileSync(join(fixtureCorpusDir, 'truth-gov-2019.json'), 'utf8')) as Record<string, Truth[]>)[doc];

  for (const doc of ['g005', 'g009', 'g034', 'g039']) {
    it(`${doc}: every printed （…负责） is read where it is printed, with its lead, partners and rule`, () => {
      if (!hasShared()) return;
      const truth = truthFor(`gov-2019/${doc}.txt`);
      const got = named(convert(sharedFile(`gov-2019/${doc}.txt`))).filter((a) => a.notation === 'trailing-parenthesis');
      expect(got.map((a) => ({ line: a.line, rule: a.rule, leads: a.leads, partners: a.partners, open: a.open }))).toEqual(
        truth.map((t) => ({ line: t.line, rule: t.rule, leads: t.leads, partners: t.partners, open: t.open })),
      );
      got.forEach((a, k) => expect(a.heading.startsWith(truth[k].heading), `${a.heading} at line ${a.line}`).toBe(true));
    });
  }

  it('reads the lead rule where the document states it in its first parenthesis (下同), and the convention elsewhere', () => {
    if (!hasShared()) return;
    const source = (doc: string) => convert(sharedFile(`gov-2019/${doc}.txt`)).leadRule?.source;
    expect(['g005', 'g039', 'g009', 'g034'].map(source)).toEqual(['stated', 'stated', 'default', 'default']);
  });

  it('g034: a section with three parentheses gives each to its passage, none to the whole task', () => {
    if (!hasShared()) return;
    const model = convert(sharedFile('gov-2019/g034.txt'));
    const task = model.tasks.find((t) => t.title === '鼓励创新创业')!;
    expect(task.leads).toEqual([]);
    expect(named(model).filter((a) => a.line === 43).map((a) => [a.scope, a.leads])).toEqual([
      ['passage', ['市场监管总局']],
      ['passage', ['体育总局']],
      ['passage', ['体育总局']],
    ]);
  });

  it('g022 (a 函): 某部门会同某部门研究提出 sentences are read as printed, and a past action (已会同) is not', () => {
    if (!hasShared()) return;
    const got = named(convert(sharedFile('gov-2019/g022.txt')));
    expect(got.find((a) => a.line === 27)).toMatchObject({ notation: 'sentence', leads: ['发展改革委', '农业部'], partners: ['财政部'], open: true });
    expect(got.find((a) => a.line === 43)).toMatchObject({ notation: 'sentence', leads: ['国土资源部'], partners: ['民政部', '财政部', '水利部'], open: false });
    expect(got.some((a) => a.line === 61)).toBe(false);
  });

  it('reads each form of the corpus as the form it is', () => {
    if (!hasShared()) return;
    const form = (doc: string) => convert(sharedFile(`gov-2019/${doc}.txt`)).reading.form;
    // 意见, 通知 that 印发s a 方案, 转发, 批复, 复函, 通知 with measures, 函 that 印发s a 预案.
    expect(['g002', 'g008', 'g020', 'g014', 'g023', 'g036', 'g041'].map(form)).toEqual(['opinion', 'notice-plan', 'forward', 'reply', 'reply', 'notice', 'notice-plan']);
  });
});

describe('hand-checked form fixtures', () => {
  it('a PDF provincial plan: duty lines with their deadline and partner lines, a sentence, and the closing on one line', () => {
    const model = convert(join(fixtureCorpusDir, 'province-plan-pdf.txt'));
    expect(named(model).map((a) => [a.heading, a.notation, a.rule, a.leads, a.partners, a.open])).toEqual([
      ['1.推进企业内网改造', 'lead-partner-line', 'printed', ['省工业和信息化厅'], ['省通信管理局', '各市人民政府'], false],
      ['2.建设标识解析节点', 'lead-partner-line', 'printed', ['省工业和信息化厅'], ['省发展改革委', '省科技厅'], false],
      ['1.打造综合性平台', 'lead-partner-line', 'printed', ['省工业和信息化厅'], ['省财政厅', '省国资委'], false],
      ['2.发展行业平台', 'responsibility-line', 'first-listed', ['省工业和信息化厅'], ['省发展改革委', '各市人民政府'], false],
      ['（三）强化安全保障', 'lead-partner-line', 'printed', ['省委网信办'], ['省通信管理局', '省公安厅'], false],
      ['（一）加强组织领导', 'sentence', 'printed', ['省工业和信息化厅'], ['省发展改革委'], true],
    ]);
    expect(model.assignments[0].deadline).toBe('2022年底前');
    expect(model.meta).toMatchObject({ copyNumber: '000128', docNumber: '江政发〔2021〕7号', issuer: '江临省人民政府', planTitle: '江临省工业互联网创新发展实施方案', issuedDate: '2021-03-05' });
    expect(model.meta.signatures.map((s) => [s.signer?.text, s.isoDate])).toEqual([['江临省人民政府', '2021-03-02']]);
    // Running heads, the page numbers and the last page's bare number are furniture, each listed.
    const furniture = model.corrections.filter((c) => c.kind === 'page-furniture').map((c) => c.before);
    expect(furniture).toEqual(['江临省人民政府公报', '— 1 —', '江临省人民政府公报', '— 2 —', '江临省人民政府公报', '— 3 —', '6']);
    expect(model.reading.unread).toEqual([]);
  });

  it('a portal copy with a 分工表: every row is the responsibility of the task it names', () => {
    const model = convert(join(fixtureCorpusDir, 'province-table-portal.txt'));
    expect(model.reading.form).toBe('notice-plan');
    expect(named(model).map((a) => [a.heading, a.leads, a.partners])).toEqual([
      ['（一）培育新型消费', ['省商务厅'], ['省发展改革委', '省市场监管局']],
      ['（二）提升传统消费', ['省商务厅'], ['省工业和信息化厅', '省财政厅']],
      ['（三）改善消费环境', ['省市场监管局'], ['省商务厅']],
    ]);
    expect(model.assignments.map((a) => a.deadline)).toEqual(['2023年底前', '持续推进', '2022年底前']);
    // A portal copy prints no 抄送 or 印发 line and is complete.
    expect(model.meta.cc).toBeNull();
    expect(model.meta.signatures[0].isoDate).toBe('2022-06-08');
  });

  it('a 实施意见: levels as printed, every parenthesis notation, and the notice title as the document title', () => {
    const model = convert(join(fixtureCorpusDir, 'city-opinion.txt'));
    expect(model.reading.form).toBe('opinion');
    expect(model.meta.planTitle).toBe('临江市人民政府关于加快发展现代物流业的实施意见');
    expect(named(model).map((a) => [a.heading, a.rule, a.leads, a.partners])).toEqual([
      ['——建设临港物流园区，推进铁水、公铁多式联运', 'printed', ['市交通运输局'], ['市发展改革委', '临港区人民政府']],
      ['——建设城市配送中心，完善末端配送网点', 'first-listed', ['市商务局'], []],
      ['1.引进龙头企业', 'printed', ['市商务局'], ['市财政局']],
      ['2.扶持中小企业', 'all-responsible', ['市财政局', '市税务局'], []],
      ['（一）加强组织领导', 'printed', ['市发展改革委'], []],
      ['（二）强化要素保障', 'first-listed', ['市自然资源和规划局'], []],
    ]);
    expect(model.departments.find((d) => d.name === '临港区人民政府')?.kind).toBe('local-government');
  });

  it('its traditional-character copy reads exactly as the simplified one, and keeps every character as printed', () => {
    const simplified = convert(join(fixtureCorpusDir, 'city-opinion.txt'));
    const traditional = convert(join(fixtureCorpusDir, 'city-opinion-traditional.txt'));
    expect(traditional.reading.script).toBe('traditional');
    expect(named(traditional).map(({ heading: _h, ...a }) => a)).toEqual(named(simplified).map(({ heading: _h, ...a }) => a));
    expect(traditional.parts.map((p) => p.id)).toEqual(simplified.parts.map((p) => p.id));
    expect(traditional.tasks.map((t) => t.id)).toEqual(simplified.tasks.map((t) => t.id));
    // No character of a traditional copy is "corrected" to simplified.
    expect(traditional.corrections.filter((c) => c.kind === 'variant-character')).toEqual([]);
    expect(traditional.meta.planTitle).toBe('臨江市人民政府關於加快發展現代物流業的實施意見');
    expect(traditional.tasks[0].title).toBe('完善物流樞紐佈局');
  });

  it('a 通知 with measures: a stated rule for every later parenthesis, sentences, and 公开方式 as its last line', () => {
    const model = convert(join(fixtureCorpusDir, 'county-notice-measures.txt'));
    expect(model.reading.form).toBe('notice');
    expect(model.leadRule).toMatchObject({ rule: 'first-listed', source: 'stated' });
    expect(named(model).map((a) => [a.heading, a.notation, a.leads, a.partners, a.open, a.scope])).toEqual([
      ['一、稳定粮食生产', 'trailing-parenthesis', ['县农业农村局'], ['县财政局'], false, 'node'],
      ['二、保障农资供应', 'trailing-parenthesis', ['县供销社'], ['县市场监管局'], false, 'node'],
      ['三、做好防灾减灾', 'sentence', ['县水利局'], ['县气象局'], false, 'passage'],
      ['三、做好防灾减灾', 'sentence', ['县水利局'], ['县财政局'], true, 'passage'],
    ]);
    expect(model.meta.otherLines.map((l) => l.text)).toEqual(['公开方式：主动公开']);
    expect(model.meta.signatures.map((s) => s.signer?.text)).toEqual(['江北县人民政府办公室']);
  });
});

describe('the same documents as other publishers deliver them', () => {
  it('every real document and form fixture reads the same as its traditional copy, its PDF-style extraction and with CRLF line ends', () => {
    const files = [...corpusFiles(sharedCorpusDir()), ...corpusFiles(fixtureCorpusDir).filter((f) => !f.includes('traditional'))];
    const differ: string[] = [];
    for (const path of files) {
      const text = readFileSync(path, 'utf8');
      const shape = JSON.stringify(shapeOf(convert(path)));
      for (const v of variantsOf(text)) {
        const r = convertPlan(new TextEncoder().encode(v.text), { file: `${v.kind}-${corpusName(path)}` });
        if (JSON.stringify(shapeOf(r.model)) !== shape) differ.push(`${corpusName(path)} (${v.kind})`);
      }
    }
    expect(differ).toEqual([]);
  }, 120_000);
});
