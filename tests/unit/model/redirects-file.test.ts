/**
 * Reading content/redirects.json: where it is, what a missing file means, and FILE:LINE errors for a
 * file that is not JSON or not a map of site paths.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readRedirects, redirectsPath } from '../../../src/lib/durable-urls/redirects-file.ts';

const dirs: string[] = [];
function file(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'redirects-'));
  dirs.push(dir);
  const path = join(dir, 'redirects.json');
  writeFileSync(path, text);
  return path;
}
afterEach(() => {
  vi.unstubAllEnvs();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('redirectsPath', () => {
  it('is content/redirects.json of the working directory by default', () => {
    vi.stubEnv('POLICY_REDIRECTS', undefined);
    expect(redirectsPath()).toBe(join(process.cwd(), 'content', 'redirects.json'));
  });
  it('is POLICY_REDIRECTS when set', () => {
    vi.stubEnv('POLICY_REDIRECTS', 'tests/x.json');
    expect(redirectsPath()).toBe(resolve('tests/x.json'));
  });
});

describe('readRedirects', () => {
  it('reads the file POLICY_REDIRECTS names', () => {
    vi.stubEnv('POLICY_REDIRECTS', file(JSON.stringify({ redirects: { '/a/old/': '/a/new/' } })));
    expect(readRedirects()).toEqual({ '/a/old/': '/a/new/' });
  });
  it('maps nothing when there is no file', () => {
    expect(readRedirects(join(tmpdir(), 'no-such-dir-redirects', 'redirects.json'))).toEqual({});
  });
  it('stops at line 1 of a file that is not JSON, naming it relative to the working directory', () => {
    const path = file('{ "redirects": ');
    expect(() => readRedirects(path)).toThrow(new RegExp(`^${relative(process.cwd(), path).replace(/[.]/g, '\\.')}:1: invalid JSON: `));
  });
  it('names the path itself when it is the working directory', () => {
    expect(() => readRedirects(process.cwd())).toThrow(`${process.cwd()}:1: invalid JSON: `);
  });
  it('stops at a redirect to something that is not a site path, naming the key and the rule', () => {
    const path = file(JSON.stringify({ redirects: { '/a/': 'https://elsewhere.example/' } }));
    expect(() => readRedirects(path)).toThrow(`${relative(process.cwd(), path)}:1: invalid redirects: redirects./a/: a site path starting with /, optionally with #anchor`);
  });
});
