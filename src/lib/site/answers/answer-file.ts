/**
 * The answer file (/<plan>/answers.json) and the answer data it holds, one into the other. The file
 * spells its most repeated keys with a letter or two (see AnswerFileSchema); the code that uses the
 * data reads readable names. The browser reads the file with readAnswerFile, so this module imports
 * types only: no schema library in the browser's bundle.
 */
import type { AnswerData, AnswerFile } from './answer-data.ts';

/** The file's form of the data, its keys in the order the file has always had them. */
export function writeAnswerFile(d: AnswerData): AnswerFile {
  return {
    v: d.v,
    plan: d.plan,
    title: d.title,
    topics: d.topics,
    departments: d.departments,
    resps: d.resps.map(({ deadline, ...r }) => ({ ...r, ...(deadline !== undefined ? { dl: deadline } : {}) })),
    pages: d.pages.map((p) => ({ h: p.href, n: p.name, k: p.kind, ...(p.sector !== undefined ? { s: p.sector } : {}), ...(p.part ? { part: 1 as const } : {}) })),
    places: d.places.map((p) => ({
      a: p.anchor,
      p: p.page,
      t: p.text,
      ...(p.isTitle ? { ti: 1 as const } : {}),
      ...(p.resps !== undefined ? { r: p.resps } : {}),
      ...(p.heads !== undefined ? { hd: p.heads } : {}),
    })),
    sectors: d.sectors.map((s) => ({ ...s, related: s.related.map((x) => ({ r: x.resp, terms: x.terms })) })),
    ...(d.coordination ? { coordination: d.coordination } : {}),
  };
}

/** The data of an answer file as loaded, with readable names. */
export function readAnswerFile(f: AnswerFile): AnswerData {
  return {
    v: f.v,
    plan: f.plan,
    title: f.title,
    topics: f.topics,
    departments: f.departments,
    resps: f.resps.map(({ dl, ...r }) => ({ ...r, ...(dl !== undefined ? { deadline: dl } : {}) })),
    pages: f.pages.map((p) => ({ href: p.h, name: p.n, kind: p.k, ...(p.s !== undefined ? { sector: p.s } : {}), ...(p.part ? { part: true as const } : {}) })),
    places: f.places.map((p) => ({
      anchor: p.a,
      page: p.p,
      text: p.t,
      ...(p.ti ? { isTitle: true as const } : {}),
      ...(p.r !== undefined ? { resps: p.r } : {}),
      ...(p.hd !== undefined ? { heads: p.hd } : {}),
    })),
    sectors: f.sectors.map((s) => ({ ...s, related: s.related.map((x) => ({ resp: x.r, terms: x.terms })) })),
    ...(f.coordination ? { coordination: f.coordination } : {}),
  };
}
