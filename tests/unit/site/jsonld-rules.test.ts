import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { listPages } from '../../../src/lib/model/pages.ts';
import { PlanModelSchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { departmentViews, type DepartmentView } from '../../../src/lib/site/views/departments.ts';
import { departmentOrganization, documentType, jsonLdText, planSubdivision } from '../../../src/lib/site/seo/jsonld.ts';
import { registry } from '../../../src/lib/site/views/registry.ts';

const site = new URL('https://policy.example.org/');
let real: PlanModel;
beforeEach(() => {
  real = PlanModelSchema.parse(JSON.parse(readFileSync('content/generated/liaoning-2015-24/plan.json', 'utf8')));
});

describe('documentType', () => {
  it('reads the type from the title without its surrounding spaces', () => {
    expect(documentType(' 辽宁省传统工业转型升级实施方案 \n')).toBe('实施方案');
  });
});

describe('planSubdivision', () => {
  it('is a Chinese-language Legislation with its own id under its page URL, part of the plan', () => {
    const task = listPages(real).find((p) => p.id === 'p3-1' && p.kind === 'task')!;
    expect(planSubdivision(real, task, site)).toEqual({
      '@type': 'Legislation',
      '@id': 'https://policy.example.org/liaoning-2015-24/tasks/p3-1/#legislation',
      name: '增强自主创新能力',
      url: 'https://policy.example.org/liaoning-2015-24/tasks/p3-1/',
      inLanguage: 'zh-CN',
      isPartOf: { '@id': 'https://policy.example.org/liaoning-2015-24/#legislation' },
    });
  });
});

describe('departmentOrganization', () => {
  let views: DepartmentView[];
  beforeEach(() => {
    views = departmentViews(real, registry, () => {});
  });

  it('gives the registry’s full name as legalName, with an id under the department page', () => {
    const d = views.find((x) => x.name === '省经济和信息化委')!;
    expect(departmentOrganization(real, d, site)).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': 'https://policy.example.org/liaoning-2015-24/departments/sheng-jing-ji-he-xin-xi-hua-wei/#organization',
      name: '省经济和信息化委',
      url: 'https://policy.example.org/liaoning-2015-24/departments/sheng-jing-ji-he-xin-xi-hua-wei/',
      legalName: '辽宁省经济和信息化委员会',
    });
  });

  it('states no legalName for a body the registry does not list', () => {
    const d: DepartmentView = { ...views[0], id: 'x-shi', name: '某市', registry: null };
    expect(departmentOrganization(real, d, undefined)).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': '/liaoning-2015-24/departments/x-shi/#organization',
      name: '某市',
      url: '/liaoning-2015-24/departments/x-shi/',
    });
  });
});

describe('jsonLdText', () => {
  it('puts one thing at the top level and several in a @graph, both with the schema.org context', () => {
    const a = { '@type': 'Thing', name: '甲' } as never;
    const b = { '@type': 'Thing', name: '乙' } as never;
    expect(JSON.parse(jsonLdText([a]))).toEqual({ '@context': 'https://schema.org', '@type': 'Thing', name: '甲' });
    expect(JSON.parse(jsonLdText([a, b]))).toEqual({ '@context': 'https://schema.org', '@graph': [a, b] });
  });

  it('escapes the paragraph separator as well as the line separator', () => {
    const text = jsonLdText([{ '@type': 'Thing', name: '甲\u2029乙' } as never]);
    expect(text).toContain('甲\\u2029乙');
    expect(JSON.parse(text).name).toBe('甲\u2029乙');
  });
});
