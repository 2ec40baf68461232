/**
 * The reviewed files' own rules (registry, gazetteer): a mistake in one of them must stop the
 * build with a message naming it, not produce a site that links an entity twice or to nowhere.
 */
import { describe, expect, it } from 'vitest';
import { ConventionsSchema, GazetteerSchema, PlanRecordSchema, RegistrySchema } from '../../../src/lib/model/schema.ts';

const dept = (name: string) => ({ name, fullName: null, englishName: null, successor: null });
const entity = (name: string, extra: Record<string, unknown> = {}) => ({ kind: 'enterprise', name, ...extra });
const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  r.success ? [] : r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the department registry', () => {
  it('accepts distinct names and refuses a name listed twice', () => {
    expect(RegistrySchema.safeParse({ departments: [dept('省财政厅'), dept('省科技厅')] }).success).toBe(true);
    expect(messages(RegistrySchema.safeParse({ departments: [dept('省财政厅'), dept('省科技厅'), dept('省财政厅')] }))).toEqual([': a department is listed twice']);
  });
});

describe('a gazetteer', () => {
  it('accepts entries whose names, aliases and cities are each given once', () => {
    const g = GazetteerSchema.parse({ entities: [entity('沈阳', { kind: 'city' }), entity('沈阳机床', { aliases: ['沈机集团'], cities: ['沈阳'] })] });
    expect(g.entities[1]).toMatchObject({ aliases: ['沈机集团'], cities: ['沈阳'], fullName: null });
    expect(g.ignore).toEqual([]);
  });
  it('refuses a name or alias that names two entries, saying which', () => {
    expect(messages(GazetteerSchema.safeParse({ entities: [entity('沈阳机床'), entity('沈机集团', { aliases: ['沈阳机床'] })] }))).toEqual(['entities.1: “沈阳机床” names both “沈阳机床” and “沈机集团”']);
    expect(messages(GazetteerSchema.safeParse({ entities: [entity('沈阳机床', { aliases: ['沈机'] }), entity('大连机床', { aliases: ['沈机'] })] }))).toEqual(['entities.1: “沈机” names both “沈阳机床” and “大连机床”']);
  });
  it('refuses a city that is not a city entry of the gazetteer', () => {
    const r = GazetteerSchema.safeParse({ entities: [entity('沈阳', { kind: 'park' }), entity('沈阳机床', { cities: ['沈阳'] })] });
    expect(messages(r)).toEqual(['entities.1.cities: “沈阳” is not a city of the gazetteer']);
  });
});

describe('a plan\'s conventions', () => {
  it('fills the defaults and refuses a key it does not know', () => {
    expect(ConventionsSchema.parse({})).toEqual({ excerpt: null, runningHeads: [], leadRule: null });
    expect(ConventionsSchema.safeParse({ runningHead: ['某省公报'] }).success).toBe(false);
  });
});

describe('a plan\'s record (content/sources/<plan>.record.json)', () => {
  const URL_ = 'https://www.ln.gov.cn/zwgk/zfwj/1.html';
  it('is 未标注 with every field empty when it states nothing', () => {
    expect(PlanRecordSchema.parse({})).toEqual({ status: '未标注', basis: null, writtenDate: null, publishedDate: null, sourceUrl: null, originalFile: null, interpretations: [] });
  });

  it('refuses a status without its basis, and a basis without a status', () => {
    expect(messages(PlanRecordSchema.safeParse({ status: '已失效' }))).toEqual(['basis: status “已失效” needs its basis (a later document\'s 文号 or a portal\'s statement)']);
    expect(messages(PlanRecordSchema.safeParse({ status: '未标注', basis: { kind: 'document', docNumber: '辽政发〔2020〕5号' } }))).toEqual(['status: a basis is given but the status is 未标注']);
  });

  it('takes a later document\'s 文号 or a portal\'s statement with its address as the basis', () => {
    const doc = PlanRecordSchema.parse({ status: '已失效', basis: { kind: 'document', docNumber: '辽政发〔2020〕5号' } });
    expect(doc.basis).toEqual({ kind: 'document', docNumber: '辽政发〔2020〕5号', title: null, url: null });
    const portal = PlanRecordSchema.parse({ status: '现行有效', basis: { kind: 'portal', statement: '现行有效', url: URL_, checked: '2026-12-01' } });
    expect(portal.basis).toEqual({ kind: 'portal', statement: '现行有效', url: URL_, checked: '2026-12-01' });
    // A portal's statement needs the page that prints it; a document basis needs its 文号.
    expect(PlanRecordSchema.safeParse({ status: '现行有效', basis: { kind: 'portal', statement: '现行有效' } }).success).toBe(false);
    expect(PlanRecordSchema.safeParse({ status: '已修改', basis: { kind: 'document', docNumber: '' } }).success).toBe(false);
  });

  it('refuses an unknown status, a date not written YYYY-MM-DD, an address that is not http(s), an unknown field', () => {
    expect(PlanRecordSchema.safeParse({ status: '有效' }).success).toBe(false);
    expect(PlanRecordSchema.safeParse({ publishedDate: '2015年8月3日' }).success).toBe(false);
    expect(PlanRecordSchema.safeParse({ sourceUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(PlanRecordSchema.safeParse({ sourceUrl: 'ftp://example.org/a' }).success).toBe(false);
    expect(PlanRecordSchema.safeParse({ stauts: '现行有效' }).success).toBe(false);
  });

  it('requires each 政策解读 to name its source', () => {
    expect(PlanRecordSchema.safeParse({ interpretations: [{ title: '解读', url: URL_ }] }).success).toBe(false);
    expect(PlanRecordSchema.parse({ interpretations: [{ title: '解读', url: URL_, source: '辽宁省人民政府网站' }] }).interpretations).toHaveLength(1);
  });
});
