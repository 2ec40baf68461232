/**
 * The converter's command line.
 *   npm run convert                      convert every plan in content/sources/ (.txt .html .htm .docx .pdf)
 *                                        into content/generated/
 *   npm run convert -- FILE --json       print the document model of FILE as JSON
 *   npm run convert -- [FILE] --check    exit 1 if the generated files are stale or hand-edited
 *   --strict                             lines the converter could not read are errors (exit 1)
 *   --out DIR                            write (or check) DIR instead of content/generated
 *   POLICY_SOURCES_DIR / POLICY_GENERATED_DIR   other default directories (the scale benchmark)
 * Conversions are cached by the SHA-256 of the source and its sidecars and of the converter's own
 * code (node_modules/.cache/policy-explorer/convert, or POLICY_CACHE_DIR/convert): a rebuild after
 * one plan changed converts only that plan. --check never reads the cache.
 * Each plan's reading report follows its counts: lines kept as plain text (unread) and unusual
 * readings, as FILE:LINE: note; the run ends with the plans that have unread lines.
 * Errors print as FILE:LINE: message, exit 1 and write nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { ConvertError } from '../src/lib/model/errors.ts';
import { sourceBase, sourceFilesIn } from './sources.ts';
import { generateFiles } from '../src/lib/mdx/generate.ts';
import { ConventionsSchema, GazetteerSchema, NotesFileSchema, PlanRecordSchema, type Gazetteer, type NotesFile, type PlanModel } from '../src/lib/model/schema.ts';
import { walkNodes } from '../src/lib/model/walk.ts';
import { planIdFromFile } from '../src/lib/model/ids.ts';
import { MANIFEST_FILE, mergeManifest, planUrls } from '../src/lib/durable-urls/manifest.ts';
import { readRedirects } from '../src/lib/durable-urls/redirects-file.ts';
import { env } from '../src/lib/build/env.ts';
import { writeCacheEntry } from '../src/lib/build/cache-write.ts';
import { converterCodeKey, conversionIsCurrent, STAMP_FILE, writeStamp, type ConvertInputs } from '../src/lib/build/convert-stamp.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = env.sourcesDir();
const cacheDir = join(env.cacheDir(), 'convert');

interface Cached { files: [string, string][]; urls: string[]; summary: string; id: string; unread: string[] }

/** Everything a plan's generated files depend on: the source and its reviewed sidecars. */
function cacheKey(version: string, file: string): string {
  const h = createHash('sha256').update(version).update(relative(process.cwd(), file) || file);
  h.update(readFileSync(file));
  for (const s of ['.notes.json', '.entities.json', '.conventions.json', '.record.json']) {
    const f = sourceBase(file) + s;
    h.update(existsSync(f) ? readFileSync(f) : '\0');
  }
  return h.digest('hex');
}

/** What the notation recognisers found: assignments by level and notation, furniture, 专栏, attachments. */
function assignmentSummary(model: PlanModel): string {
  const count = <T extends string>(xs: T[]) => [...new Set(xs)].map((x) => `${xs.filter((y) => y === x).length} ${x}`).join(', ') || 'none';
  const nodes = [...walkNodes(model.parts)];
  const boxes = nodes.flatMap((n) => n.blocks).filter((b) => b.type === 'box').length;
  const furniture = model.corrections.filter((c) => c.kind === 'page-furniture').length;
  return `${model.assignments.length} assignments (${count(model.assignments.map((a) => a.level))}; ${count(model.assignments.map((a) => a.notation))}), ` +
    `${model.departments.filter((d) => d.kind !== 'department').length} parties that are not departments, ${furniture} furniture lines removed, ` +
    `${boxes} 专栏, ${model.parts.filter((p) => p.role === 'attachment').length} attachments${model.excerpt ? ', a known excerpt' : ''}`;
}

/**
 * A reviewed JSON file kept beside a plan's source (<plan><suffix>), validated with its schema;
 * null when the plan has none. Errors name the file.
 */
