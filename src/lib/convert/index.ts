import { createHash } from 'node:crypto';
import { applyCorrections, compareText, type FidelityReport } from '../model/fidelity.ts';
import { planIdFromFile } from '../model/ids.ts';
import { ConventionsSchema, PlanModelSchema, formatPosition, type ReadDocument, type SourcePosition, type Assignment, type Conventions, type Correction, type Entity, type Gazetteer, type NotesFile, type Part, type PlanModel, type PlanRecord, type SourceNote, type Target } from '../model/schema.ts';
import { buildAttachment, splitAttachments, tableAssignments } from './attachments.ts';
import { checkClosed, checkEnding } from './completeness.ts';
import { findFurniture } from './furniture.ts';
import { isTraditional } from './fold.ts';
import { ReadingLog } from './reading.ts';
import { printedSegments } from '../model/text.ts';
import { blocksIn, walkNodes, walkParagraphs } from '../model/walk.ts';
import { entityHosts, markEntities } from './entities.ts';
import { ConvertError } from '../model/errors.ts';
import { markMentions, sectorKeyTerms, sectorTaskMentions } from './mentions.ts';
import { readEnvelope, type Envelope } from './meta.ts';
import { attachNotes } from './notes.ts';
import { headingScheme, type HeadingScheme } from './markers.ts';
import { buildOutline } from './outline.ts';
import type { SourceLine } from './read.ts';
import { documentLines } from './lines.ts';
import { compareRecord } from './record.ts';
import { readText } from '../read/text.ts';
import { checkContents } from './contents.ts';
import { repair, type RepairResult } from './repair.ts';
import type { LogicalLine } from './patterns.ts';
import type { LeadRuleChoice, PrintedAssignment } from './views.ts';
import { findTargets } from './targets.ts';
import { findCitations } from './citations.ts';
import * as views from './views.ts';

export { ConvertError } from '../model/errors.ts';

export interface ConvertOptions {
  /** The file name used in error messages and to derive the plan id. */
  file: string;
  /** Reviewed source notes for this plan (content/sources/<plan>.notes.json). */
  notes?: NotesFile;
  /** The plan's reviewed gazetteer (content/sources/<plan>.entities.json), and its file for messages. */
  gazetteer?: Gazetteer;
  gazetteerFile?: string;
  /** The plan's reviewed conventions (content/sources/<plan>.conventions.json). */
  conventions?: Partial<Conventions>;
  /** The plan's curated record (content/sources/<plan>.record.json): kept in the model as it is. */
  record?: PlanRecord | null;
}

export interface ConvertResult {
  model: PlanModel;
  fidelity: FidelityReport;
}

/**
 * Furniture corrections join the repair list in line order; the marks of the repaired lines point
 * into that list by index, so they are renumbered.
 */
function mergeCorrections(furniture: Correction[], repaired: RepairResult): Correction[] {
  const out: Correction[] = [];
  // Stryker disable next-line ArrayDeclaration: every index is assigned below before it is read.
  const newIndex: number[] = [];
  let f = 0;
  repaired.corrections.forEach((c, i) => {
    // Stryker disable next-line EqualityOperator: a furniture line is read as blank, so no repair shares its line.
    while (f < furniture.length && furniture[f].line < c.line) out.push(furniture[f++]);
    newIndex[i] = out.length;
    out.push(c);
  });
  out.push(...furniture.slice(f));
  for (const l of repaired.lines) for (const m of l.marks) m.correction = newIndex[m.correction];
  return out;
}

/**
 * Everything the passes read and write, filled in pass by pass. A field is set by the pass named
 * beside it and read only by later ones.
 */
