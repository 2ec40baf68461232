import { readFileSync } from 'node:fs';
import { describe, expect, it, beforeAll } from 'vitest';
import { PlanModelSchema, type PlanModel } from '../../../src/lib/model/schema.ts';
import { atomFeed, byIssueDate, entrySummary, entryTitle, planEntryId, uuidV5, FEED_ID } from '../../../src/lib/site/seo/feed.ts';
import { convertFixture } from '../../support/plans.ts';
import { bundledModel } from '../../support/bundled-model.ts';

// The bundled plan and the minimal fixture, read and converted before the tests, not while collecting.
let real: PlanModel;
let minimal: PlanModel;
beforeAll(() => {
  real = bundledModel();
  minimal = convertFixture('minimal-plan.txt').model;
});
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

const withMeta = (m: PlanModel, id: string, meta: Partial<PlanModel['meta']>): PlanModel => ({ ...m, id, meta: { ...m.meta, ...meta } });
/** The text between <entry> and </entry> of each entry, in feed order. */
const entries = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((e) => e[1]);
/** The feed's own elements: everything before the first entry. */
const head = (xml: string) => xml.split('<entry>')[0];

describe('ids subscribers keep', () => {
  // Expected values from Python's uuid.uuid5(uuid.NAMESPACE_URL, name): the URL namespace is the default.
  it('derives plan and feed ids in the RFC 4122 URL namespace', () => {
    expect(planEntryId('liaoning-2015-24')).toBe('urn:uuid:2589289d-3110-50ea-83d8-7ff9aa1d47fe');
    expect(FEED_ID).toBe('urn:uuid:11308bec-ea7f-51ce-b2c7-28f29a99f2a4');
  });
  it('hashes non-ASCII names as UTF-8', () => {
    expect(planEntryId('计划')).toBe('urn:uuid:f7740ac6-c078-53c4-8e1c-d126bf1e685f');
  });
});

describe('the feed itself', () => {
  it('is titled, described and linked to the home page, in Chinese', () => {
    const xml = atomFeed([bundledModel()], new URL('https://policy.example.org/'));
    const h = head(xml);
    expect(h).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">');
    expect(h).toContain('<title type="text">政策导航 · 政府文件</title>');
    expect(h).toContain('<subtitle type="text">收录的政府实施方案，按印发日期从新到旧排列</subtitle>');
    expect(h).toContain('<link href="https://policy.example.org/" rel="alternate" type="text/html"/>');
  });

  it('is updated at the newest issue date, midnight in China', () => {
    const r = bundledModel();
    const xml = atomFeed([withMeta(r, 'old', { issuedDate: '2015-07-27' }), withMeta(r, 'none', { issuedDate: null }), withMeta(r, 'new', { issuedDate: '2019-01-02' })], undefined);
    expect(head(xml)).toContain('<updated>2019-01-01T16:00:00.000Z</updated>');
  });

  it('falls back to 1970-01-01 in China when no plan is dated, and gives undated entries that date', () => {
    const xml = atomFeed([withMeta(bundledModel(), 'none', { issuedDate: null })], undefined);
    expect(head(xml)).toContain('<updated>1969-12-31T16:00:00.000Z</updated>');
    const [e] = entries(xml);
    expect(e).toContain('<updated>1969-12-31T16:00:00.000Z</updated>');
    expect(e).not.toContain('<published>');
  });

  it('ends with exactly one newline', () => {
    const xml = atomFeed([bundledModel()], undefined);
    expect(xml.endsWith('</feed>\n')).toBe(true);
  });
});

describe('entries', () => {
  it('summarise text, not markup, and file the 文号 as a category', () => {
    const [e] = entries(atomFeed([bundledModel()], undefined));
    expect(e).toContain('<summary type="text">辽政发〔2015〕24号，');
    expect(e).toContain('<category term="辽政发〔2015〕24号" label="文号"/>');
  });

  it('have no category when the plan has no 文号', () => {
    const [e] = entries(atomFeed([withMeta(bundledModel(), 'x', { docNumber: null })], undefined));
    expect(e).not.toContain('<category');
  });

  it('leave out missing 文号, issuer and printed date from the summary head, without stray commas', () => {
    const r = bundledModel();
    const opening = r.preamble[0].text;
    expect(entrySummary(withMeta(r, 'x', { docNumber: null }))).toBe(`辽宁省人民政府，2015年7月27日印发。${opening}`);
    expect(entrySummary(withMeta(r, 'x', { issuer: null, issuedDatePrinted: null }))).toBe(`辽政发〔2015〕24号。${opening}`);
    expect(entrySummary(withMeta(r, 'x', { issuedDatePrinted: null }))).toBe(`辽政发〔2015〕24号，辽宁省人民政府。${opening}`);
  });

  it('open with the notice body when the plan has no preamble, and with nothing when it has neither', () => {
    const r = bundledModel();
    const noPreamble = { ...r, preamble: [] };
    expect(entrySummary(noPreamble)).toBe(`辽政发〔2015〕24号，辽宁省人民政府，2015年7月27日印发。${r.meta.noticeBody[0].text}`);
    expect(entrySummary({ ...noPreamble, meta: { ...r.meta, noticeBody: [] } })).toBe('辽政发〔2015〕24号，辽宁省人民政府，2015年7月27日印发。');
  });
});

describe('an empty feed', () => {
  it('is still valid Atom, dated 1970-01-01 in China', () => {
    expect(head(atomFeed([], undefined))).toContain('<updated>1969-12-31T16:00:00.000Z</updated>');
  });
});
