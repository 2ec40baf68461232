import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderSiteConfig } from '../../../scripts/serve-prod.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let nginx: string;
beforeAll(() => {
  nginx = readFileSync('deploy/nginx.conf', 'utf8');
});
let headersFile: string;
beforeAll(() => {
  headersFile = readFileSync('public/_headers', 'utf8');
});

/** add_header NAME "VALUE" lines of the nginx server block (constant values only). */
function nginxHeaders(): Map<string, string> {
  return new Map([...nginx.matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"\s+always;/gm)].map((m) => [m[1].toLowerCase(), m[2]]));
}

/** Header lines of one path block of a _headers file. */
function staticHostHeaders(path: string): Map<string, string> {
  const lines = headersFile.split('\n');
  const start = lines.findIndex((l) => l.trim() === path);
  const out = new Map<string, string>();
  for (const l of lines.slice(start + 1)) {
    if (!/^\s+\S/.test(l)) break;
    const i = l.indexOf(':');
    out.set(l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim());
  }
  return out;
}

describe('security headers', () => {
  it('nginx and the static-host _headers file send the same security headers', () => {
    const a = nginxHeaders();
    const b = staticHostHeaders('/*');
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'x-frame-options']) {
      expect(a.get(name), name).toBeTruthy();
      expect(b.get(name), name).toBe(a.get(name));
    }
  });

  it('forbid framing and plugins and keep forms and <base> on this origin', () => {
    const csp = nginxHeaders().get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('the caching rules agree: hashed assets immutable, HTML revalidated', () => {
    const immutable = 'public, max-age=31536000, immutable';
    expect(nginx).toMatch(new RegExp(`~\\^/_astro/\\s+"${immutable}"`));
    expect(staticHostHeaders('/_astro/*').get('cache-control')).toBe(immutable);
    const short = /default\s+"([^"]+)"/.exec(nginx)![1];
    expect(staticHostHeaders('/*').get('cache-control')).toBe(short);
  });
});

describe('renderSiteConfig', () => {
  it('replaces the listen address, the root and the redirect map in it, nothing else', () => {
    const out = renderSiteConfig(nginx, 18080, '/tmp/site');
    expect(out).toContain('listen 127.0.0.1:18080;');
    expect(out).toContain('root /tmp/site;');
    expect(out).toContain('include /tmp/site/_redirects.map;');
    expect(out.replace('listen 127.0.0.1:18080;', '').replace('root /tmp/site;', '').replace('include /tmp/site/_redirects.map;', '')).toBe(
      nginx.replace(/listen\s+[^;]+;/, '').replace(/root\s+[^;]+;/, '').replace(/include\s+\S*\/_redirects\.map;/, ''),
    );
  });
  it('the deployed redirect map sits in the deployed root', () => {
    const root = /^\s*root\s+([^;]+);/m.exec(nginx)![1];
    expect(nginx).toContain(`include ${root}/_redirects.map;`);
  });
  it('refuses a template without a root', () => {
    expect(() => renderSiteConfig('server { listen 80; }', 1, '/x')).toThrow(/root/);
  });
});
