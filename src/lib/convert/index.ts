import { createHash } from 'node:crypto';
import { applyCorrections, compareText, type FidelityReport } from '../model/fidelity.ts';
import { planIdFromFile } from '../model/ids.ts';
import { PlanModelSchema, type Entity, type Gazetteer, type NotesFile, type PlanModel } from '../model/schema.ts';
import { printedSegments } from '../model/text.ts';
import { walkNodes, walkParagraphs } from '../model/walk.ts';
import { entityHosts, markEntities } from './entities.ts';
import { ConvertError } from './errors.ts';
import { markMentions, sectorKeyTerms, sectorTaskMentions } from './mentions.ts';
import { readEnvelope } from './meta.ts';
import { attachNotes } from './notes.ts';
import { buildOutline } from './outline.ts';
import { readLines } from './read.ts';
import { repair } from './repair.ts';
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
}

export interface ConvertResult {
  model: PlanModel;
  fidelity: FidelityReport;
}

/** Converts a plan's bytes into the validated document model. Pure: no I/O. */
export function convertPlan(bytes: Uint8Array, options: ConvertOptions): ConvertResult {
  const { file } = options;
  const source = readLines(bytes, file);
  const { lines, corrections } = repair(source);
  const { meta, preamble, body } = readEnvelope(file, lines);
  const parts = buildOutline(file, body);
  for (const p of parts) p.role = views.partRole(p);
  views.checkTasks(file, parts);

  const ids = views.departmentIndex(parts);
  const taskList = views.tasks(parts, (name) => ids.get(name)!);
  const group = views.leadingGroup(meta);
  const departmentList = views.departments(ids, taskList, group?.officeHost ?? null);
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
    sectorTaskMentions: sectorTaskMentions(sectorGroups, parts),
    leadingGroup: group ? { ...group, officeHostId: group.officeHost ? (ids.get(group.officeHost) ?? null) : null } : null,
    indicators: indicatorTable?.id ?? null,
    targets,
    entities,
    corrections,
    notes,
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
  };
  const parsed = PlanModelSchema.safeParse(model);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConvertError(file, 1, `internal error: the model does not match its schema at ${issue.path.join('.')}: ${issue.message}`);
  }
  return { model: parsed.data, fidelity };
}
