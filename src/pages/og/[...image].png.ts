import type { APIRoute } from 'astro';
import { plans, buildsLibrary, builtPlans } from '../../lib/site/collections.ts';
import { planCards, searchCard, type OgCard } from '../../lib/site/seo/og.ts';
import { ogImagePath } from '../../lib/model/routes.ts';
import { ogFont, renderCard } from '../../lib/build/og-render.ts';

/**
 * Link-preview images, written to dist/og/<page route>.png: one per plan home, per sector, task
 * and measure page, per department page, and the search page's (og.ts). None without a CJK font
 * (og-render.ts); the pages then name none.
 */
export async function getStaticPaths() {
  if (!ogFont()) return [];
  const all = await plans();
  // A shard draws its plans' cards, the merge the library's (src/lib/build/part.ts).
  return [...(await builtPlans()).flatMap(planCards), ...(await buildsLibrary() ? [searchCard(all)] : [])].map((card) => ({ params: { image: ogImagePath(card.path).replace(/^\/og\/|\.png$/g, '') }, props: { card } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCard((props as { card: OgCard }).card, ogFont()!);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'content-type': 'image/png' } });
};
