import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parseManifest } from '../../src/lib/durable-urls/manifest.ts';
import { startNginx, type Nginx } from '../../scripts/serve-prod.ts';
import { launch } from '../support/e2e/browser.ts';
import { resolveFile } from '../support/e2e/server.ts';
import { bundledModel } from '../support/bundled-model.ts';
import type { PlanModel } from '../../src/lib/model/schema.ts';

/**
 * Issue 13 §5: URLs that never rot. The bundled plan's manifest is what dist/ serves; then a plan
 * loses a sector: the converter refuses until content/redirects.json maps what went, the build
 * writes the redirects and aliases, and nginx with deploy/nginx.conf follows them in a browser.
 */
const node = process.execPath;
const run = (args: string[], env: Record<string, string> = {}) => spawnSync(node, args, { encoding: 'utf8', env: { ...process.env, ...env } });
const idsOf = (file: string) => new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('the bundled plan’s published URLs', () => {
  let model: PlanModel;
  beforeAll(() => {
    model = bundledModel();
  });
  let lines: string[];
  beforeAll(() => {
    lines = parseManifest(readFileSync(`content/generated/${model.id}/urls.txt`, 'utf8')).map((l) => l.url);
  });

  it('are all served by dist/, every anchor on its page', () => {
    const missing = lines.filter((url) => {
      const [path, anchor] = url.split('#');
      const file = resolveFile('dist', path);
      return !file || (anchor !== undefined && !idsOf(file).has(anchor));
    });
    expect(lines.length).toBeGreaterThan(400);
    expect(missing).toEqual([]);
  });

  it('list every page and data file of the plan, and every paragraph and heading anchor of 原文', () => {
    const listed = new Set(lines);
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
    const served = walk(join('dist', model.id))
      .filter((f) => !/\.(br|gz)$/.test(f))
      .map((f) => `/${relative('dist', f).replace(/index\.html$/, '')}`);
    expect(served.filter((u) => !listed.has(u))).toEqual([]);
    // Ids the model gives to paragraphs and headings (the notice, preamble and outline): p3-1-b2 …
    const modelIds = [...idsOf(join('dist', model.id, 'plan/index.html'))].filter((id) => /^(notice-b|preamble-b|p)\d/.test(id));
    expect(modelIds.length).toBeGreaterThan(150);
    expect(modelIds.filter((id) => !listed.has(`/${model.id}/plan/#${id}`))).toEqual([]);
  });
});

