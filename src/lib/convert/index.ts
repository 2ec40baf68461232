import { createHash } from 'node:crypto';
import { applyCorrections, compareText, type FidelityReport } from '../model/fidelity.ts';
import { planIdFromFile } from '../model/ids.ts';
import { ConventionsSchema, PlanModelSchema, type Conventions, type Correction, type Entity, type Gazetteer, type NotesFile, type PlanModel } from '../model/schema.ts';
import { buildAttachment, splitAttachments, tableAssignments } from './attachments.ts';
import { checkClosed, checkEnding } from './completeness.ts';
import { findFurniture } from './furniture.ts';
import { isTraditional } from './fold.ts';
import { ReadingLog } from './reading.ts';
import { printedSegments } from '../model/text.ts';
import { walkNodes, walkParagraphs } from '../model/walk.ts';
import { entityHosts, markEntities } from './entities.ts';
import { ConvertError } from './errors.ts';
import { markMentions, sectorKeyTerms, sectorTaskMentions } from './mentions.ts';
import { readEnvelope } from './meta.ts';
import { attachNotes } from './notes.ts';
import { headingScheme } from './markers.ts';
import { buildOutline } from './outline.ts';
import { readLines } from './read.ts';
import { repair, type RepairResult } from './repair.ts';
import { findTargets } from './targets.ts';
import { findCitations } from './citations.ts';
import * as views from './views.ts';

export { ConvertError } from './errors.ts';

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

/** Converts a plan's bytes into the validated document model. Pure: no I/O. */
export function convertPlan(bytes: Uint8Array, options: ConvertOptions): ConvertResult {
  const { file } = options;
  const conventions = ConventionsSchema.parse(options.conventions ?? {});
  const log = new ReadingLog();
  const source = readLines(bytes, file);
  const traditional = isTraditional(source.map((l) => l.text).join('\n'));
  const furniture = findFurniture(file, source, conventions);
  const repaired = repair(source, furniture.lines, traditional);
  const { lines } = repaired;
  const corrections = mergeCorrections(furniture.corrections, repaired);
  checkEnding(file, lines, conventions.excerpt);
  const scheme = headingScheme(lines.map((l) => l.text));
  const { meta, preamble, body, form } = readEnvelope(lines, scheme, log);
  checkClosed(file, lines, meta, conventions.excerpt);
  const split = splitAttachments(body);
  const bodyParts = buildOutline(split.body, scheme, log);
  const attachmentParts = split.attachments.map((lines, k) => buildAttachment(lines, k + 1, log));
  const rows = [...tableAssignments(bodyParts, attachmentParts, log), ...views.sentenceAssignmentsIn(bodyParts)];
  const tableAssigned = new Set(rows.map((r) => r.node.id));
  for (const p of bodyParts) p.role = views.partRole(p, tableAssigned);
  views.checkTasks(bodyParts, tableAssigned, log);
  const parts = [...bodyParts, ...attachmentParts];

  const printed = [...views.lineAssignments(parts), ...rows];
  const rule = views.leadRule(printed, walkParagraphs({ meta, preamble, parts }), conventions.leadRule);
  const ids = views.departmentIndex(parts, printed);
  const assignmentList = views.assignments(parts, printed, (name) => ids.get(name)!, rule);
  const taskList = views.tasks(parts, assignmentList);
  const group = views.leadingGroup(meta);
  const departmentList = views.departments(ids, taskList, assignmentList, group?.officeHost ?? null);
  const sectorGroups = views.sectorGroups(parts);
  for (const s of sectorGroups.flatMap((g) => g.sectors)) s.keyTerms = sectorKeyTerms(s.title, s.clauses);
  const deptLines = [...walkNodes(parts)].flatMap((n) => n.blocks).filter((b) => b.type === 'departments');
  markMentions([...walkParagraphs({ meta, preamble, parts }), ...deptLines], ids);
  const indicatorTable = [...walkNodes(parts)].flatMap((n) => n.blocks).find((b) => b.type === 'table');
  // Entities after departments: an entity never overlaps a department mention.
  let entities: Entity[] = [];
  if (options.gazetteer) {
    const { hosts, commit } = entityHosts({ meta, preamble, parts });
    entities = markEntities(hosts, options.gazetteer, options.gazetteerFile ?? `${file.replace(/\.txt$/, '')}.entities.json`);
    commit();
  }
  const targets = findTargets(walkParagraphs({ meta, preamble, parts }));
  const notes = attachNotes(file, options.notes ?? [], walkParagraphs({ meta, preamble, parts }));

  const text = new TextDecoder('utf-8').decode(bytes);
  const fidelity = compareText(applyCorrections(text.replace(/^\uFEFF/, ''), corrections), printedSegments({ meta, preamble, parts }).join('\n'));
  if (!fidelity.equal) {
    const d = fidelity.firstDifference!;
    throw new ConvertError(file, 1, `internal error: the model loses text near character ${d.index} (source “${d.source}”, model “${d.model}”)`);
  }

  const nodes = [...walkNodes(parts)];
  const model: PlanModel = {
    schemaVersion: 1,
    id: planIdFromFile(file),
    source: { file: file.split(/[\\/]/).pop() ?? file, lines: source.length, sha256: createHash('sha256').update(bytes).digest('hex') },
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
    reading: { form, script: traditional ? 'traditional' : 'simplified', ...log.sorted() },
  };
  const parsed = PlanModelSchema.safeParse(model);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConvertError(file, 1, `internal error: the model does not match its schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return { model: parsed.data, fidelity };
}
