import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConvertError } from '../../../src/lib/convert/errors.ts';
import { listPages, pagePath } from '../../../src/lib/model/pages.ts';
import { PlanModelSchema } from '../../../src/lib/model/schema.ts';
import { manifestText, mergeManifest, parseManifest, planUrls, RedirectsFileSchema } from '../../../src/lib/model/urls.ts';
import { walkNodes } from '../../../src/lib/model/walk.ts';
import { convertFixture } from '../../support/plans.ts';

const real = PlanModelSchema.parse(JSON.parse(readFileSync('content/generated/liaoning-2015-24/plan.json', 'utf8')));

describe('planUrls', () => {
  const setup = () => {
    const urls = planUrls(real);
    return { urls };
  };
  it('lists every page of the plan and every heading and paragraph of 原文, sorted and once each', () => {
    const { urls } = setup();
    for (const p of listPages(real)) expect(urls).toContain(pagePath(real.id, p.kind, p.id));
    for (const d of real.departments) expect(urls).toContain(`/liaoning-2015-24/departments/${d.id}/`);
    for (const n of walkNodes(real.parts)) {
      expect(urls).toContain(`/liaoning-2015-24/plan/#${n.id}`);
      for (const b of n.blocks) expect(urls).toContain(`/liaoning-2015-24/plan/#${b.id}`);
    }
    expect(urls).toContain('/liaoning-2015-24/plan/#notice-b1');
    expect(urls).toContain('/liaoning-2015-24/tasks/p3-1/#p3-1-dept');
    expect(urls).toContain('/liaoning-2015-24/data/plan.json');
    expect([...urls].sort()).toEqual(urls);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('is the committed manifest (content/generated/<plan>/urls.txt) of the bundled plan', () => {
    const { urls } = setup();
    const committed = parseManifest(readFileSync('content/generated/liaoning-2015-24/urls.txt', 'utf8')).map((l) => l.url);
    expect(committed).toEqual(urls);
  });
});

describe('mergeManifest', () => {
  const setup = () => {
    const model = convertFixture('minimal-plan.txt').model;
    const now = planUrls(model);
    const gone = `/${model.id}/sectors/p9-9/`;
    const before = manifestText(model.id, [...now, gone].sort());

    return { model, now, gone, before };
  };
  it('stops at the line of a published URL that is gone, naming the file', () => {
    const { model, now, gone, before } = setup();
    const line = parseManifest(before).find((l) => l.url === gone)!.line;
    let caught: unknown;
    try {
      mergeManifest(model.id, before, now, {}, 'gen/minimal-plan/urls.txt');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConvertError);
    expect((caught as Error).message).toBe(`gen/minimal-plan/urls.txt:${line}: published URL ${gone} no longer exists; map it to where it went in content/redirects.json`);
  });

  it('keeps a redirected URL in the manifest, and adds new ones', () => {
    const { model, now, gone, before } = setup();
    const out = parseManifest(mergeManifest(model.id, before, now, { [gone]: `/${model.id}/sectors/` }, 'f')).map((l) => l.url);
    expect(out).toContain(gone);
    expect(out.length).toBe(now.length + 1);
    expect(parseManifest(mergeManifest(model.id, null, now, {}, 'f')).map((l) => l.url)).toEqual(now);
  });
});

describe('RedirectsFileSchema', () => {
  it('takes site paths and anchors, nothing else', () => {
    expect(RedirectsFileSchema.safeParse({ redirects: { '/a/b/': '/a/c/', '/a/plan/#x-1': '/a/plan/#x-2' } }).success).toBe(true);
    expect(RedirectsFileSchema.safeParse({ redirects: { 'a/b/': '/a/c/' } }).success).toBe(false);
    expect(RedirectsFileSchema.safeParse({ redirects: { '/a/': 'https://elsewhere.example/' } }).success).toBe(false);
    expect(RedirectsFileSchema.safeParse({ redirects: { '/a b/': '/c/' } }).success).toBe(false);
  });
});
