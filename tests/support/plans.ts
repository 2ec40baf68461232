/**
 * Plans for the tests: the fixture files (tests/fixtures/), the bundled plan's source, small plans
 * built from a fixture by a one-line patch, and helpers to convert them and to check the errors the
 * converter throws. Not a test file itself (no .test suffix).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ConvertError, convertPlan, type ConvertResult } from '../../src/lib/convert/index.ts';
import type { SourceLine } from '../../src/lib/convert/read.ts';
import type { LogicalLine } from '../../src/lib/convert/repair.ts';
import type { NotesFile } from '../../src/lib/model/schema.ts';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const fixturePath = (name: string) => join(root, 'tests', 'fixtures', name);
export const fixtureBytes = (name: string): Uint8Array => readFileSync(fixturePath(name));
export const fixtureText = (name: string): string => readFileSync(fixturePath(name), 'utf8');

export const REAL_PLAN = join(root, 'content', 'sources', 'liaoning-2015-24.txt');
export const realPlanBytes = (): Uint8Array => readFileSync(REAL_PLAN);
export const realPlanNotes = (): NotesFile =>
  JSON.parse(readFileSync(join(root, 'content', 'sources', 'liaoning-2015-24.notes.json'), 'utf8'));

export const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/**
 * One change to a plan's text: the line at a 1-based number replaced by `replace`, or the one
 * occurrence of `find` (usually part of a line; it may span lines) replaced by `replace`. `replace`
 * may hold \n to insert lines, or be '' to blank a line or cut text out.
 */
export type LinePatch = { line: number; replace: string } | { find: string; replace: string };

/**
 * A small plan that differs from `base` (usually a fixture's text) by the given patches, applied in
 * order: the near-copies of a fixture a test needs, written as the change they make. A patch that
 * matches nothing, or `find` more than once, throws: a test whose defect was never planted would
 * pass for the wrong reason.
 */
export function patchPlan(base: string, ...patches: LinePatch[]): string {
  let text = base;
  for (const patch of patches) {
    if ('line' in patch) {
      const lines = text.split('\n');
      if (patch.line < 1 || patch.line > lines.length) throw new Error(`patchPlan: no line ${patch.line} (the plan has ${lines.length})`);
      lines[patch.line - 1] = patch.replace;
      text = lines.join('\n');
      continue;
    }
    const at = text.indexOf(patch.find);
    if (at === -1 || text.indexOf(patch.find, at + 1) !== -1) throw new Error(`patchPlan: ${JSON.stringify(patch.find)} must occur exactly once`);
    text = text.slice(0, at) + patch.replace + text.slice(at + patch.find.length);
  }
  return text;
}

/** Converts a fixture file by name, using its name as the file in error messages. */
export function convertFixture(name: string, notes?: NotesFile): ConvertResult {
  return convertPlan(fixtureBytes(name), { file: name, notes });
}

/** Converts text (not a file) under the given file name. */
export function convertText(text: string, file = 'inline.txt', notes?: NotesFile): ConvertResult {
  return convertPlan(encode(text), { file, notes });
}

/** Runs fn, expects a ConvertError, checks its file and line and returns it. */
export function expectConvertError(fn: () => unknown, file: string, line: number): ConvertError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ConvertError);
  const err = caught as ConvertError;
  expect(err.file).toBe(file);
  expect(err.line).toBe(line);
  expect(err.message.startsWith(`${file}:${line}: `)).toBe(true);
  expect(err.message).toBe(`${file}:${line}: ${err.detail}`);
  return err;
}

/**
 * Runs fn and expects the error a reader throws internally for a shape it cannot read (a grid whose
 * rows do not fit its header): never a ConvertError, its message starts with `line N: `. Returns
 * the message.
 */
export function expectShapeError(fn: () => unknown, line: number): string {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(Error);
  expect(caught).not.toBeInstanceOf(ConvertError);
  const message = (caught as Error).message;
  expect(message.startsWith(`line ${line}: `), message).toBe(true);
  return message;
}

/** The entries of a reading log (or of model.reading) without their details, for exact comparison. */
export function unreadEntries(reading: { unread: { line: number; endLine: number; pass: string; code: string }[] }): [number, number, string, string][] {
  return reading.unread.map((u) => [u.line, u.endLine, u.pass, u.code]);
}
export function observationEntries(reading: { observations: { line: number; pass: string; code: string }[] }): [number, string, string][] {
  return reading.observations.map((o) => [o.line, o.pass, o.code]);
}

/** Numbered source lines from text split at \n (1-based, like readLines). */
export function sourceLines(text: string): SourceLine[] {
  return text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
}

/** Logical lines with no marks: each entry is [text, line] (endLine = line). */
export function logical(entries: [string, number][]): LogicalLine[] {
  return entries.map(([text, line]) => ({ text, line, endLine: line, marks: [] }));
}

/** 1-based line number of the first line of `text` that equals `line` exactly. */
export function lineOf(text: string, line: string): number {
  const i = text.split(/\r\n|\r|\n/).indexOf(line);
  if (i === -1) throw new Error(`fixture has no line ${JSON.stringify(line)}`);
  return i + 1;
}

/** Non-whitespace characters counted as code points. */
export const nonWhitespaceCount = (s: string): number => [...s.replace(/\s+/gu, '')].length;
