import type { APIRoute } from 'astro';
import { builtPlans, keyed } from '../../../lib/site/collections.ts';
import { dataFiles } from '../../../lib/open-data/files.ts';

/** The open-data files of each plan, written to dist/<plan>/data/<file> at build time. */
export async function getStaticPaths() {
  return keyed((await builtPlans()).flatMap((model) => [...dataFiles(model)].map(([file, body]) => ({ params: { plan: model.id, file }, props: { body, file } }))));
}

export const GET: APIRoute = ({ props }) => {
  const { body, file } = props as { body: string; file: string };
  const type = file.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
  return new Response(body, { headers: { 'content-type': type } });
};
