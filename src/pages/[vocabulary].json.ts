import type { APIRoute } from 'astro';
import { keyed, plans } from '../lib/site/collections.ts';
import { buildVocabulary } from '../lib/search/vocabulary.ts';

/**
 * /search-vocab.json: the vocabulary and pinyin table for typo suggestions (src/lib/search/pinyin.ts),
 * fetched by the search code only when a query finds nothing. A route with one path, not a file
 * named for its address, only so that it has getStaticPaths to return the build's key: unchanged,
 * the file is restored rather than built again (astro.config.mjs, incrementalBuild).
 */
export const getStaticPaths = () => keyed([{ params: { vocabulary: 'search-vocab' } }]);

export const GET: APIRoute = async () => new Response(JSON.stringify(buildVocabulary(await plans())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