function readSidecar<T>(file: string, suffix: string, schema: z.ZodType<T>, what: string): { data: T; rel: string } | null {
  const path = sourceBase(file) + suffix;
  if (!existsSync(path)) return null;
  const rel = relative(process.cwd(), path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConvertError(rel, 1, `invalid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ConvertError(rel, 1, `invalid ${what}: ${parsed.error.issues[0].path.join('.')}: ${parsed.error.issues[0].message}`);
  return { data: parsed.data, rel };
}

const readNotes = (file: string): NotesFile => readSidecar(file, '.notes.json', NotesFileSchema, 'notes')?.data ?? [];

/** The plan's reviewed gazetteer (<plan>.entities.json beside its source), if it has one. */
function readGazetteer(file: string): { gazetteer?: Gazetteer; gazetteerFile?: string } {
  const found = readSidecar(file, '.entities.json', GazetteerSchema, 'gazetteer');
  return found ? { gazetteer: found.data, gazetteerFile: found.rel } : {};
}

/** The readers and the converter, imported when a plan is not in the cache. */
async function converter() {
  const [convert, read, summary] = await Promise.all([
    import('../src/lib/convert/index.ts'),
    import('../src/lib/read/index.ts'),
    import('../src/lib/convert/summary.ts'),
  ]);
  return { convertDocument: convert.convertDocument, readSource: read.readSource, ...summary };
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const check = argv.includes('--check');
  const strict = argv.includes('--strict');
  const outAt = argv.indexOf('--out');
  if (outAt !== -1 && !argv[outAt + 1]) {
    process.stderr.write('convert: --out needs a directory\n');
    return 2;
  }
  const generatedDir = outAt !== -1 ? resolve(argv[outAt + 1]) : resolve(root, env.generatedDir());
  const unknown = argv.filter((a) => a.startsWith('--') && !['--json', '--check', '--out', '--strict'].includes(a));
  if (unknown.length > 0) {
    process.stderr.write(`convert: unknown option ${unknown[0]}\nusage: convert [FILE …] [--json] [--check] [--strict] [--out DIR]\n`);
    return 2;
  }
  const args = argv.filter((a, i) => !a.startsWith('--') && (outAt === -1 || i !== outAt + 1));
  const files = args.length > 0
    ? args.map((a) => resolve(a))
    : sourceFilesIn(sourcesDir);
  if (json && files.length !== 1) {
    process.stderr.write('convert: --json takes exactly one FILE\n');
    return 2;
  }

  // Two sources of one plan (g004.html and g004.pdf) would write the same pages.
  const byId = new Map<string, string>();
  for (const f of files) {
    const id = planIdFromFile(f);
    if (byId.has(id)) throw new ConvertError(relative(process.cwd(), f), 1, `plan ${id} already has a source (${relative(process.cwd(), byId.get(id)!)}): keep one file per plan`);
    byId.set(id, f);
  }

  // Everything is converted in memory first, so an error anywhere writes nothing.
  const outputs = new Map<string, string>();
  const plans: string[] = [];
  const redirects = readRedirects();
  const useCache = !json && !check && env.convertCache();
  // The converter's version (its code: convert-stamp.ts), so a cached conversion is never reused by another converter.
  const version = useCache ? converterCodeKey(root) : '';
  let hits = 0;
  // Per plan, its unread lines as FILE:LINE: note (for --strict and the closing list).
  const unread = new Map<string, string[]>();
  for (const file of files) {
    const rel = relative(process.cwd(), file) || file;
    if (!existsSync(file)) throw new ConvertError(rel, 1, 'no such file');
    const key = useCache ? cacheKey(version, file) : '';
    const cachedAt = join(cacheDir, `${key}.json`);
    // The URL manifest only grows: a published URL that is gone must be redirected (src/lib/durable-urls/manifest.ts).
    // It depends on the manifest already published, so it is merged on every run, cached or not.
    const manifestFor = (id: string, urls: string[]) => {
      const manifest = join(generatedDir, id, MANIFEST_FILE);
      const previous = existsSync(manifest) ? readFileSync(manifest, 'utf8') : null;
      outputs.set(`${id}/${MANIFEST_FILE}`, mergeManifest(id, previous, urls, redirects, relative(process.cwd(), manifest)));
    };
    if (useCache && existsSync(cachedAt)) {
      const cached = JSON.parse(readFileSync(cachedAt, 'utf8')) as Cached;
      plans.push(cached.id);
      for (const [path, content] of cached.files) outputs.set(path, content);
      manifestFor(cached.id, cached.urls);
      process.stderr.write(cached.summary);
      unread.set(cached.id, cached.unread);
      hits++;
      continue;
    }
    // Loaded on the first cache miss only: a warm build (every plan cached) spends no time on the readers' and converter's modules.
    const { convertDocument, readSource, readingSummary, reportLines, summaryLine } = await converter();
    const conventions = readSidecar(file, '.conventions.json', ConventionsSchema, 'conventions')?.data;
    const bytes = readFileSync(file);
    const record = readSidecar(file, '.record.json', PlanRecordSchema, 'record')?.data ?? null;
    const { model, fidelity } = convertDocument(await readSource(bytes, rel), bytes, { file: rel, notes: readNotes(file), conventions, record, ...readGazetteer(file) });
    if (json) {
      process.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
      return 0;
    }
    plans.push(model.id);
    const generated = generateFiles(model);
    for (const [path, content] of generated) outputs.set(path, content);
    const urls = planUrls(model);
    manifestFor(model.id, urls);
    const s = model.stats;
    const summary =
      `${rel}: ${s.parts} parts, ${s.sectorGroups} sector groups (${model.sectorGroups.map((g) => g.sectors.length).join(', ')} sectors), ` +
        `${s.tasks} tasks, ${s.measures} measures, ${s.departments} departments, ${s.indicatorRows} indicator rows in ${s.indicatorCategories} categories, ` +
        `${s.corrections} corrections, ${s.notes} notes, ${s.targets} targets, ${s.entities} entities (${s.entityMentions} mentions)\n` +
        `${rel}: ${assignmentSummary(model)}\n` +
        `${rel}: fidelity ${fidelity.matching}/${fidelity.sourceCharacters} non-whitespace characters of the corrected source reproduced in order by the model\n` +
        `${rel}: read as ${summaryLine(readingSummary(model))}\n` +
        reportLines(rel, model).map((l) => `${l}\n`).join('');
    process.stderr.write(summary);
    const unreadLines = reportLines(rel, model).slice(0, model.reading.unread.length);
    unread.set(model.id, unreadLines);
    if (useCache) {
      // Written whole, then renamed: a cache entry is complete or absent.
      mkdirSync(cacheDir, { recursive: true });
      writeCacheEntry(cachedAt, JSON.stringify({ files: [...generated], urls, summary, id: model.id, unread: unreadLines } satisfies Cached));
    }
  }
  if (useCache) process.stderr.write(`conversion cache: ${hits} of ${files.length} plans unchanged (${relative(process.cwd(), cacheDir)})\n`);
  // A library never stops for one plan's unusual shape: it says which plans have lines left as text.
  const withUnread = [...unread].filter(([, lines]) => lines.length > 0);
  if (withUnread.length > 0) {
    process.stderr.write(`plans with unread lines (kept as plain text, see each plan's /report/ page): ${withUnread.map(([id, lines]) => `${id} (${lines.length})`).join(', ')}\n`);
    if (strict) {
      for (const [, lines] of withUnread) for (const l of lines) process.stderr.write(`${l}\n`);
      process.stderr.write('convert: --strict: unread lines are errors; nothing written\n');
      return 1;
    }
  }

  const stampInputs: ConvertInputs = { root, sourceFiles: args.length > 0 ? files : [], sourcesDir, redirectsFile: env.redirectsFile(), cwd: process.cwd() };
  // Converting every source also owns every generated plan directory: one whose source is gone is stale.
  const existing = new Set(args.length === 0 ? listFiles(generatedDir).filter((f) => f !== STAMP_FILE) : plans.flatMap((p) => listFiles(join(generatedDir, p)).map((f) => `${p}/${f}`)));
  const stale = [...outputs].filter(([path, content]) => !existing.has(path) || readFileSync(join(generatedDir, path), 'utf8') !== content).map(([p]) => p);
  const extra = [...existing].filter((p) => !outputs.has(p));
  if (check) {
    for (const p of stale) process.stderr.write(`${relative(process.cwd(), join(generatedDir, p))}: out of date with its source (run npm run convert)\n`);
    for (const p of extra) process.stderr.write(`${relative(process.cwd(), join(generatedDir, p))}: not produced by the converter (remove it or run npm run convert)\n`);
    if (stale.length + extra.length > 0) return 1;
    // The record says which inputs made these files (src/lib/build/convert-stamp.ts); a check of
    // one FILE says nothing about the conversion of the whole folder it records.
    if (args.length === 0 && !conversionIsCurrent(generatedDir, stampInputs)) {
      process.stderr.write(`${relative(process.cwd(), join(generatedDir, STAMP_FILE))}: does not record the converter's code and sources as they are (run npm run convert)\n`);
      return 1;
    }
    process.stderr.write(`generated files are up to date (${outputs.size} files${args.length === 0 ? ` and ${STAMP_FILE}` : ''})\n`);
    return 0;
  }
  for (const p of extra) rmSync(join(generatedDir, p));
  for (const p of stale) {
    mkdirSync(dirname(join(generatedDir, p)), { recursive: true });
    writeFileSync(join(generatedDir, p), outputs.get(p)!);
  }
  mkdirSync(generatedDir, { recursive: true });
  writeStamp(generatedDir, stampInputs);
  process.stderr.write(`wrote ${stale.length} of ${outputs.size} files, removed ${extra.length} (${relative(process.cwd(), generatedDir) || '.'})\n`);
  return 0;
}

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
});
try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof ConvertError) {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  } else {
    throw e;
  }
}
