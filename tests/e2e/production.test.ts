import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startNginx, type Nginx } from '../../scripts/serve-prod.ts';
import { launch } from '../support/e2e/browser.ts';
import { seeContains, seeText } from '../support/e2e/see.ts';
import { bundledModel } from '../support/bundled-model.ts';
import type { PlanModel } from '../../src/lib/model/schema.ts';

// Read before the tests, not while they are collected (tests/unit/test-hygiene.test.ts).
let model: PlanModel;
beforeAll(() => {
  model = bundledModel();
});
let nginx: Nginx;
let browser: Browser;
beforeAll(async () => {
  nginx = await startNginx('dist');
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

const get = (path: string, encoding = 'identity') => fetch(`${nginx.url}${path}`, { headers: { 'accept-encoding': encoding }, redirect: 'manual' });

describe('served by nginx with deploy/nginx.conf', () => {
  it('sends the security headers on pages, assets and errors', async () => {
    for (const path of ['/', `/${model.id}/plan/`, '/no-such-page/']) {
      const r = await get(path);
      expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(r.headers.get('permissions-policy')).toContain('camera=()');
    }
    expect((await get('/no-such-page/')).status).toBe(404);
  });

  it('serves the precompressed brotli and gzip files, and plain text to clients without them', async () => {
    const path = `/${model.id}/plan/`;
    const br = await get(path, 'br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
    const gz = await get(path, 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await get(path);
    expect(plain.headers.get('content-encoding')).toBeNull();
    // fetch decodes: all three carry the same page.
    const [a, b, c] = await Promise.all([br.text(), gz.text(), plain.text()]);
    expect(a).toBe(c);
    expect(b).toBe(c);
    expect(c).toContain(model.meta.docNumber);
  });

  it('caches hashed assets for a year and HTML briefly; directory URLs redirect to their slash', async () => {
    const html = await (await get('/')).text();
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1];
    expect((await get(css)).headers.get('cache-control')).toContain('immutable');
    expect((await get('/')).headers.get('cache-control')).toContain('max-age=300');
    const r = await get(`/${model.id}`);
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe(`/${model.id}/`);
  });

  it('includes the generated redirect map, and serves neither it nor the static-host files', async () => {
    for (const path of ['/_redirects.map', '/_redirects', '/_headers']) expect((await get(path)).status, path).toBe(404);
    // A moved URL followed through nginx in a browser: tests/e2e/urls.test.ts (a plan that loses a sector).
  });

  it('serves the Atom feed as Atom', async () => {
    expect((await get('/feed.atom')).headers.get('content-type')).toMatch(/^application\/atom\+xml/);
  });

  it('gives Pagefind files and WebAssembly their types', async () => {
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/javascript/);
    expect((await get('/pagefind/pagefind-entry.json')).headers.get('content-type')).toMatch(/json/);
  });

  it('a reader journey and a search work under the Content-Security-Policy, with no request elsewhere', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const violations: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(nginx.url)) foreign.push(r.url());
    });
    await page.goto(`${nginx.url}/`);
    await page.getByRole('link', { name: /^行业/ }).first().click();
    await page.getByRole('link', { name: '精密轴承', exact: true }).click();
    await seeText(page.locator('h1'), '精密轴承');
    await page.goto(`${nginx.url}/${model.id}/departments/graph/`);
    await page.locator('#dept-graph a.node').first().focus();
    expect(await page.locator('#dept-graph.focusing').count()).toBe(1);
    await page.goto(`${nginx.url}/search/?q=${encodeURIComponent('轴承')}`);
    await seeContains(page.locator('main'), '精密轴承');
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
