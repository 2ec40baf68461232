import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanModelSchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { atomFeed, byIssueDate, entrySummary, entryTitle, planEntryId, uuidV5 } from '../../../src/lib/site/feed.ts';
import { convertFixture } from '../../support/plans.ts';

const real = PlanModelSchema.parse(JSON.parse(readFileSync('content/generated/liaoning-2015-24/plan.json', 'utf8')));
const minimal = convertFixture('minimal-plan.txt').model;
const withDate = (m: PlanModel, id: string, issuedDate: string | null): PlanModel => ({ ...m, id, meta: { ...m.meta, issuedDate } });

describe('uuidV5', () => {
  it('matches the RFC 4122 name-based UUID (the DNS-namespace example for www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it('gives each plan its own id, the same on every build and host', () => {
    expect(planEntryId('a')).toBe(planEntryId('a'));
    expect(planEntryId('a')).not.toBe(planEntryId('b'));
    expect(planEntryId('a')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('atomFeed', () => {
  it('orders plans newest first, undated last', () => {
    const ms = [withDate(real, 'b-2015', '2015-07-27'), withDate(real, 'a-none', null), withDate(real, 'c-2019', '2019-01-02')];
    expect(byIssueDate(ms).map((m) => m.id)).toEqual(['c-2019', 'b-2015', 'a-none']);
  });

  it('carries title with 文号, issuer, date, summary and link of the plan', () => {
    const xml = atomFeed([real], new URL('https://policy.example.org/'));
    expect(entryTitle(real.meta)).toBe('辽宁省传统工业转型升级实施方案（辽政发〔2015〕24号）');
    expect(xml).toContain(`<title type="text">${entryTitle(real.meta)}</title>`);
    expect(xml).toContain('<name>辽宁省人民政府</name>');
    expect(xml).toContain('<published>2015-07-26T16:00:00.000Z</published>');
    expect(xml).toContain('<link href="https://policy.example.org/liaoning-2015-24/" rel="alternate" type="text/html"/>');
    expect(xml).toContain('<link href="https://policy.example.org/feed.atom" rel="self" type="application/atom+xml"/>');
    expect(entrySummary(real)).toBe(`辽政发〔2015〕24号，辽宁省人民政府，2015年7月27日印发。${real.preamble[0].text}`);
    expect(xml).toContain(entrySummary(real));
  });

  it('uses site paths and no absolute address without SITE_URL, and no build time', () => {
    const xml = atomFeed([real, minimal], undefined);
    expect(xml).toContain('<link href="/liaoning-2015-24/" rel="alternate" type="text/html"/>');
    expect(xml).not.toMatch(/href="https?:/);
    expect(atomFeed([real, minimal], undefined)).toBe(xml);
  });
});