describe('a plan that loses a sector', () => {
  const P = '/minimal-plan';
  const REDIRECTS = {
    [`${P}/sectors/p2-1-2/`]: `${P}/sectors/p2-1/`,
    [`${P}/sectors/p2-1-2/#p2-1-2-b1`]: `${P}/sectors/p2-1/#main`,
    [`${P}/plan/#p2-1-2`]: `${P}/plan/#p2-1`,
    [`${P}/plan/#p2-1-2-b1`]: `${P}/plan/#p2-1`,
  };
  let dir: string;
  let generated: string;
  let dist: string;
  let refused: ReturnType<typeof run>;
  let nginx: Nginx;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'urls-'));
    // nginx's worker process runs as another user: it must be able to read the site.
    chmodSync(dir, 0o755);
    generated = join(dir, 'generated');
    dist = join(dir, 'dist');
    const v2 = join(dir, 'minimal-plan.txt');
    expect(run(['scripts/convert.ts', 'tests/fixtures/minimal-plan.txt', '--out', generated]).status).toBe(0);
    // The next version drops sector 2 of group 1 (工业软件).
    writeFileSync(v2, readFileSync('tests/fixtures/minimal-plan.txt', 'utf8').replace(/^2\. 工业软件。.*\n/m, ''));
    const empty = join(dir, 'no-redirects.json');
    writeFileSync(empty, JSON.stringify({ redirects: {} }));
    refused = run(['scripts/convert.ts', v2, '--out', generated], { POLICY_REDIRECTS: empty });
    const redirects = join(dir, 'redirects.json');
    writeFileSync(redirects, JSON.stringify({ redirects: REDIRECTS }));
    // The test converts the plan itself (each version in turn): astro build builds the pages alone
    // (src/integrations/build-stages.ts), from the generated directory as the converter left it.
    // POLICY_SOURCE_FILES: where the original file offered for download is (nothing is converted).
    const env = { POLICY_REDIRECTS: redirects, POLICY_GENERATED_DIR: generated, POLICY_SOURCE_FILES: v2, POLICY_CONVERT: '0', POLICY_SEARCH_INDEX: '0', POLICY_COMPRESS: '0' };
    const converted = run(['scripts/convert.ts', v2, '--out', generated], env);
    if (converted.status !== 0) throw new Error(converted.stderr);
    const built = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], env);
    if (built.status !== 0) throw new Error(built.stderr + built.stdout);
    nginx = await startNginx(dist);
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await nginx?.stop();
    // The generated directory stays: Astro's content cache in the work tree refers to it until the
    // next build (tests/support/e2e/build.ts leaves its directories for the same reason).
    rmSync(dist, { recursive: true, force: true });
  });

  it('the converter refuses the new version, at the manifest line of the first lost URL, until it is redirected', () => {
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/generated\/minimal-plan\/urls\.txt:\d+: published URL \/minimal-plan\/plan\/#p2-1-2 no longer exists \(and 3 more: .*\/minimal-plan\/sectors\/p2-1-2\/.*\); map it to where it went in content\/redirects\.json/);
    const manifest = parseManifest(readFileSync(join(generated, 'minimal-plan/urls.txt'), 'utf8')).map((l) => l.url);
    for (const old of Object.keys(REDIRECTS)) expect(manifest).toContain(old);
  });

  it('the build fails when a published URL is gone and not redirected', () => {
    // The same generated site, but a manifest line that no redirect covers.
    const manifest = join(generated, 'minimal-plan/urls.txt');
    const saved = join(dir, 'urls.saved');
    copyFileSync(manifest, saved);
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}${P}/tasks/p3-9/\n`);
    const r = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(dir, 'dist-fail')], { POLICY_GENERATED_DIR: generated, POLICY_SOURCE_FILES: join(dir, 'minimal-plan.txt'), POLICY_REDIRECTS: join(dir, 'redirects.json'), POLICY_CONVERT: '0', POLICY_SEARCH_INDEX: '0', POLICY_COMPRESS: '0' });
    copyFileSync(saved, manifest);
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toMatch(/urls\.txt:\d+: published URL \/minimal-plan\/tasks\/p3-9\/ is no longer built/);
  }, 60_000);

  it('writes the page redirect for nginx and static hosts, and keeps moved anchors as aliases', () => {
    expect(readFileSync(join(dist, '_redirects'), 'utf8')).toContain(`${P}/sectors/p2-1-2/ ${P}/sectors/p2-1/ 301`);
    expect(readFileSync(join(dist, '_redirects.map'), 'utf8')).toContain(`${P}/sectors/p2-1-2/ ${P}/sectors/p2-1/;`);
    const plan = readFileSync(join(dist, 'minimal-plan/plan/index.html'), 'utf8');
    expect(plan).toMatch(/<span id="p2-1-2" class="anchor-alias"><\/span><span id="p2-1-2-b1" class="anchor-alias"><\/span><h3 id="p2-1"[ >]|<span id="p2-1-2-b1" class="anchor-alias"><\/span><span id="p2-1-2" class="anchor-alias"><\/span><h3 id="p2-1"[ >]/);
  });

  it('production: nginx answers the old URL with 301, and a browser lands on the new page at the old anchor', async () => {
    const r = await fetch(`${nginx.url}${P}/sectors/p2-1-2/`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe(`${P}/sectors/p2-1/`);
    expect((await fetch(`${nginx.url}${P}/sectors/p2-1-2`, { redirect: 'manual' })).headers.get('location')).toBe(`${P}/sectors/p2-1/`);
    expect((await fetch(`${nginx.url}/_redirects.map`)).status).toBe(404);
    const page = await browser.newPage({ viewport: { width: 390, height: 600 } });
    await page.goto(`${nginx.url}${P}/sectors/p2-1-2/#p2-1-2-b1`);
    expect(new URL(page.url()).pathname).toBe(`${P}/sectors/p2-1/`);
    expect(new URL(page.url()).hash).toBe('#p2-1-2-b1');
    expect(await page.locator('#p2-1-2-b1').count()).toBe(1);
    await page.goto(`${nginx.url}${P}/plan/#p2-1-2`);
    // The old anchor scrolls to the heading that took its place.
    const heading = await page.locator('#p2-1').boundingBox();
    expect(heading).not.toBeNull();
    expect(Math.abs(heading!.y)).toBeLessThan(40);
    await page.close();
  });
});
