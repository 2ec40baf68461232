/**
 * The reviewed files' own rules (registry, gazetteer): a mistake in one of them must stop the
 * build with a message naming it, not produce a site that links an entity twice or to nowhere.
 */
import { describe, expect, it } from 'vitest';
import { ConventionsSchema, GazetteerSchema, RegistrySchema } from '../../../src/lib/model/schema.ts';

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
