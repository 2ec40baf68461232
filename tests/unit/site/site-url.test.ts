import { describe, expect, it } from 'vitest';
import { parseSiteUrl, siteHref } from '../../../src/lib/site/seo/site-url.ts';

describe('parseSiteUrl', () => {
  it('is undefined when SITE_URL is unset or blank', () => {
    expect(parseSiteUrl(undefined)).toBeUndefined();
    expect(parseSiteUrl('')).toBeUndefined();
    expect(parseSiteUrl('  ')).toBeUndefined();
  });

  it('accepts an http(s) origin, with or without its slash', () => {
    expect(parseSiteUrl('https://policy.example.org')!.href).toBe('https://policy.example.org/');
    expect(parseSiteUrl(' http://policy.example.org/ ')!.href).toBe('http://policy.example.org/');
  });

  it('rejects what would give wrong absolute URLs', () => {
    expect(() => parseSiteUrl('policy.example.org')).toThrow(/absolute URL/);
    expect(() => parseSiteUrl('ftp://policy.example.org/')).toThrow(/http\(s\)/);
    expect(() => parseSiteUrl('https://policy.example.org/?a=1')).toThrow(/plain origin/);
    expect(() => parseSiteUrl('https://policy.example.org/sub/')).toThrow(/sub-path/);
  });
});

describe('siteHref', () => {
  it('is absolute under the site, the bare path without one', () => {
    const site = new URL('https://policy.example.org/');
    expect(siteHref('/liaoning-2015-24/tasks/p3-1/', site)).toBe('https://policy.example.org/liaoning-2015-24/tasks/p3-1/');
    expect(siteHref('/liaoning-2015-24/tasks/p3-1/', undefined)).toBe('/liaoning-2015-24/tasks/p3-1/');
    expect(() => siteHref('tasks/', site)).toThrow(/site path/);
  });
});
