import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { PageFrontmatterSchema } from './lib/model/pages.ts';
import { PlanModelSchema } from './lib/model/schema.ts';
import { env } from './lib/build/env.ts';

// Tests build fixture plans into another directory; the site itself always uses content/generated.
const base = env.generatedDir();

/** One entry per page-sized node of every plan: content/generated/<plan>/<kind>/<id>.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*/*.mdx', base }),
  schema: PageFrontmatterSchema,
});

/** The whole document model of each plan: content/generated/<plan>/plan.json. */
const plans = defineCollection({
  loader: glob({ pattern: '*/plan.json', base, generateId: ({ data }) => String(data.id) }),
  schema: PlanModelSchema,
});

export const collections = { pages, plans };