interface Reading {
  bytes: Uint8Array;
  doc: ReadDocument;
  positions: SourcePosition[] | null; // read
  file: string;
  options: ConvertOptions;
  conventions: Conventions;
  log: ReadingLog;
  source: SourceLine[]; // read
  traditional: boolean; // read
  furniture: ReturnType<typeof findFurniture>; // furniture
  lines: LogicalLine[]; // repair
  corrections: Correction[]; // repair
  scheme: HeadingScheme; // heading scheme
  envelope: Envelope; // envelope
  bodyParts: Part[]; // outline
  attachmentParts: Part[]; // attachments
  printed: PrintedAssignment[]; // attachments (分工表 rows), sentences, assignments
  parts: Part[]; // roles
  contents: PlanModel['reading']['contents']; // contents
  rule: LeadRuleChoice | null; // assignments
  ids: Map<string, string>; // assignments
  assignmentList: Assignment[]; // assignments
  entities: Entity[]; // entities
  targets: Target[]; // targets
  notes: SourceNote[]; // notes
  fidelity: FidelityReport; // fidelity
}

/** What a conversion starts with; every other field of Reading is given by a pass. */
type Input = 'bytes' | 'doc' | 'file' | 'options' | 'conventions' | 'log';
export type Computed = Exclude<keyof Reading, Input>;

/**
 * A pass names what it needs (fields given by earlier passes) and what it gives; `run` sees only
 * those fields and the input, so reading a field a pass has not declared is a type error, and the
 * order is checked by a test (reading-pipeline.test.ts): each need is given before it is needed.
 */
export interface Pass<N extends Computed = Computed, G extends Computed = Computed> {
  name: string;
  needs: readonly N[];
  gives: readonly G[];
  run: (r: Pick<Reading, Input | N | G>) => void;
}
const pass = <N extends Computed = never, G extends Computed = never>(p: Pass<N, G>): Pass<N, G> => p;
const paragraphsOf = (r: Pick<Reading, 'envelope' | 'parts'>) => walkParagraphs({ meta: r.envelope.meta, preamble: r.envelope.preamble, parts: r.parts });

/**
 * The converter: one declared list of named passes, run in this order (docs/reference/converter.md,
 * “How the text is read”, names them). Only the read, ending check and closing check passes refuse
 * a file, and only where text may be lost; every other pass reads what it can and logs the rest.
 */
