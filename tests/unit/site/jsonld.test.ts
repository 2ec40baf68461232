import { readFileSync } from 'node:fs';
import { describe, expect, it, beforeEach } from 'vitest';
import { PlanModelSchema, PlanRecordSchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { breadcrumbList, documentType, jsonLdText, pageEntity, planLegislation, departmentOrganization, planSubdivision } from '../../../src/lib/site/seo/jsonld.ts';
import { registry } from '../../../src/lib/site/views/registry.ts';
import { listPages } from '../../../src/lib/model/pages.ts';
import { type DepartmentView, departmentViews } from '../../../src/lib/site/views/departments.ts';
import { bundledModel } from '../../support/bundled-model.ts';


describe('documentType', () => {
  it('is the official document type the title ends with, the longest one', () => {
    expect(documentType('辽宁省传统工业转型升级实施方案')).toBe('实施方案');
    expect(documentType('关于加快发展养老服务业的意见')).toBe('意见');
    expect(documentType('某省某某工作推进')).toBeNull();
  });
});

describe('planLegislation', () => {
  it('states the plan from its model: 文号, date, issuer, type, language', () => {
    expect(planLegislation(real, site)).toEqual({
      '@type': 'Legislation',
      '@id': 'https://policy.example.org/liaoning-2015-24/#legislation',
      name: real.meta.planTitle,
      url: 'https://policy.example.org/liaoning-2015-24/',
      legislationIdentifier: '辽政发〔2015〕24号',
      legislationDate: '2015-07-27',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: '辽宁省人民政府' },
      legislationType: '实施方案',
      inLanguage: 'zh-CN',
      // The bundled plan's record states no status: said as such, and no legal force claimed.
      creativeWorkStatus: '未标注',
    });
  });

  it('states the record: status and legal force, 发布日期, official page, the portal\'s 索引号, 主题分类 and 主题词', () => {
    const record = PlanRecordSchema.parse({ status: '已失效', basis: { kind: 'document', docNumber: '辽政发〔2020〕5号', title: '关于废止部分文件的决定' }, publishedDate: '2015-08-03', sourceUrl: 'https://www.ln.gov.cn/zwgk/1.html' });
    const portalRecord = { indexNumber: '11210000001268XXXX/2015-00024', topic: '工业、交通\\其他', issuer: '辽宁省人民政府', writtenDate: '2015-07-27', title: null, docNumber: '辽政发〔2015〕24号', publishedDate: '2015-08-05', subjectWords: '工业 转型 方案', url: null };
    const ld = planLegislation({ ...real, record, portalRecord }, site) as unknown as Record<string, unknown>;
    expect(ld).toMatchObject({
      creativeWorkStatus: '已失效',
      legislationLegalForce: 'NotInForce',
      // The curated record's date wins over the portal's.
      datePublished: '2015-08-03',
      sameAs: 'https://www.ln.gov.cn/zwgk/1.html',
      identifier: { '@type': 'PropertyValue', propertyID: '索引号', value: '11210000001268XXXX/2015-00024' },
      about: '工业、交通\\其他',
      keywords: '工业 转型 方案',
    });
    // 现行有效 is in force; 已修改 claims no legal force either way.
    const of = (status: '现行有效' | '已修改') => planLegislation({ ...real, record: PlanRecordSchema.parse({ status, basis: { kind: 'portal', statement: status, url: 'https://www.ln.gov.cn/zwgk/1.html' } }) }, site) as unknown as Record<string, unknown>;
    expect(of('现行有效').legislationLegalForce).toBe('InForce');
    expect(of('已修改').creativeWorkStatus).toBe('已修改');
    expect(of('已修改')).not.toHaveProperty('legislationLegalForce');
    // Without the curated date, the portal's, read as an ISO date.
    expect((planLegislation({ ...real, portalRecord: { ...portalRecord, publishedDate: '2015年8月5日' } }, site) as unknown as Record<string, unknown>).datePublished).toBe('2015-08-05');
  });
});

describe('pageEntity', () => {
  it('finds what a page is about from its path', () => {
    const of = (path: string) => pageEntity(path, [real], registry, undefined) as Record<string, unknown> | null;
    expect(of('/')?.['@id']).toBe('/liaoning-2015-24/#legislation');
    expect(of('/liaoning-2015-24/')?.['@type']).toBe('Legislation');
    const task = of('/liaoning-2015-24/tasks/p3-1/')!;
    expect(task).toMatchObject({ name: real.tasks[0].title, url: '/liaoning-2015-24/tasks/p3-1/', isPartOf: { '@id': '/liaoning-2015-24/#legislation' } });
    expect(of('/liaoning-2015-24/sectors/p2-1-8/')).toMatchObject({ name: '精密轴承', isPartOf: { '@id': '/liaoning-2015-24/#legislation' } });
    const d = real.departments[0];
    expect(of(`/liaoning-2015-24/departments/${d.id}/`)).toMatchObject({ '@type': 'GovernmentOrganization', name: d.name });
    // A route that exists for another kind, or no such node: nothing is claimed.
    expect(of('/liaoning-2015-24/tasks/p2-1-8/')).toBeNull();
    expect(of('/liaoning-2015-24/departments/graph/')).toBeNull();
    expect(of('/search/')).toBeNull();
    expect(pageEntity('/', [real, { ...real, id: 'other' }], registry, undefined)).toBeNull();
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element, whatever the text', () => {
    const text = jsonLdText([{ '@type': 'Thing', name: '</script><script>alert(1)</script> & \u2028' } as never]);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text).name).toBe('</script><script>alert(1)</script> & \u2028');
  });
});

describe('breadcrumbList', () => {
  it('numbers the trail, gives the current page its URL, and no URL to a page without an address', () => {
    const crumbs = [{ label: '首页', href: '/p/' }, { label: '重点任务', href: '' }];
    expect(breadcrumbList(crumbs, '/p/tasks/', site)).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: '首页', item: 'https://policy.example.org/p/' },
        { '@type': 'ListItem', position: 2, name: '重点任务', item: 'https://policy.example.org/p/tasks/' },
      ],
    });
    expect((breadcrumbList(crumbs, null, undefined).itemListElement as object[])[1]).toEqual({ '@type': 'ListItem', position: 2, name: '重点任务' });
  });
});

const site = new URL('https://policy.example.org/');
let real: PlanModel;
beforeEach(() => {
  // A fresh copy for each test: some tests change theirs.
  real = bundledModel();
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
