import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { PlanModelSchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { launch } from './browser.ts';
import { buildSite } from './build.ts';
import { serve } from './server.ts';

export interface FixtureSite {
  browser: () => Browser;
  base: () => string;
  /** The generated models, by plan id (the file's base name). */
  models: () => Map<string, PlanModel>;
  /** Opens a path of the site in a fresh context and expects it served. */
  open: (path: string) => Promise<Page>;
}

/**
 * Plan files under tests/fixtures/ (without .txt) built as a site of their own and served, with
 * one Chromium, for the test file that calls it at its top.
 */
export function useFixtureSite(files: string[]): FixtureSite {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let base = '';
  let models = new Map<string, PlanModel>();
  beforeAll(async () => {
    const { dist, generated } = buildSite(files.map((f) => `tests/fixtures/${f}.txt`), { compress: false });
    models = new Map(files.map((f) => basename(f)).map((id) => [id, PlanModelSchema.parse(JSON.parse(readFileSync(join(generated!, id, 'plan.json'), 'utf8')))]));
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
    models: () => models,
    open: async (path) => {
      const page = await (await browser!.newContext()).newPage();
      const res = await page.goto(base + path);
      expect(res?.status(), path).toBe(200);
      return page;
    },
  };
}