export const PASSES: readonly Pass[] = [
  pass({ name: 'read', needs: [], gives: ['source', 'positions', 'traditional'], run: (r) => {
    const read = documentLines(r.doc);
    r.source = read.lines;
    r.positions = read.positions;
    r.traditional = isTraditional(r.source.map((l) => l.text).join('\n'));
  } }),
  pass({ name: 'furniture', needs: ['source'], gives: ['furniture'], run: (r) => (r.furniture = findFurniture(r.file, r.source, r.conventions)) }),
  pass({ name: 'repair', needs: ['source', 'furniture', 'traditional'], gives: ['lines', 'corrections'], run: (r) => {
    const repaired = repair(r.source, r.furniture.lines, r.traditional);
    r.lines = repaired.lines;
    r.corrections = mergeCorrections(r.furniture.corrections, repaired);
  } }),
  pass({ name: 'ending check', needs: ['lines'], gives: [], run: (r) => checkEnding(r.file, r.lines, r.conventions.excerpt) }),
  // Rows of printed tables (1　推进…) are no headings: they do not decide the document's scheme.
  pass({ name: 'heading scheme', needs: ['lines'], gives: ['scheme'], run: (r) => (r.scheme = headingScheme(r.lines.filter((l) => !l.table).map((l) => l.text))) }),
  pass({ name: 'envelope', needs: ['lines', 'scheme'], gives: ['envelope'], run: (r) => (r.envelope = readEnvelope(r.lines, r.scheme, r.log)) }),
  pass({ name: 'closing check', needs: ['lines', 'envelope'], gives: [], run: (r) => checkClosed(r.file, r.lines, r.envelope.meta, r.conventions.excerpt) }),
  // The portal's record beside what the document prints: disagreements are reported, never resolved.
  pass({ name: 'record', needs: ['envelope'], gives: [], run: (r) => compareRecord(r.doc.record, r.envelope.meta, r.log) }),
  pass({ name: 'outline', needs: ['envelope', 'scheme'], gives: ['bodyParts', 'attachmentParts'], run: (r) => {
    const split = splitAttachments(r.envelope.body);
    r.bodyParts = buildOutline(split.body, r.scheme, r.log);
    r.attachmentParts = split.attachments.map((lines, k) => buildAttachment(lines, k + 1, r.log));
  } }),
  pass({ name: 'attachments', needs: ['bodyParts', 'attachmentParts'], gives: ['printed'], run: (r) => (r.printed = tableAssignments(r.bodyParts, r.attachmentParts, r.log)) }),
  pass({ name: 'sentences', needs: ['bodyParts', 'printed'], gives: [], run: (r) => r.printed.push(...views.sentenceAssignmentsIn(r.bodyParts)) }),
  pass({ name: 'roles', needs: ['bodyParts', 'attachmentParts', 'printed'], gives: ['parts'], run: (r) => {
    const assigned = new Set(r.printed.map((p) => p.node.id));
    views.partRoles(r.bodyParts, assigned).forEach((role, k) => (r.bodyParts[k].role = role));
    views.checkTasks(r.bodyParts, assigned, r.log);
    r.parts = [...r.bodyParts, ...r.attachmentParts];
  } }),
  pass({ name: 'contents', needs: ['envelope', 'lines', 'parts', 'scheme'], gives: ['contents'], run: (r) => {
    const c = r.envelope.contents;
    r.contents = c ? { line: r.lines[c.start].line, endLine: r.lines[c.end - 1].endLine, entries: checkContents(c, r.parts, r.scheme, r.log) } : undefined;
  } }),
  pass({ name: 'assignments', needs: ['parts', 'printed', 'envelope'], gives: ['printed', 'rule', 'ids', 'assignmentList'], run: (r) => {
    r.printed = [...views.lineAssignments(r.parts), ...r.printed];
    r.rule = views.leadRule(r.printed, paragraphsOf(r), r.conventions.leadRule);
    r.ids = views.departmentIndex(r.parts, r.printed);
    r.assignmentList = views.assignments(r.parts, r.printed, (name) => r.ids.get(name)!, r.rule);
  } }),
  pass({ name: 'mentions', needs: ['parts', 'envelope', 'ids'], gives: [], run: (r) => {
    const deptLines = [...walkNodes(r.parts)].flatMap((n) => n.blocks).filter((b) => b.type === 'departments');
    markMentions([...paragraphsOf(r), ...deptLines], r.ids);
  } }),
  // Entities after departments: an entity never overlaps a department mention.
  pass({ name: 'entities', needs: ['envelope', 'parts'], gives: ['entities'], run: (r) => {
    r.entities = [];
    if (!r.options.gazetteer) return;
    const { hosts, commit } = entityHosts({ meta: r.envelope.meta, preamble: r.envelope.preamble, parts: r.parts });
    r.entities = markEntities(hosts, r.options.gazetteer, r.options.gazetteerFile ?? `${r.file.replace(/\.txt$/, '')}.entities.json`);
    commit();
  } }),
  pass({ name: 'targets', needs: ['envelope', 'parts'], gives: ['targets'], run: (r) => (r.targets = findTargets(paragraphsOf(r))) }),
  pass({ name: 'notes', needs: ['envelope', 'parts'], gives: ['notes'], run: (r) => (r.notes = attachNotes(r.file, r.options.notes ?? [], paragraphsOf(r))) }),
  pass({ name: 'fidelity', needs: ['source', 'corrections', 'envelope', 'parts'], gives: ['fidelity'], run: (r) => {
    const text = r.source.map((l) => l.text).join('\n');
    r.fidelity = compareText(applyCorrections(text, r.corrections), printedSegments({ meta: r.envelope.meta, preamble: r.envelope.preamble, parts: r.parts }).join('\n'));
    if (!r.fidelity.equal) {
      const d = r.fidelity.firstDifference!;
      throw new ConvertError(r.file, 1, `internal error: the model loses text near character ${d.index} (source “${d.source}”, model “${d.model}”)`);
    }
  } }),
];

/** Converts a text plan's bytes into the validated document model. Pure: no I/O. */
export function convertPlan(bytes: Uint8Array, options: ConvertOptions): ConvertResult {
  return convertDocument(readText(bytes, options.file), bytes, options);
}

/**
 * Converts a document as its format's reader gave it (src/lib/read/) into the validated document
 * model; `bytes` are the file as published, for its hash and size. Pure: no I/O.
 */
