import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { listPages } from '../../src/lib/model/pages.ts';
import { departmentPath, pagePath } from '../../src/lib/model/routes.ts';
import { parseAtom, rfc4287Problems } from '../support/e2e/feed-check.ts';
import { resolveFile } from '../support/e2e/server.ts';
import { BUNDLED_PLAN, bundledModel } from '../support/bundled-model.ts';
import type { PlanModel } from '../../src/lib/model/schema.ts';

/**
 * Issue 13 §2 on the built site (dist/, built without SITE_URL): feed, Open Graph and Twitter tags,
 * and schema.org JSON-LD on every page, checked against the model.
 */
const ROOT = 'dist';
// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  model = bundledModel();
});
const P = `/${BUNDLED_PLAN}/`;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}
const urlOf = (file: string) => `/${relative(ROOT, file).replace(/index\.html$/, '')}`;
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const metaOf = (html: string, attr: 'property' | 'name', key: string) => {
  const m = new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html);
  return m ? decode(m[1]) : undefined;
};
const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => ({ raw: m[1], data: JSON.parse(m[1]) }));
type Node = Record<string, unknown>;
/** Every node of the page's JSON-LD, flattened out of @graph. */
const nodesOf = (html: string): Node[] =>
  jsonLd(html).flatMap(({ data }) => {
    expect(data['@context']).toBe('https://schema.org');
    const { '@context': _, ...node } = data;
    return (data['@graph'] as Node[] | undefined) ?? [node];
  });

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let files: string[];
beforeAll(() => {
  files = htmlFiles(ROOT);
});
let pages: { file: string; url: string; html: string }[];
beforeAll(() => {
  pages = files.map((file) => ({ file, url: urlOf(file), html: readFileSync(file, 'utf8') }));
});

describe('head tags on every page', () => {
  it('finds the pages', () => expect(pages.length).toBeGreaterThan(150));

  it('links the Atom feed, and carries Open Graph and Twitter card title, description, site name and locale', () => {
    const missing: string[] = [];
    for (const { url, html } of pages) {
      if (!html.includes('<link rel="alternate" type="application/atom+xml" href="/feed.atom"')) missing.push(`${url}: feed link`);
      const title = decode(/<title>([^<]*)<\/title>/.exec(html)![1]);
      const description = decode(/<meta name="description" content="([^"]*)"/.exec(html)![1]);
      const og = metaOf(html, 'property', 'og:title');
      // A plan's pages share as "page title · plan title" (issue 20); other pages as their title.
      const pageTitle = title.replace(/ · 政策导航$/, '');
      if (!og || !(og === pageTitle || og.startsWith(`${pageTitle} · `))) missing.push(`${url}: og:title ${og} for ${title}`);
      if (metaOf(html, 'property', 'og:description') !== description) missing.push(`${url}: og:description`);
      if (metaOf(html, 'property', 'og:site_name') !== '政策导航') missing.push(`${url}: og:site_name`);
      if (metaOf(html, 'property', 'og:locale') !== 'zh_CN') missing.push(`${url}: og:locale`);
      // A large card where the page has an image (checked below), the small one otherwise.
      if (metaOf(html, 'name', 'twitter:card') !== (metaOf(html, 'property', 'og:image') ? 'summary_large_image' : 'summary')) missing.push(`${url}: twitter:card`);
      if (metaOf(html, 'name', 'twitter:title') !== og) missing.push(`${url}: twitter:title`);
      if (metaOf(html, 'name', 'twitter:description') !== description) missing.push(`${url}: twitter:description`);
    }
    expect(missing).toEqual([]);
  });
});

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link-preview images (og:image)', () => {
  // The pages that should have one, from the model: the plan home (and / with one plan), sectors,
  // tasks, measures, departments, and the search page.
  const withImage = () =>
    new Set(['/', P, '/search/', ...listPages(model).filter((p) => ['sector', 'task', 'measure'].includes(p.kind)).map((p) => pagePath(model.id, p.kind, p.id)), ...model.departments.map((d) => departmentPath(model.id, d.id))]);

  it('the plan home, every sector, task, measure and department page and the search page name a 1200×630 PNG of dist/, and no other page names one', () => {
    const problems: string[] = [];
    const expected = withImage();
    let images = 0;
    for (const { url, html } of pages) {
      const src = metaOf(html, 'property', 'og:image');
      if (!expected.has(url)) {
        if (src !== undefined || html.includes('og:image')) problems.push(`${url}: og:image on a page without a card`);
        continue;
      }
      if (!src) {
        problems.push(`${url}: no og:image`);
        continue;
      }
      // Built without SITE_URL: the root-relative path (with it, site-url.test.ts checks the absolute URL).
      expect(src, url).toMatch(/^\/og\/[a-z0-9/-]+\.png$/);
      const file = resolveFile(ROOT, src);
      const size = file ? pngSize(readFileSync(file)) : null;
      if (!size) problems.push(`${url}: ${src} is not a PNG of dist/`);
      else if (size.width !== 1200 || size.height !== 630) problems.push(`${url}: ${src} is ${size.width}×${size.height}`);
      if (metaOf(html, 'property', 'og:image:width') !== '1200' || metaOf(html, 'property', 'og:image:height') !== '630') problems.push(`${url}: og:image size tags`);
      if (!metaOf(html, 'property', 'og:image:alt')?.includes(model.meta.planTitle)) problems.push(`${url}: og:image:alt without the plan title`);
      images++;
    }
    expect(problems).toEqual([]);
    expect(images).toBe(expected.size);
    expect(images).toBeGreaterThan(35 + model.departments.length);
  });

  it('a task\'s image text names its printed leads, and no department the task does not assign', () => {
    const task = model.tasks.find((t) => t.id === 'p3-1')!;
    const name = (id: string) => model.departments.find((d) => d.id === id)!.name;
    const alt = metaOf(pages.find((p) => p.url === `${P}tasks/p3-1/`)!.html, 'property', 'og:image:alt')!;
    expect(alt).toContain(`牵头：${task.leads.map(name).join('、')}`);
    expect(alt).toContain('增强自主创新能力');
    expect(alt).toContain(model.meta.docNumber);
    const assigned = new Set([...task.leads, ...task.partners]);
    for (const d of model.departments) if (!assigned.has(d.id) && !task.leads.concat(task.partners).some((id) => name(id).includes(d.name))) expect(alt, d.name).not.toContain(d.name);
    // A sector and the plan home: their titles, no department line.
    const sector = metaOf(pages.find((p) => p.url === `${P}sectors/p2-1-2/`)!.html, 'property', 'og:image:alt')!;
    expect(sector).toMatch(/^2[.．] ?智能机器人；/);
    expect(sector).not.toContain('牵头');
    const home = metaOf(pages.find((p) => p.url === P)!.html, 'property', 'og:image:alt')!;
    expect(home.startsWith(model.meta.planTitle)).toBe(true);
  });
});

