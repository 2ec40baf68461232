/**
 * The corpus run: every real document of the shared corpus (../shared/corpus/<set>/*, read where
 * it is and never copied in: text copies, portal pages, Word and PDF files) and every form fixture
 * (tests/fixtures/corpus/*.txt, tests/fixtures/formats/*), converted with no sidecar, each
 * summarised on one line. Used by `npm run corpus` and by the tests that pin its summary
 * (tests/unit/convert/corpus.test.ts, corpus-formats.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConvertError, convertDocument, convertPlan } from '../src/lib/convert/index.ts';
import { readSource } from '../src/lib/read/index.ts';
import { readingSummary, type ReadingSummary } from '../src/lib/convert/summary.ts';
import * as OpenCC from 'opencc-js';
import type { PlanModel } from '../src/lib/model/schema.ts';
import { env } from '../src/lib/build/env.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The shared corpus: POLICY_CORPUS_DIR, else ../shared/corpus beside the project. */
export const sharedCorpusDir = (): string => env.corpusDir();
export const fixtureCorpusDir = join(root, 'tests', 'fixtures', 'corpus');

/** Every .txt of a folder and of its sub-folders, sorted; [] when the folder is absent. */
export function corpusFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return corpusFiles(path);
    return name.endsWith('.txt') ? [path] : [];
  });
}

/**
 * Every published file (.html .htm .docx .pdf) of a folder and of its sub-folders, sorted; [] when
 * the folder is absent. A `bad/` folder holds files that must be refused (encrypted, scanned): they
 * are tested on their own, not converted with the documents.
 */
export function publishedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'bad' ? [] : publishedFiles(path);
    return /\.(html?|docx|pdf)$/i.test(name) ? [path] : [];
  });
}

export const formatFixtureDir = join(root, 'tests', 'fixtures', 'formats');

/** A published file read by its format's reader, then converted: as `npm run convert` does. */
export async function convertPublishedFile(path: string): Promise<CorpusResult> {
  const file = corpusName(path);
  try {
    const bytes = readFileSync(path);
    const { model } = convertDocument(await readSource(bytes, file), bytes, { file });
    return { file, status: 'converted', summary: readingSummary(model), model };
  } catch (e) {
    if (e instanceof ConvertError) return { file, status: 'refused', error: e.message };
    throw new Error(`${relative(process.cwd(), path)}: ${(e as Error).stack}`);
  }
}

export type CorpusResult =
  | { file: string; status: 'converted'; summary: ReadingSummary; model: PlanModel }
  | { file: string; status: 'refused'; error: string };

/** A document's name in the corpus: its folder and file name (gov-2019/g005.txt). */
export const corpusName = (path: string): string => `${basename(dirname(path))}/${basename(path)}`;

export function convertCorpusFile(path: string): CorpusResult {
  const file = corpusName(path);
  try {
    const { model } = convertPlan(readFileSync(path), { file });
    return { file, status: 'converted', summary: readingSummary(model), model };
  } catch (e) {
    if (e instanceof ConvertError) return { file, status: 'refused', error: e.message };
    throw new Error(`${relative(process.cwd(), path)}: ${(e as Error).stack}`);
  }
}

/** The figures a run is judged by, per document: what the pinned baseline keeps. */
export interface BaselineEntry {
  status: 'converted' | 'refused';
  responsibilities: number;
  unread: number;
}

export function baselineEntry(r: CorpusResult): BaselineEntry {
  if (r.status === 'refused') return { status: 'refused', responsibilities: 0, unread: 0 };
  return { status: 'converted', responsibilities: Object.values(r.summary.responsibilities).reduce((a, b) => a + b, 0), unread: r.summary.unread };
}

/** Plan-like: a document with at least two parts. */
export function totals(results: CorpusResult[]): { documents: number; converted: number; refused: number; planLike: number; responsibilities: Record<string, number>; tableRows: number; unread: number } {
  const converted = results.filter((r) => r.status === 'converted');
  const responsibilities: Record<string, number> = {};
  for (const r of converted) for (const [k, n] of Object.entries(r.summary.responsibilities)) responsibilities[k] = (responsibilities[k] ?? 0) + n;
  return {
    documents: results.length,
    converted: converted.length,
    refused: results.length - converted.length,
    planLike: converted.filter((r) => r.summary.parts >= 2).length,
    responsibilities,
    tableRows: converted.reduce((n, r) => n + r.summary.tableRows, 0),
    unread: converted.reduce((n, r) => n + r.summary.unread, 0),
  };
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/**
 * The same document as other publishers deliver it: the portal's machine-converted traditional
 * copy, a PDF extraction (lines wrapped at 36 characters, a page number every 28 lines) and a file
 * with Windows line ends. Each must read as the original does.
 */
export function variantsOf(text: string): { kind: string; text: string }[] {
  const wrapped: string[] = [];
  let n = 0;
  let page = 1;
  for (const p of text.split('\n')) {
    if (p.trim() === '') continue;
    for (let i = 0; i < p.length; i += 36) {
      wrapped.push(p.slice(i, i + 36));
      if (++n % 28 === 0) wrapped.push('', `— ${++page} —`, '');
    }
  }
  return [
    { kind: 'traditional', text: toTraditional(text) },
    { kind: 'pdf', text: wrapped.join('\n') },
    { kind: 'crlf', text: text.replace(/\n/g, '\r\n') },
  ];
}

/** What must not change between a document and its variants. */
export function shapeOf(model: PlanModel): unknown {
  const name = new Map(model.departments.map((d) => [d.id, d.name]));
  return {
    form: model.reading.form,
    parts: model.parts.map((p) => p.id),
    tasks: model.tasks.map((t) => t.id),
    assignments: model.assignments.map((a) => [a.node, a.notation, a.leadRule, a.leads.map((id) => name.get(id)), a.partners.map((id) => name.get(id))]),
    unread: model.reading.unread.map((u) => u.code),
  };
}
