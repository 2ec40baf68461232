import type { APIRoute } from 'astro';
import { builtPlans, keyed } from '../../lib/site/collections.ts';
import { registry } from '../../lib/site/views/registry.ts';
import { answerData, coreAnswerData } from '../../lib/site/answers/answer-data.ts';
import { writeAnswerFile } from '../../lib/site/answers/answer-file.ts';

/**
 * The answer data of each plan for the answer card (/<plan>/answers.json): fetched by the search
 * code when a search starts, never by a reading page.
 */
export async function getStaticPaths() {
  return keyed((await builtPlans()).map((model) => ({ params: { plan: model.id }, props: { body: JSON.stringify(writeAnswerFile(coreAnswerData(answerData(model, registry)))) } })));
}

export const GET: APIRoute = ({ props }) => new Response((props as { body: string }).body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
