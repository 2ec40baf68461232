/**
 * Mutations of real plan texts for property-based tests of the converter, shared by the bounded
 * unit test (tests/unit/convert/fuzz.test.ts) and the long sweep (scripts/fuzz.ts).
 *
 * The property: convertPlan either returns a model that passes PlanModelSchema and whose text,
 * recomputed here from the model and its corrections, equals the source (fidelity), or throws a
 * ConvertError whose line lies within the file and whose message starts with `FILE:LINE: `. Any
 * other exception, an `internal error` ConvertError (the converter's own fidelity or schema check
 * failing) or a line outside the file is a failure.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { ConvertError, convertPlan } from '../../src/lib/convert/index.ts';
import { applyCorrections, compareText } from '../../src/lib/model/fidelity.ts';
import { PlanModelSchema } from '../../src/lib/model/schema.ts';
import { printedSegments } from '../../src/lib/model/text.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The plans mutated: the bundled plan and every fixture plan that converts. */
export const SOURCE_PLANS: { name: string; path: string }[] = [
  { name: 'liaoning-2015-24.txt', path: join(root, 'content', 'sources', 'liaoning-2015-24.txt') },
  ...['minimal-plan', 'named-plan', 'duty-lines-plan', 'division-table-plan', 'chapters-plan', 'reprint-plan', 'injection-plan'].map((n) => ({
    name: `${n}.txt`,
    path: join(root, 'tests', 'fixtures', `${n}.txt`),
  })),
  // The forms real publishers print (tests/fixtures/corpus/README.md).
  ...['province-plan-pdf', 'province-table-portal', 'city-opinion', 'city-opinion-traditional', 'county-notice-measures'].map((n) => ({
    name: `${n}.txt`,
    path: join(root, 'tests', 'fixtures', 'corpus', `${n}.txt`),
  })),
];

export const readPlan = (path: string): string => readFileSync(path, 'utf8');

const encoder = new TextEncoder();
export const encode = (s: string): Uint8Array => encoder.encode(s);

/** A mutation of a plan's text (or, for byte corruption, of its bytes), with a printable name. */
export type Mutation =
  | { kind: 'delete-lines'; at: number; count: number }
  | { kind: 'duplicate-line'; at: number; times: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'corrupt-bytes'; edits: { at: number; byte: number }[] }
  | { kind: 'crlf' }
  | { kind: 'bom' }
  | { kind: 'nbsp'; at: number[] }
  | { kind: 'ideographic-space'; at: number[] }
  | { kind: 'full-width-digits'; every: number }
  | { kind: 'half-width-brackets'; every: number }
  | { kind: 'long-line'; at: number; unit: string; bytes: number }
  | { kind: 'repeat'; times: number };

/** Units a long line is made of: plain text, punctuation, digits, brackets, tabs, notations. */
export const LONG_LINE_UNITS = [
  '发展', '发展，', '发展。', '发 ', ' ', '\t', '1', '1个', '1.5%', '到2015年', '到2015年1个', '2015年', '（', '）',
  '《', '設', '１２', '一是', '省财政厅', '——', '、', 'a', '\u00a0', '\u3000',
];

const lineIndex = (n: number, lines: number) => ((n % lines) + lines) % lines;

/** Applies one mutation to bytes (text mutations decode, edit and re-encode). */
export function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  if (m.kind === 'corrupt-bytes') {
    const out = bytes.slice();
    for (const e of m.edits) if (out.length > 0) out[e.at % out.length] = e.byte;
    return out;
  }
  if (m.kind === 'truncate') return bytes.slice(0, m.at % (bytes.length + 1));
  if (m.kind === 'bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
  const text = new TextDecoder().decode(bytes);
  return encode(mutateText(text, m));
}

