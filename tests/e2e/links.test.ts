import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveFile } from '../support/e2e/server.ts';

const ROOT = 'dist';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)));
const urlOf = (file: string) => `/${relative(ROOT, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;

describe('internal links of the built site', () => {
  let files: string[];
  beforeAll(() => {
    files = htmlFiles(ROOT);
  });
  let ids: Map<string, Set<string>>;
  beforeAll(() => {
    ids = new Map(files.map((f) => [resolve(f), new Set([...readFileSync(f, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])))]));
  });

  it('finds the built pages', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('every href and #fragment resolves to a page and an element on it', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<(?:a|link)\s[^>]*?href="([^"]*)"/g)) {
        const href = decode(m[1]);
        const url = new URL(href, `http://site${urlOf(file)}`);
        if (url.origin !== 'http://site') {
          broken.push(`${file}: external link ${href}`);
          continue;
        }
        checked++;
        const target = resolveFile(ROOT, url.pathname);
        if (!target) {
          broken.push(`${file}: ${href} (no page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !ids.get(target)?.has(fragment)) broken.push(`${file}: ${href} (no #${fragment})`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(500);
  });

  it('no page refers to another origin for anything it loads or submits to (scripts, styles, images, forms)', () => {
    const foreign: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\s(src|srcset|action|poster|data)="([^"]*)"/g)) {
        if (/^(https?:)?\/\//i.test(m[2].trim())) foreign.push(`${file}: ${m[1]}=${m[2]}`);
      }
      for (const m of html.matchAll(/url\((['"]?)(https?:)?\/\//gi)) foreign.push(`${file}: ${m[0]}`);
    }
    expect(foreign).toEqual([]);
  });

  it('no id is used twice on a page', () => {
    const dupes: string[] = [];
    for (const file of files) {
      const all = [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      const seen = new Set<string>();
      for (const id of all) {
        if (seen.has(id)) dupes.push(`${file}#${id}`);
        seen.add(id);
      }
    }
    expect(dupes).toEqual([]);
  });
});
