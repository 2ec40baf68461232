import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { PageFrontmatterSchema } from './lib/model/pages.ts';
import { PlanModelSchema } from './lib/model/schema.ts';
import { env } from './lib/build/env.ts';
import { buildSelection } from './lib/build/part.ts';
import { builds, generatedPlans, pagesPattern, summaryOf } from './lib/build/shards.ts';
import { conversion } from './lib/build/converted.ts';
import { buildKey, codeKey } from './lib/build/page-keys.ts';

// `astro build` converts the plans while Astro starts (src/integrations/build-stages.ts).
await conversion();

// Tests build fixture plans into another directory; the site itself always uses content/generated.
const base = env.generatedDir();
// A build of some plans (a shard) or of the library pages alone (the merge): src/lib/build/part.ts.
const part = buildSelection();

/**
 * One entry per page-sized node of every plan: content/generated/<plan>/<kind>/<id>.mdx. Only the
 * plans this build renders: a shard holds its own plans' pages, the merge none.
 */
const pages = defineCollection({
  loader: glob({ pattern: pagesPattern(part), base }),
  schema: PageFrontmatterSchema,
});

/**
 * The whole document model of each plan: content/generated/<plan>/plan.json. Always every plan (the
 * library's facts); in a shard, the other shards' plans without their text (summaryOf).
 */
const plans = defineCollection({
  loader: part.plans === null || part.library
    ? glob({ pattern: '*/plan.json', base, generateId: ({ data }) => String(data.id) })
    : {
      name: 'plan-models',
      load: async ({ store, parseData }) => {
        store.clear();
        for (const dir of generatedPlans(base)) {
          const data = JSON.parse(readFileSync(join(base, dir, 'plan.json'), 'utf8')) as Record<string, unknown>;
          const id = String(data.id);
          store.set({ id, data: await parseData({ id, data: builds(part, dir) ? data : summaryOf(data) }) });
        }
      },
    },
  schema: PlanModelSchema,
});

/**
 * What this build renders: an entry `library` when it renders the library-level pages, and one
 * entry per plan whose pages it renders (`plan:<id>`), or `plan:*` for every plan.
 */
const part_ = defineCollection({
  loader: async () => [
    ...(part.library ? [{ id: 'library' }] : []),
    ...(part.plans === null ? [{ id: 'plan:*' }] : [...part.plans].map((id) => ({ id: `plan:${id}` }))),
  ],
  schema: z.object({ id: z.string() }),
});

/**
 * The key under which Astro keeps this build's pages for the next (src/lib/build/page-keys.ts,
 * buildKey): an entry `pages` in a build of every plan and the library. A partial build (a shard,
 * the merge, the incremental library build) keeps none: those have caches of their own.
 */
const cache = defineCollection({
  loader: async () => part.plans === null && part.library
    ? [{ id: 'pages', key: buildKey({ code: codeKey(env.root(), env.redirectsFile(), process.env), generatedDir: base, sourcesDir: env.sourcesDir(), sourceFiles: env.sourceFiles() }) }]
    : [],
  schema: z.object({ id: z.string(), key: z.string() }),
});

export const collections = { pages, plans, part: part_, cache };