export function convertDocument(doc: ReadDocument, bytes: Uint8Array, options: ConvertOptions): ConvertResult {
  const r = { bytes, doc, file: options.file, options, conventions: ConventionsSchema.parse(options.conventions ?? {}), log: new ReadingLog() } as Reading;
  for (const pass of PASSES) pass.run(r);
  return { model: buildModel(r), fidelity: r.fidelity };
}

/** The views of the read text, assembled and validated as the model. */
function buildModel(r: Reading): PlanModel {
  const { file, source, bytes, corrections, conventions, parts, rule, ids, targets, entities, notes, fidelity, log } = r;
  const { meta, preamble, form } = r.envelope;
  const assignmentList = r.assignmentList;
  const taskList = views.tasks(parts, assignmentList);
  const group = views.leadingGroup(meta);
  const departmentList = views.departments(ids, taskList, assignmentList, group?.officeHost ?? null);
  const sectorGroups = views.sectorGroups(parts);
  for (const s of sectorGroups.flatMap((g) => g.sectors)) s.keyTerms = sectorKeyTerms(s.title, s.clauses);
  // The first indicators table, in the body or in a 专栏 (a 规划 prints its indicators in 专栏1).
  const indicatorTable = [...blocksIn(parts)].find((b) => b.type === 'table');
  const traditional = r.traditional;
  const nodes = [...walkNodes(parts)];
  const model: PlanModel = {
    schemaVersion: 1,
    id: planIdFromFile(file),
    source: {
      file: file.split(/[\\/]/).pop() ?? file,
      lines: source.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: r.doc.format,
      bytes: bytes.length,
      positions: r.positions?.map(formatPosition) ?? null,
    },
    portalRecord: r.doc.record,
    meta,
    preamble,
    parts,
    overview: views.overview(parts),
    sectorGroups,
    tasks: taskList,
    measures: views.measures(parts),
    departments: departmentList,
    assignments: assignmentList,
    leadRule: rule,
    sectorTaskMentions: sectorTaskMentions(sectorGroups, parts),
    leadingGroup: group ? { ...group, officeHostId: group.officeHost ? (ids.get(group.officeHost) ?? null) : null } : null,
    indicators: indicatorTable?.id ?? null,
    targets,
    entities,
    corrections,
    notes,
    excerpt: conventions.excerpt,
    record: r.options.record ?? null,
    stats: {
      parts: parts.length,
      sections: nodes.filter((n) => n.kind === 'section').length,
      items: nodes.filter((n) => n.kind === 'item').length,
      clauses: nodes.filter((n) => n.kind === 'clause').length,
      paragraphs: [...walkParagraphs({ meta, preamble, parts })].length,
      sectorGroups: sectorGroups.length,
      sectors: sectorGroups.reduce((n, g) => n + g.sectors.length, 0),
      tasks: taskList.length,
      measures: views.measures(parts).length,
      departments: departmentList.length,
      indicatorRows: indicatorTable?.type === 'table' ? indicatorTable.rows.length : 0,
      indicatorCategories: indicatorTable?.type === 'table' ? new Set(indicatorTable.rows.map((r) => r.category)).size : 0,
      targets: targets.length,
      entities: entities.length,
      entityMentions: entities.reduce((n, e) => n + e.mentionCount, 0),
      corrections: corrections.length,
      notes: notes.length,
      sourceCharacters: fidelity.sourceCharacters,
      modelCharacters: fidelity.modelCharacters,
    },
    citations: findCitations(walkParagraphs({ meta, preamble, parts }), meta.docNumber),
    reading: {
      form,
      script: traditional ? 'traditional' : 'simplified',
      ...log.sorted(),
      furniture: r.doc.furniture.map((f) => ({ kind: f.kind, text: f.text, at: formatPosition(f.pos) })),
      readerRepairs: r.doc.repairs.map((x) => ({ at: formatPosition(x.pos), before: x.before, after: x.after, reason: x.reason })),
      ...(r.contents ? { contents: r.contents } : {}),
    },
  };
  const parsed = PlanModelSchema.safeParse(model);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConvertError(file, 1, `internal error: the model does not match its schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