function mutateText(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const n = lines.length;
  switch (m.kind) {
    case 'delete-lines': {
      const at = lineIndex(m.at, n);
      lines.splice(at, m.count);
      return lines.join('\n');
    }
    case 'duplicate-line': {
      const at = lineIndex(m.at, n);
      lines.splice(at, 0, ...Array<string>(m.times).fill(lines[at]));
      return lines.join('\n');
    }
    case 'swap-lines': {
      const a = lineIndex(m.a, n);
      const b = lineIndex(m.b, n);
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'nbsp':
    case 'ideographic-space': {
      const space = m.kind === 'nbsp' ? '\u00a0' : '\u3000';
      const chars = [...text];
      // Each position either replaces an ASCII space or is inserted there.
      for (const p of [...m.at].sort((x, y) => y - x)) {
        const i = p % (chars.length + 1);
        if (chars[i] === ' ') chars[i] = space;
        else chars.splice(i, 0, space);
      }
      return chars.join('');
    }
    case 'full-width-digits': {
      let k = 0;
      return text.replace(/\d/g, (d) => (k++ % m.every === 0 ? String.fromCharCode(d.charCodeAt(0) + 0xfee0) : d));
    }
    case 'half-width-brackets': {
      let k = 0;
      return text.replace(/[（）]/g, (b) => (k++ % m.every === 0 ? (b === '（' ? '(' : ')') : b));
    }
    case 'long-line': {
      const unitBytes = encode(m.unit).length;
      lines.splice(lineIndex(m.at, n + 1), 0, m.unit.repeat(Math.ceil(m.bytes / unitBytes)));
      return lines.join('\n');
    }
    case 'repeat':
      return text.repeat(m.times);
    default:
      throw new Error(`mutation ${(m as Mutation).kind} is not a text mutation`);
  }
}

/** The small mutations: each case applies one to three of them. */
export const smallMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-lines' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat(), times: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('corrupt-bytes' as const), edits: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 }) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'bom' as const }),
  fc.record({ kind: fc.constant('nbsp' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('ideographic-space' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('full-width-digits' as const), every: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('half-width-brackets' as const), every: fc.integer({ min: 1, max: 4 }) }),
);

export const mutations: fc.Arbitrary<Mutation[]> = fc.array(smallMutation, { minLength: 1, maxLength: 3 });

/** The number of lines of a file as the converter counts them (and as a byte-level reader would). */
export function lineCount(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const byText = text.split(/\r\n|\r|\n/).length;
  const byBytes = bytes.reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
  return Math.max(byText, byBytes);
}

/** What one conversion did: a model or an expected error; `problem` is set when the property fails. */
export interface Outcome {
  result: 'model' | 'error';
  message?: string;
  problem?: string;
}

/** Converts and checks the property. Never throws. */
export function checkConversion(bytes: Uint8Array, file: string): Outcome {
  let converted: ReturnType<typeof convertPlan>;
  try {
    converted = convertPlan(bytes, { file });
  } catch (e) {
    if (!(e instanceof ConvertError)) return { result: 'error', problem: `threw ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e)}` };
    const lines = lineCount(bytes);
    if (e.file !== file) return { result: 'error', message: e.message, problem: `error names file ${e.file}, not ${file}` };
    if (!Number.isInteger(e.line) || e.line < 1 || e.line > lines) return { result: 'error', message: e.message, problem: `error line ${e.line} is outside the file (1–${lines})` };
    if (!e.message.startsWith(`${file}:${e.line}: `)) return { result: 'error', message: e.message, problem: 'message does not start with FILE:LINE: ' };
    if (e.detail.startsWith('internal error')) return { result: 'error', message: e.message, problem: 'the converter failed its own check' };
    return { result: 'error', message: e.message };
  }
  const { model, fidelity } = converted;
  const parsed = PlanModelSchema.safeParse(model);
  if (!parsed.success) return { result: 'model', problem: `model fails its schema: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}` };
  if (!fidelity.equal) return { result: 'model', problem: 'fidelity report says the text differs' };
  // Recomputed here from the model alone, so the converter's own report is not taken on trust.
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let corrected: string;
  try {
    corrected = applyCorrections(text, model.corrections);
  } catch (e) {
    return { result: 'model', problem: `corrections do not apply to the source: ${(e as Error).message}` };
  }
  const report = compareText(corrected, printedSegments(model).join('\n'));
  if (!report.equal) return { result: 'model', problem: `model text differs from the source near ${report.firstDifference?.index}: ${JSON.stringify(report.firstDifference)}` };
  return { result: 'model' };
}

/** A short printable description of a mutation list (long lines abbreviated). */
export const describeMutations = (ms: Mutation[]): string =>
  ms.map((m) => JSON.stringify(m.kind === 'long-line' ? { ...m, unit: JSON.stringify(m.unit) } : m)).join(' → ');
