/**
 * The link-preview images (src/lib/site/seo/og.ts cards, rendered by src/lib/build/og-render.ts) as
 * a build stage: node scripts/og-images.ts OUT writes OUT/og/<page route>.png for the plans this
 * build renders (src/lib/build/part.ts: every plan, or a shard's) and, when it renders the library
 * pages, the search page's card.
 *
 * Why a stage and not pages of the build: the cards need only the converted models, so
 * `astro build` starts this process as soon as the plans are converted and it draws while Astro
 * bundles and renders the pages on the other core (build-stages.ts); as pages of Astro they were
 * drawn one after another on Astro's own thread (≈ 1.2 s of a 7.8 s cold build of one plan). The
 * pages name the same images (og-render.ts ogImageOf), so the output is the same. Nothing is
 * drawn without a CJK font (the pages then name no image either).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { env } from '../src/lib/build/env.ts';
import { ogFont, renderCard } from '../src/lib/build/og-render.ts';
import { buildSelection } from '../src/lib/build/part.ts';
import { builds, generatedPlans } from '../src/lib/build/shards.ts';
import { ogImagePath } from '../src/lib/model/routes.ts';
import { PlanModelSchema, type PlanModel } from '../src/lib/model/schema.ts';
import { planCards, searchCard, type OgCard } from '../src/lib/site/seo/og.ts';

/** The cards this build draws: the selected plans' cards in plan order, then the search page's. */
export function buildCards(generated: string): OgCard[] {
  const part = buildSelection();
  const ids = generatedPlans(generated);
  const model = (id: string): PlanModel => PlanModelSchema.parse(JSON.parse(readFileSync(join(generated, id, 'plan.json'), 'utf8')));
  const built = ids.filter((id) => builds(part, id)).map(model);
  const cards = built.flatMap(planCards);
  if (part.library) {
    // The search card names the one plan of a library of one, else only how many there are.
    cards.push(searchCard(ids.length, ids.length === 1 ? (built[0] ?? model(ids[0])) : null));
  }
  return cards;
}

/**
 * Cards drawn before the loop yields to the event loop. resvg keeps each card's pixmap (3 MB)
 * outside V8's heap until a native finalizer frees it, and Node runs those finalizers from the
 * event loop: a loop of awaited, already-settled promises never lets them run, and a shard of 100
 * plans (5 000 cards) grew to 10 GB. Yielding every 16 cards keeps the stage near 300 MB (24
 * synthetic plans, 876 cards, no cache: 322 MB against 1.1 GB for 8 plans without it).
 */
const CARDS_PER_YIELD = 16;

export async function drawImages(out: string): Promise<number> {
  const font = ogFont();
  if (!font) return 0;
  const cards = buildCards(resolve(env.generatedDir()));
  for (const [i, card] of cards.entries()) {
    const file = join(out, ogImagePath(card.path));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, await renderCard(card, font));
    if (i % CARDS_PER_YIELD === CARDS_PER_YIELD - 1) await new Promise((done) => setImmediate(done));
  }
  return cards.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/og-images.ts OUT');
    process.exit(2);
  }
  const n = await drawImages(resolve(out));
  console.log(`link-preview images: ${n} drawn or taken from the cache`);
}
