/**
 * The two reviewed data files of the words people type (src/lib/search/data/), read and checked
 * with their schema: used at build time (vocabulary.ts ships them in /search-vocab.json) and by the
 * tests, never bundled into the search code.
 */
import { z } from 'zod';
import synonymsJson from './data/synonyms.json' with { type: 'json' };
import glossaryJson from './data/glossary.json' with { type: 'json' };
import { Mapper, type MappingTable } from './mapping.ts';

/** term the plan prints → words (or English phrases) readers type for it; "$comment" is documentation. */
export const MappingFileSchema = z.record(z.string(), z.union([z.string(), z.array(z.string().min(1)).min(1)]))
  .transform((o) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('$'))) as MappingTable);

export const SYNONYMS: MappingTable = MappingFileSchema.parse(synonymsJson);
export const GLOSSARY: MappingTable = MappingFileSchema.parse(glossaryJson);
export const mapper = new Mapper(SYNONYMS, GLOSSARY);
