import type { APIRoute } from 'astro';
import { builtPlans, keyed } from '../../lib/site/collections.ts';
import { registry } from '../../lib/site/views/registry.ts';
import { answerData, keywordAnswerData } from '../../lib/site/answers/answer-data.ts';
import { writeAnswerFile } from '../../lib/site/answers/answer-file.ts';

/**
 * The answer data a plain keyword needs (/<plan>/answers-keyword.json): fetched by the search code
 * instead of answers.json when a query is a keyword, not a question (src/browser/search/answer.ts).
 */
export async function getStaticPaths() {
  return keyed((await builtPlans()).map((model) => ({ params: { plan: model.id }, props: { body: JSON.stringify(writeAnswerFile(keywordAnswerData(answerData(model, registry)))) } })));
}

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
