import { describe, expect, it } from 'vitest';
import { robotsTxt, socialMeta } from '../../../src/lib/site/seo.ts';

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

describe('robotsTxt', () => {
  it('allows crawling and names the sitemap by its absolute URL', () => {
    expect(robotsTxt(site)).toBe('User-agent: *\nAllow: /\n\nSitemap: https://policy.example.org/sitemap-index.xml\n');
  });
});
