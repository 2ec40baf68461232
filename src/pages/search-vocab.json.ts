import type { APIRoute } from 'astro';
import { plans } from '../lib/site/collections.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/**
 * The vocabulary and pinyin table for typo suggestions (src/lib/search/pinyin.ts): fetched by the
 * search code only when a query finds nothing.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(buildVocabulary(await plans())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
