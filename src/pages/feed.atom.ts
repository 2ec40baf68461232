import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/site/seo/feed.ts';
import { plans } from '../lib/site/collections.ts';

/** The Atom feed of the plans (src/lib/site/seo/feed.ts), linked from every page's head. */
export const GET: APIRoute = async ({ site }) =>
  new Response(atomFeed(await plans(), site), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
