import { describe, expect, it } from 'vitest';
import { robotsTxt, socialMeta } from '../../../src/lib/site/seo/seo.ts';

const site = new URL('https://policy.example.org/');
const page = { title: '精密轴承', description: '辽宁省传统工业转型升级实施方案 · 重点行业 · 精密轴承', path: '/liaoning-2015-24/sectors/p2-1-8/' };
const asMap = (tags: ReturnType<typeof socialMeta>) => new Map(tags.map((t) => [t.key, `${t.attribute}:${t.content}`]));

describe('socialMeta', () => {
  it('gives Open Graph and Twitter card title, description, site name, locale and url', () => {
    const m = asMap(socialMeta(page, site));
    expect(m.get('og:title')).toBe('property:精密轴承');
    expect(m.get('og:description')).toBe(`property:${page.description}`);
    expect(m.get('og:site_name')).toBe('property:政策导航');
    expect(m.get('og:locale')).toBe('property:zh_CN');
    expect(m.get('og:url')).toBe('property:https://policy.example.org/liaoning-2015-24/sectors/p2-1-8/');
    expect(m.get('twitter:card')).toBe('name:summary');
    expect(m.get('twitter:title')).toBe('name:精密轴承');
    expect(m.get('twitter:description')).toBe(`name:${page.description}`);
  });

  it('leaves og:url out when the deployment address is unknown', () => {
    const m = asMap(socialMeta(page, undefined));
    expect(m.has('og:url')).toBe(false);
    expect(m.get('og:title')).toBe('property:精密轴承');
  });
});

describe('socialMeta with an image', () => {
  const image = { path: '/og/liaoning-2015-24/sectors/p2-1-8.png', alt: '8.精密轴承；辽宁省传统工业转型升级实施方案', width: 1200, height: 630 };
  it('names it by its absolute URL under SITE_URL, with size and text, and asks for the large card', () => {
    const m = asMap(socialMeta({ ...page, image }, site));
    expect(m.get('og:image')).toBe('property:https://policy.example.org/og/liaoning-2015-24/sectors/p2-1-8.png');
    expect(m.get('og:image:width')).toBe('property:1200');
    expect(m.get('og:image:height')).toBe('property:630');
    expect(m.get('og:image:alt')).toBe(`property:${image.alt}`);
    expect(m.get('twitter:card')).toBe('name:summary_large_image');
  });
  it('without the deployment address, by its root-relative path', () => {
    expect(asMap(socialMeta({ ...page, image }, undefined)).get('og:image')).toBe(`property:${image.path}`);
  });
  it('without an image, no image tag at all', () => {
    expect([...asMap(socialMeta(page, site)).keys()].filter((k) => k.includes('image'))).toEqual([]);
  });
});

describe('robotsTxt', () => {
  it('allows crawling and names the sitemap by its absolute URL', () => {
    expect(robotsTxt(site)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://policy.example.org/sitemap-index.xml\n');
  });
});

describe('link previews', () => {
  it('og:title names the plan once', async () => {
    const { ogTitle } = await import('../../../src/lib/site/seo/seo.ts');
    expect(ogTitle('促进两化深度融合', '辽宁省传统工业转型升级实施方案')).toBe('促进两化深度融合 · 辽宁省传统工业转型升级实施方案');
    expect(ogTitle('原文 · 辽宁省传统工业转型升级实施方案', '辽宁省传统工业转型升级实施方案')).toBe('原文 · 辽宁省传统工业转型升级实施方案');
    expect(ogTitle('搜索', null)).toBe('搜索');
  });
  it('a task leads with its lead and partner departments as printed, then its first sentence', async () => {
    const { taskDescription } = await import('../../../src/lib/site/seo/seo.ts');
    expect(taskDescription({ leadVerb: '牵头负责', leads: ['省甲局'], partners: ['省乙厅', '省丙委'], partnersOpenEnded: true, sentence: '推进融合。' })).toBe('牵头负责：省甲局；配合：省乙厅、省丙委等。推进融合。');
    expect(taskDescription({ leads: ['省甲局'], partners: [], partnersOpenEnded: false, sentence: '推进融合。' })).toBe('牵头：省甲局。推进融合。');
    expect(taskDescription({ leads: [], partners: [], partnersOpenEnded: false, sentence: '推进融合。' })).toBe('推进融合。');
  });
  it('a department says what it leads and how much it cooperates on', async () => {
    const { departmentDescription } = await import('../../../src/lib/site/seo/seo.ts');
    expect(departmentDescription({ name: '省甲局', leads: ['甲任务', '乙任务'], partners: 3, planTitle: '某方案' })).toBe('省甲局在《某方案》中牵头 2 项任务：甲任务、乙任务；配合 3 项。');
    expect(departmentDescription({ name: '省乙厅', leads: [], partners: 1, planTitle: '某方案' })).toBe('省乙厅在《某方案》中不牵头任务；配合 1 项。');
  });
});
