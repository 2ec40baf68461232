import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { PlanModelSchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { launch } from './browser.ts';
import { buildSite, TEST_LIBRARY } from './build.ts';
import { serve } from './server.ts';

export interface FixtureSite {
  browser: () => Browser;
  base: () => string;
  /** The built site's directory. */
  dist: () => string;
  /** The generated models, by plan id (the file's base name). */
  models: () => Map<string, PlanModel>;
  /** Opens a path of the site in a fresh context and expects it served. */
  open: (path: string) => Promise<Page>;
}

/**
 * A plan of a fixture site: a file under tests/fixtures/ (without .txt), a file by its path from the
 * project root, or a plan built in the test (tests/support/plans.ts: patchPlan) under the id its
 * pages get. `text` runs when the site is built, in beforeAll, not while the tests are collected.
 */
export type FixturePlan = string | { path: string } | { id: string; text: () => string };

/** The test library (build.ts) as fixture plans. */
export const TEST_LIBRARY_PLANS: FixturePlan[] = TEST_LIBRARY.map((path) => ({ path }));

/**
 * Plans built as a site of their own and served, with one Chromium, for the test file that calls
 * it at its top.
 */
export function useFixtureSite(files: FixturePlan[]): FixtureSite {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let base = '';
  let dist = '';
  let models = new Map<string, PlanModel>();
  beforeAll(async () => {
    let built: string | undefined;
    const paths = files.map((f) => {
      if (typeof f === 'string') return `tests/fixtures/${f}.txt`;
      if ('path' in f) return f.path;
      built ??= mkdtempSync(join(tmpdir(), 'fixture-plans-'));
      const path = join(built, `${f.id}.txt`);
      writeFileSync(path, f.text());
      return path;
    });
    const site = buildSite(paths, { compress: false });
    dist = site.dist;
    const generated = site.generated;
    models = new Map(paths.map((f) => basename(f, '.txt')).map((id) => [id, PlanModelSchema.parse(JSON.parse(readFileSync(join(generated!, id, 'plan.json'), 'utf8')))]));
    ({ server, url: base } = await serve(dist));
    browser = await launch();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return {
    browser: () => browser!,
    base: () => base,
    dist: () => dist,
    models: () => models,
    open: async (path) => {
      const page = await (await browser!.newContext()).newPage();
      const res = await page.goto(base + path);
      expect(res?.status(), path).toBe(200);
      return page;
    },
  };
}