describe('JSON-LD', () => {
  it('parses on every page, with one BreadcrumbList, and every @id, url and item resolves to a built page', () => {
    const problems: string[] = [];
    let refs = 0;
    for (const { url, html } of pages) {
      const nodes = nodesOf(html);
      if (nodes.filter((n) => n['@type'] === 'BreadcrumbList').length !== 1) problems.push(`${url}: not one BreadcrumbList`);
      const visit = (v: unknown, key = ''): void => {
        if (Array.isArray(v)) return v.forEach((x) => visit(x, key));
        if (v && typeof v === 'object') return Object.entries(v).forEach(([k, x]) => visit(x, k));
        if (['@id', 'url', 'item'].includes(key) && typeof v === 'string') {
          refs++;
          const target = new URL(v, `http://site${url}`);
          if (target.origin !== 'http://site' || !resolveFile(ROOT, target.pathname)) problems.push(`${url}: ${key} ${v} is not a page of the site`);
        }
      };
      nodes.forEach((n) => visit(n));
    }
    expect(problems).toEqual([]);
    expect(refs).toBeGreaterThan(500);
  });

  it('is data, not script: the CSP gets no hash for it and no unsafe-inline', () => {
    for (const { url, html } of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(csp, url).not.toContain('unsafe-inline');
      for (const { raw } of jsonLd(html)) expect(csp, url).not.toContain(createHash('sha256').update(raw).digest('base64'));
    }
  });

  it('the BreadcrumbList equals the breadcrumbs the page shows', () => {
    let compared = 0;
    for (const { url, html } of pages) {
      const nav = /<nav class="breadcrumbs"[^>]*>([\s\S]*?)<\/nav>/.exec(html);
      if (!nav) continue;
      const shown = [...nav[1].matchAll(/<li>(?:<a href="([^"]*)">([^<]*)<\/a>|<span aria-current="page">([^<]*)<\/span>)<\/li>/g)].map((m) => ({ name: decode(m[2] ?? m[3]), item: m[1] ?? url }));
      const list = nodesOf(html).find((n) => n['@type'] === 'BreadcrumbList')!;
      const items = (list.itemListElement as Node[]).map((i) => ({ name: i.name, item: i.item }));
      expect(items, url).toEqual(shown);
      expect((list.itemListElement as Node[]).map((i) => i.position)).toEqual(shown.map((_, i) => i + 1));
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });

  it('the plan home is a Legislation whose values are the model’s', () => {
    const home = pages.find((p) => p.url === P)!;
    const leg = nodesOf(home.html).find((n) => n['@type'] === 'Legislation')!;
    expect(leg).toEqual({
      '@type': 'Legislation',
      '@id': `${P}#legislation`,
      name: model.meta.planTitle,
      url: P,
      legislationIdentifier: model.meta.docNumber,
      legislationDate: model.meta.issuedDate,
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: model.meta.issuer },
      legislationType: '实施方案',
      inLanguage: 'zh-CN',
      // The status as the plan's record gives it (content/sources/<plan>.record.json): 未标注 claims no legal force.
      creativeWorkStatus: model.record?.status ?? '未标注',
    });
    // With one plan the site's home is the plan's home: the same Legislation.
    expect(nodesOf(pages.find((p) => p.url === '/')!.html).find((n) => n['@type'] === 'Legislation')).toEqual(leg);
  });

  it('part, sector, task and measure pages are parts of it, with their own name and URL', () => {
    const titles = new Map([...model.tasks.map((t) => [t.id, t.title]), ...model.sectorGroups.flatMap((g) => [[g.id, g.title], ...g.sectors.map((s) => [s.id, s.title])])] as [string, string][]);
    let checked = 0;
    for (const page of listPages(model)) {
      const path = pagePath(model.id, page.kind, page.id);
      const node = nodesOf(pages.find((p) => p.url === path)!.html).find((n) => n['@type'] === 'Legislation')!;
      expect(node, path).toEqual({ '@type': 'Legislation', '@id': `${path}#legislation`, name: page.title, url: path, inLanguage: 'zh-CN', isPartOf: { '@id': `${P}#legislation` } });
      if (titles.has(page.id)) expect(node.name, path).toBe(titles.get(page.id));
      checked++;
    }
    expect(checked).toBe(listPages(model).length);
    expect(titles.size).toBeGreaterThan(30);
  });

  it('department pages are GovernmentOrganizations named as the plan prints them', () => {
    const registry = JSON.parse(readFileSync('content/departments.json', 'utf8')) as { departments: { name: string; fullName: string | null }[] };
    for (const d of model.departments) {
      const path = `${P}departments/${d.id}/`;
      const org = nodesOf(pages.find((p) => p.url === path)!.html).find((n) => n['@type'] === 'GovernmentOrganization')!;
      const fullName = registry.departments.find((r) => r.name === d.name)?.fullName;
      expect(org, path).toEqual({ '@type': 'GovernmentOrganization', '@id': `${path}#organization`, name: d.name, url: path, ...(fullName ? { legalName: fullName } : {}) });
    }
  });
});

describe('Atom feed', () => {
  it('is valid Atom 1.0 (feedparser in strict XML mode, and RFC 4287’s requirements) with the plans, newest first', async () => {
    const xml = readFileSync(join(ROOT, 'feed.atom'), 'utf8');
    const feed = await parseAtom(xml, 'https://policy.example.org/feed.atom');
    expect(rfc4287Problems(feed)).toEqual([]);
    expect(feed.items).toHaveLength(1);
    const [entry] = feed.items;
    expect(entry.title).toBe(`${model.meta.planTitle}（${model.meta.docNumber}）`);
    expect(entry.author).toBe(model.meta.issuer);
    expect(entry.link).toBe(`https://policy.example.org${P}`);
    expect(new Date(entry.pubdate!).toISOString()).toBe(new Date(`${model.meta.issuedDate}T00:00:00+08:00`).toISOString());
    expect(entry.summary).toContain(model.meta.docNumber);
    expect(entry.summary).toContain(model.preamble[0].text);
  });

  it('a malformed feed is refused by the same check', async () => {
    await expect(parseAtom('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><id>x</i></feed>', 'https://x/')).rejects.toThrow();
    const noId = await parseAtom('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2015-01-01T00:00:00Z</updated><entry><title>e</title></entry></feed>', 'https://x/');
    expect(rfc4287Problems(noId)).toEqual(expect.arrayContaining(['feed: atom:id is not an absolute IRI', expect.stringMatching(/atom:id is not an absolute IRI/)]));
  });
});
