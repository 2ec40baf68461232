import type { APIRoute } from 'astro';
import { plans, buildsLibrary, keyed } from '../../lib/site/collections.ts';
import { libraryFiles } from '../../lib/open-data/library.ts';
import { isLibrary } from '../../lib/site/library/library.ts';

/** /data/plans.csv and /data/library.json, only when the site holds more than one plan. */
export async function getStaticPaths() {
  if (!(await buildsLibrary()) || !isLibrary(await plans())) return [];
  return keyed([...libraryFiles(await plans())].map(([file, body]) => ({ params: { file }, props: { body, file } })));
}

export const GET: APIRoute = ({ props }) => {
  const { body, file } = props as { body: string; file: string };
  const type = file.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
  return new Response(body, { headers: { 'content-type': type } });
};
