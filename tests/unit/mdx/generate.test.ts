import { describe, expect, it } from 'vitest';
import { blockMdx, generateFiles, inlineMdx, pageBody, paragraphMdx } from '../../../src/lib/mdx/generate.ts';
import { listPages } from '../../../src/lib/model/pages.ts';
import type { Paragraph } from '../../../src/lib/model/schema.ts';
import { convertFixture } from '../helpers.ts';

const para = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ type: 'paragraph', id: 'p1-b1', text, line: 1, endLine: 1, marks: [], mentions: [], entities: [], ...extra });

describe('paragraphMdx', () => {
  it('puts the lead sentence in <strong> and the rest after it', () => {
    const lead = '加快技术创新。';
    expect(paragraphMdx(para(`${lead}强化主体地位。`, { leadLength: lead.length }), 'plan')).toBe(
      `<p id="p1-b1"><strong class="lead">${lead}</strong>强化主体地位。</p>`,
    );
  });
  it('renders a plain paragraph without <strong>', () => {
    expect(paragraphMdx(para('普通段落，没有导语。'), 'plan')).toBe('<p id="p1-b1">普通段落，没有导语。</p>');
  });
  it('puts 一是…二是… entries in an <ol> after the introduction', () => {
    const text = '抓好两项工程。一是甲工程。二是乙工程。';
    const a = text.indexOf('一是');
    const b = text.indexOf('二是');
    const out = paragraphMdx(para(text, { enumeration: [{ ordinal: 1, start: a, end: b }, { ordinal: 2, start: b, end: text.length }] }), 'plan');
    expect(out).toBe('<p id="p1-b1">抓好两项工程。</p>\n\n<ol class="enumeration"><li>一是甲工程。</li><li>二是乙工程。</li></ol>');
  });
  it('gives the <ol> the paragraph id when the enumeration opens the paragraph', () => {
    const text = '一是甲。二是乙。';
    const out = paragraphMdx(para(text, { enumeration: [{ ordinal: 1, start: 0, end: 4 }, { ordinal: 2, start: 4, end: 8 }] }), 'plan');
    expect(out).toBe('<ol id="p1-b1" class="enumeration"><li>一是甲。</li><li>二是乙。</li></ol>');
  });
  it('escapes syntax characters in the text', () => {
    expect(paragraphMdx(para('比重>10{x}'), 'plan')).not.toMatch(/[>{}]10|\{x\}/);
  });
});

describe('blockMdx and pages of the fixture', () => {
  const { model } = convertFixture('minimal-plan.txt');
  it('renders a department line as a paragraph with its id and the department linked', () => {
    const dept = model.parts[2].children[1].blocks.find((b) => b.type === 'departments')!;
    expect(blockMdx(dept, model.id)).toBe(
      `<p id="p3-2-dept" class="department-line">（<a class="dept-mention" href="/minimal-plan/departments/${model.departments.find((d) => d.name === '市商务局')!.id}/">市商务局</a>牵头负责）</p>`,
    );
  });
  it('renders the indicators table as a component reference', () => {
    const table = model.parts[0].children[1].blocks.find((b) => b.type === 'table')!;
    expect(blockMdx(table, model.id)).toBe(`<IndicatorTable plan="minimal-plan" id="${table.id}" />`);
  });
  it('renders the overview part with its sections as headings', () => {
    const page = listPages(model).find((p) => p.id === 'p1')!;
    const body = pageBody(model, page);
    expect(body).toContain('<h2 id="p1-1">（一） 指导思想</h2>');
    expect(body).toContain('<h2 id="p1-2">（二） 发展目标</h2>');
  });
  it('renders a sector page with its clauses as headings without the —— marker', () => {
    const page = listPages(model).find((p) => p.id === 'p2-1-1')!;
    expect(pageBody(model, page)).toContain('<h2 id="p2-1-1-c1">可穿戴设备</h2>');
  });
  it('generates plan.json and one MDX file per page', () => {
    const files = generateFiles(model);
    expect(files.size).toBe(1 + listPages(model).length);
    expect(JSON.parse(files.get('minimal-plan/plan.json')!)).toEqual(model);
    expect(files.has('minimal-plan/sector-groups/p2-1.mdx')).toBe(true);
    expect(files.has('minimal-plan/sectors/p2-1-1.mdx')).toBe(true);
    expect(files.get('minimal-plan/tasks/p3-1.mdx')).toMatch(/^---\nplan: "minimal-plan"\nkind: "task"\nid: "p3-1"\n/);
  });
});

describe('department names in the text', () => {
  it('link to the department page, also inside a lead sentence and an enumeration entry', () => {
    const text = '省甲局牵头。一是省乙办负责。二是会同省甲局。';
    const mentions = [
      { start: 0, end: 3, department: 'jia' },
      { start: 8, end: 11, department: 'yi' },
      { start: 19, end: 22, department: 'jia' },
    ];
    const out = paragraphMdx(para(text, { leadLength: 6, enumeration: [{ ordinal: 1, start: 6, end: 14 }, { ordinal: 2, start: 14, end: text.length }], mentions }), 'plan');
    expect(out).toContain('<strong class="lead"><a class="dept-mention" href="/plan/departments/jia/">省甲局</a>牵头。</strong>');
    expect(out).toContain('<li>一是<a class="dept-mention" href="/plan/departments/yi/">省乙办</a>负责。</li>');
    expect(out.match(/departments\/jia\//g)).toHaveLength(2);
  });

  it('a mention cut by a range boundary is linked on each side, and text outside mentions is escaped', () => {
    const out = inlineMdx('a<省甲局>b', 0, 3, [{ start: 2, end: 5, department: 'jia' }], 'p');
    expect(out).toBe('a&#60;<a class="dept-mention" href="/p/departments/jia/">省</a>');
  });
});

describe('entity mentions in MDX', () => {
  it('links an entity mention to its page and a department mention to its page, text unchanged', () => {
    const text = '依托沈阳机床，省科技厅牵头';
    const out = inlineMdx(text, 0, text.length, [{ start: 7, end: 11, department: 'kj' }, { start: 2, end: 6, entity: 'jc' }], 'plan');
    expect(out).toBe('依托<a class="entity-mention" href="/plan/entities/jc/">沈阳机床</a>，<a class="dept-mention" href="/plan/departments/kj/">省科技厅</a>牵头');
  });
});
