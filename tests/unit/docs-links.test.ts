/**
 * The project's Markdown (README, CONTRIBUTING, CHANGELOG and docs/) links only to files that exist,
 * and to headings those files have: a page moved or a heading renamed fails here, not in a reader's
 * browser. Links to other sites are not followed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../support/plans.ts';

const markdownFiles = (): string[] => {
  const inDocs = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? inDocs(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
  return [...['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'].map((f) => join(root, f)), ...inDocs(join(root, 'docs'))];
};

/** Markdown without its code: a link inside a code block or span is an example, not a link. */
const prose = (text: string) => text.replace(/^( {4}|\t).*$/gm, '').replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) =>
  heading.trim().toLowerCase().replace(/`/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');

const anchorsOf = (file: string) => new Set([...readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1])));

/** Every relative link of a file: [text](target) with no scheme, as a path and an optional anchor. */
const linksOf = (file: string) =>
  [...prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1])
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t))
    .map((t) => {
      const [path, anchor] = t.split('#');
      return { target: t, path: path ? join(dirname(file), decodeURIComponent(path)) : file, anchor: anchor ?? null };
    });

describe('links between the Markdown files', () => {
  it('computes GitHub’s heading anchors', () => {
    expect(slug('Read, don\'t refuse')).toBe('read-dont-refuse');
    expect(slug('"Who leads this?": answers')).toBe('who-leads-this-answers');
    expect(slug('Page weight and JavaScript')).toBe('page-weight-and-javascript');
    expect(slug('A library of 10 000 plans (on paper)')).toBe('a-library-of-10-000-plans-on-paper');
  });

  it('finds the files and their links', () => {
    const files = markdownFiles();
    expect(files.map((f) => relative(root, f))).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'docs/reference/converter.md']));
    expect(files.flatMap(linksOf).length).toBeGreaterThan(30);
  });

  it('resolve to existing files and headings', () => {
    const broken: string[] = [];
    for (const file of markdownFiles()) {
      for (const link of linksOf(file)) {
        const where = `${relative(root, file)}: ${link.target}`;
        if (!existsSync(link.path)) broken.push(`${where} (no such file)`);
        else if (link.anchor !== null && statSync(link.path).isFile() && link.path.endsWith('.md') && !anchorsOf(link.path).has(link.anchor)) broken.push(`${where} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
