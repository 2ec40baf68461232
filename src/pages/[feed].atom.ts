import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/site/seo/feed.ts';
import { keyed, plans } from '../lib/site/collections.ts';

/**
 * /feed.atom: the Atom feed of the plans (src/lib/site/seo/feed.ts), linked from every page's head.
 * One path with getStaticPaths, for the build's key (as src/pages/[vocabulary].json.ts).
 */
export const getStaticPaths = () => keyed([{ params: { feed: 'feed' } }]);

export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await plans(), site), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
