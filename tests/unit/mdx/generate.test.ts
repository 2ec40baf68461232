import { describe, expect, it } from 'vitest';
import { blockMdx, generateFiles, inlineMdx, pageBody, pageMdx, paragraphMdx } from '../../../src/lib/mdx/generate.ts';
import { listPages } from '../../../src/lib/model/pages.ts';
import type { Block, Paragraph } from '../../../src/lib/model/schema.ts';
import { convertFixture } from '../../support/plans.ts';

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
  const setup = () => {
    const { model } = convertFixture('minimal-plan.txt');
    return { model };
  };
  it('renders a department line as a paragraph with its id and the department linked', () => {
    const { model } = setup();
    const dept = model.parts[2].children[1].blocks.find((b) => b.type === 'departments')!;
    expect(blockMdx(dept, model.id)).toBe(
      `<p id="p3-2-dept" class="department-line">（<a class="dept-mention" href="/minimal-plan/departments/${model.departments.find((d) => d.name === '市商务局')!.id}/">市商务局</a>牵头负责）</p>`,
    );
  });
  it('renders the indicators table as a component reference', () => {
    const { model } = setup();
    const table = model.parts[0].children[1].blocks.find((b) => b.type === 'table')!;
    expect(blockMdx(table, model.id)).toBe(`<IndicatorTable plan="minimal-plan" id="${table.id}" />`);
  });
  it('renders the overview part with its sections as headings', () => {
    const { model } = setup();
    const page = listPages(model).find((p) => p.id === 'p1')!;
    const body = pageBody(model, page);
    expect(body).toContain('<h2 id="p1-1">（一） 指导思想</h2>');
    expect(body).toContain('<h2 id="p1-2">（二） 发展目标</h2>');
  });
  it('renders a sector page with its clauses as headings without the —— marker', () => {
    const { model } = setup();
    const page = listPages(model).find((p) => p.id === 'p2-1-1')!;
    expect(pageBody(model, page)).toContain('<h2 id="p2-1-1-c1">可穿戴设备</h2>');
  });
  it('generates plan.json and one MDX file per page', () => {
    const { model } = setup();
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

describe('page bodies and files, written out in full', () => {
  const minimal = () => convertFixture('minimal-plan.txt').model;
  const page = (m: ReturnType<typeof minimal>, id: string) => listPages(m).find((p) => p.id === id)!;

  it('writes a task page: front matter, the do-not-edit note, then the paragraph and the department line', () => {
    const m = minimal();
    const mdx = pageMdx(m, page(m, 'p3-2'));
    const [, front, rest] = mdx.split(/^---\n|\n---\n/m);
    expect(front.split('\n')).toContain('title: "拓展对外数字贸易"');
    expect(front.split('\n')).toContain(`sourceSha256: "${m.source.sha256}"`);
    expect(mdx.startsWith('---\nplan: "minimal-plan"\n')).toBe(true);
    expect(rest).toBe(
      [
        '',
        '{/* Generated by `npm run convert` from content/sources/minimal-plan.txt. Do not edit: change the source or the converter. */}',
        '',
        '<p id="p3-2-b1">鼓励企业开展跨境电子商务，扩大数字服务出口。</p>',
        '',
        `<p id="p3-2-dept" class="department-line">（<a class="dept-mention" href="/minimal-plan/departments/shi-shang-wu-ju/">市商务局</a>牵头负责）</p>`,
        '',
      ].join('\n'),
    );
  });

  it('a sector page has its paragraph, then each clause as a heading followed by its text', () => {
    const m = minimal();
    expect(pageBody(m, page(m, 'p2-1-1'))).toEqual([
      '<p id="p2-1-1-b1">支持骨干企业扩大产能，建设数字产业园区。</p>',
      '<h2 id="p2-1-1-c1">可穿戴设备</h2>',
      '<p id="p2-1-1-c1-b1">加快研发新型智能手表。</p>',
      '<h2 id="p2-1-1-c2">车载终端</h2>',
      '<p id="p2-1-1-c2-b1">推广新型车载通信模块。</p>',
    ]);
  });

  it('a clause whose heading is a sentence stays a paragraph, with its entity names linked', () => {
    const m = minimal();
    const clause = m.parts[1].children[0].children[0].children[0];
    clause.heading.sentence = true;
    clause.heading.entities = [{ start: 3, end: 5, entity: 'sb' }];
    expect(pageBody(m, page(m, 'p2-1-1'))[1]).toBe('<p id="p2-1-1-c1" class="clause">——可穿戴<a class="entity-mention" href="/minimal-plan/entities/sb/">设备</a>。</p>');
    // Entity mentions may be absent from older models.
    delete (clause.heading as { entities?: unknown }).entities;
    expect(pageBody(m, page(m, 'p2-1-1'))[1]).toBe('<p id="p2-1-1-c1" class="clause">——可穿戴设备。</p>');
    // A clause id (not a page of its own) renders the clause alone.
    expect(pageBody(m, { ...page(m, 'p2-1-1'), id: 'p2-1-1-c2' })).toEqual(['<h2 id="p2-1-1-c2">车载终端</h2>', '<p id="p2-1-1-c2-b1">推广新型车载通信模块。</p>']);
  });

  it('drops the —— marker of a clause heading even when printed with spaces around it', () => {
    const m = minimal();
    m.parts[1].children[0].children[0].children[0].heading.marker = ' —— ';
    expect(pageBody(m, page(m, 'p2-1-1'))[1]).toBe('<h2 id="p2-1-1-c1">可穿戴设备</h2>');
  });

  it('part and group pages carry only their own text (their children are pages of their own)', () => {
    const m = minimal();
    expect(pageBody(m, page(m, 'p2'))).toEqual([]);
    expect(pageBody(m, page(m, 'p2-1'))).toEqual([]);
    expect(() => pageBody(m, { ...page(m, 'p2'), id: 'p9' })).toThrow('page p9 has no node');
  });

  it('the overview part shows numbered items under its sections, markers trimmed, clauses one level down', () => {
    const m = minimal();
    const item = structuredClone(m.parts[1].children[0].children[0]);
    m.parts[0].children[0].children.push(item);
    const body = pageBody(m, page(m, 'p1'));
    // 1. is escaped so that MDX does not read an ordered list.
    const at = body.indexOf('<h3 id="p2-1-1">1&#46; 智能终端</h3>');
    expect(at).toBeGreaterThan(body.indexOf('<h2 id="p1-1">（一） 指导思想</h2>'));
    expect(body.slice(at + 1, at + 4)).toEqual(['<p id="p2-1-1-b1">支持骨干企业扩大产能，建设数字产业园区。</p>', '<h4 id="p2-1-1-c1">可穿戴设备</h4>', '<p id="p2-1-1-c1-b1">加快研发新型智能手表。</p>']);
  });

  it('renders a paragraph block as a paragraph', () => {
    expect(blockMdx(para('正文。'), 'plan')).toBe('<p id="p1-b1">正文。</p>');
  });
});

describe('paragraphMdx edge cases', () => {
  it('does not bold a lead sentence that runs past the start of the enumeration', () => {
    const text = '导语，一是甲。二是乙。';
    const out = paragraphMdx(para(text, { leadLength: 7, enumeration: [{ ordinal: 1, start: 3, end: 7 }, { ordinal: 2, start: 7, end: 11 }] }), 'plan');
    expect(out).toBe('<p id="p1-b1">导语，</p>\n\n<ol class="enumeration"><li>一是甲。</li><li>二是乙。</li></ol>');
  });
  it('links a department in a paragraph without a lead sentence', () => {
    expect(paragraphMdx(para('由省甲局牵头', { mentions: [{ start: 1, end: 4, department: 'jia' }] }), 'plan')).toBe('<p id="p1-b1">由<a class="dept-mention" href="/plan/departments/jia/">省甲局</a>牵头</p>');
  });
  it('renders a paragraph whose enumeration list is empty as a plain paragraph', () => {
    expect(paragraphMdx(para('普通段落。', { enumeration: [] }), 'plan')).toContain('<p id="p1-b1">普通段落。</p>');
  });
  it('reads a paragraph without entity mentions (models written before entities existed)', () => {
    const p = para('省甲局牵头。', { mentions: [{ start: 0, end: 3, department: 'jia' }] });
    delete (p as Partial<Paragraph>).entities;
    expect(paragraphMdx(p, 'plan')).toBe('<p id="p1-b1"><a class="dept-mention" href="/plan/departments/jia/">省甲局</a>牵头。</p>');
  });
});

describe('inlineMdx range edges', () => {
  it('links nothing for a mention that ends where the range starts or starts where it ends', () => {
    const text = '省甲局和省乙办';
    const mentions = [{ start: 0, end: 3, department: 'jia' }, { start: 4, end: 7, department: 'yi' }];
    expect(inlineMdx(text, 3, 4, mentions, 'p')).toBe('和');
  });
  it('skips a mention that overlaps one already linked, so no text is written twice', () => {
    const out = inlineMdx('沈阳机床厂', 0, 5, [{ start: 0, end: 4, entity: 'jc' }, { start: 2, end: 5, entity: 'x' }], 'p');
    expect(out).toBe('<a class="entity-mention" href="/p/entities/jc/">沈阳机床</a>厂');
  });
});

describe('blocks of the other notations', () => {
  it('renders an attached table with column heads, row anchors, a caption when printed, and escaped cells', () => {
    const grid = {
      type: 'grid', id: 'a1-b1', line: 1, endLine: 3, caption: null,
      header: ['序号', '重点任务', '牵头单位'],
      columns: { number: 0, task: 1, lead: 2, partner: null, responsible: null, deadline: null },
      rows: [
        { id: 'a1-b1-r1', line: 2, endLine: 2, node: null, pieces: [{ cell: 0, text: '1' }, { cell: 1, text: '建设<平台>' }, { cell: 2, text: '省甲厅' }] },
        { id: 'a1-b1-r2', line: 3, endLine: 3, node: null, pieces: [{ cell: 0, text: '2' }, { cell: 2, text: '省乙厅' }] },
      ],
    } as unknown as Block;
    expect(blockMdx(grid, 'x')).toBe(
      '<div class="table-wrap" tabindex="0"><table id="a1-b1" class="grid">' +
        '<thead><tr><th scope="col">序号</th><th scope="col">重点任务</th><th scope="col">牵头单位</th></tr></thead>' +
        '<tbody><tr id="a1-b1-r1"><td>1</td><td>建设&#60;平台&#62;</td><td>省甲厅</td></tr><tr id="a1-b1-r2"><td>2</td><td></td><td>省乙厅</td></tr></tbody>' +
        '</table></div>',
    );
    expect(blockMdx({ ...grid, caption: '重点任务分工表' } as Block, 'x')).toContain('<table id="a1-b1" class="grid"><caption>重点任务分工表</caption><thead>');
  });
  it('renders a 专栏 as an aside labelled by its marker and title, its entries as paragraphs', () => {
    const box = {
      type: 'box', id: 'p1-box1', line: 1, endLine: 2, marker: '专栏1 ', title: ' 重点工程',
      blocks: [{ type: 'paragraph', id: 'p1-box1-b1', line: 2, endLine: 2, text: '智能工厂工程。', marks: [], mentions: [], entities: [] }],
    } as unknown as Block;
    const parts = blockMdx(box, 'x').split('\n\n');
    expect(parts[0]).toBe('<aside id="p1-box1" class="box" aria-labelledby="p1-box1-title">');
    expect(parts[1]).toBe('<p class="box-title" id="p1-box1-title">专栏1 重点工程</p>');
    expect(parts[2]).toContain('id="p1-box1-b1"');
    expect(parts[2]).toContain('智能工厂工程。');
    expect(parts[3]).toBe('</aside>');
    expect(parts).toHaveLength(4);
  });
  it('keeps each printed line of a department line on its own line', () => {
    const line = { type: 'departments', id: 'p1-1-dept', line: 3, endLine: 4, text: '责任单位：省甲厅\n完成时限：2017年底前', mentions: [], marks: [] } as unknown as Block;
    expect(blockMdx(line, 'x')).toBe('<p id="p1-1-dept" class="department-line">责任单位：省甲厅<br />完成时限：2017年底前</p>');
  });
});
