/**
 * Which plans a build renders (docs/performance.md, "Incremental and sharded builds"): a build is
 * `all` (the site, as `npm run build` makes it), `plans` (only some plans' pages: a shard) or
 * `library` (only the library-level pages, built from every plan's model: the merge). Pure
 * functions of their arguments; src/lib/build/env.ts reads the switches.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type BuildPart = 'all' | 'plans' | 'library';
export const BUILD_PARTS: readonly BuildPart[] = ['all', 'plans', 'library'];

/** Shard K of N, K counted from 1 (as `--shard 2/4` and a CI matrix write it). */
export interface Shard { k: number; n: number }

/** `K/N` → the shard; a message naming the value for anything else. */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) throw new Error(`--shard ${text}: expected K/N with 1 ≤ K ≤ N (e.g. --shard 2/4)`);
  return { k, n };
}

/**
 * FNV-1a (32 bits) of the id's UTF-8 bytes. A plan's shard depends on its id and N alone: adding a
 * plan moves no other plan to another shard, so a shard's cached output stays valid.
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(text)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The shard (1 … n) a plan's pages are built in. */
export const shardOf = (id: string, n: number): number => (fnv1a(id) % n) + 1;

/** What one build renders: the library-level pages or not, and which plans' pages. */
export interface Selection {
  library: boolean;
  /** Plans whose pages are built; null: every plan. */
  plans: ReadonlySet<string> | null;
}

export function selection(part: BuildPart, { plans, shard, ids }: { plans: string[] | null; shard: Shard | null; ids: () => string[] }): Selection {
  if (part === 'library') return { library: true, plans: new Set() };
  let chosen: string[] | null = plans;
  if (shard) chosen = (chosen ?? ids()).filter((id) => shardOf(id, shard.n) === shard.k);
  if (part === 'all' && chosen === null) return { library: true, plans: null };
  return { library: part === 'all', plans: chosen ? new Set(chosen) : null };
}

export const builds = (s: Selection, id: string): boolean => s.plans === null || s.plans.has(id);

/**
 * The fields of another plan's model that a shard's pages never read: the text itself (parts,
 * preamble), its corrections, notes, measures, named entities, assignment lines and sector
 * mentions, about three quarters of a plan.json. A shard keeps the rest of every plan (meta,
 * record, citations, tasks and departments, targets, stats: the library's facts its pages show),
 * so its memory grows by a summary for each plan of the other shards, not by their text.
 * The incremental build keys a plan's pages by facts computed from these summaries (plan-facts.ts).
 * tests/e2e/shards.test.ts checks that the pages stay byte for byte those of a build in one piece.
 */
export const summaryOf = (data: Record<string, unknown>) => ({ ...data, parts: [], preamble: [], corrections: [], notes: [], measures: [], entities: [], assignments: [], sectorTaskMentions: [] });

/** The plans of a generated directory: its folders with a plan.json. */
export function generatedPlans(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'plan.json'))).map((e) => e.name).sort();
}

/**
 * The glob of the generated MDX pages a build reads (src/content.config.ts): only the selected
 * plans' pages are loaded, so a shard's memory grows with its own plans' pages. An empty selection
 * matches nothing.
 */
export function pagesPattern(s: Selection): string {
  if (s.plans === null) return '*/*/*.mdx';
  const ids = [...s.plans].sort();
  if (ids.length === 0) return '.no-plan/*/*.mdx';
  return ids.length === 1 ? `${ids[0]}/*/*.mdx` : `{${ids.join(',')}}/*/*.mdx`;
}

/** The shard outputs of a sharded build: the numbered folders of dist-shards/, in order. */
export function shardDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && /^\d+$/.test(e.name)).map((e) => e.name).sort((a, b) => Number(a) - Number(b)).map((d) => join(root, d));
}

/** The list of shard bundles that the merge writes beside the library's own bundle (dist/pagefind/). */
export const SHARDS_FILE = 'shards.json';
