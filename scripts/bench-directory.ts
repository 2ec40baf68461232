/**
 * Bytes (gzip) that the first step of the library search fetches from the directory of plans
 * (/pagefind/directory/, src/lib/search/directory.ts) for a query, as the browser's directoryPlans
 * asks (engine.ts: the query, then without its long words' first character), in Node:
 *   node scripts/bench-directory.ts DIST [QUERY]
 * DIST needs only pagefind/directory/, which `node scripts/bench-directory.ts --index GENERATED DIST`
 * writes from converted models (`npm run convert` into GENERATED): a library's directory without
 * building its pages (how docs/performance.md measures the directory of 1 000 plans).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIRECTORY_BUNDLE, directoryVariant, PLAN_KEY, plansFound } from '../src/lib/search/directory.ts';
import { indexDirectory } from './index-search.ts';

const args = process.argv.slice(2);
if (args[0] === '--index') {
  const r = await indexDirectory(args[2], args[1]);
  console.log(`directory of ${r.plans} plans written to ${join(args[2], DIRECTORY_BUNDLE)}`);
  process.exit(0);
}
const [dist, query = '智能制造'] = args;
const server = createServer((req, res) => {
  const file = join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  if (!existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.end(readFileSync(file));
}).listen(0);
const port = (server.address() as { port: number }).port;
const base = `http://localhost:${port}`;
const fetched: [string, number][] = [];
const network = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const r = await network(input, init);
  const body = new Uint8Array(await r.clone().arrayBuffer());
  fetched.push([String(input).replace(base, ''), gzipSync(body).length]);
  return r;
};
const js = join(dist, DIRECTORY_BUNDLE, 'pagefind.js');
fetched.push([`${DIRECTORY_BUNDLE}pagefind.js`, gzipSync(readFileSync(js)).length]);
const pf = await import(js);
await pf.options({ basePath: `${base}${DIRECTORY_BUNDLE}`, noWorker: true });
await pf.init();
const counts: Record<string, number> = {};
const variant = directoryVariant(query);
for (const q of variant ? [query, variant] : [query]) {
  const r = await pf.search(q, { filters: { [PLAN_KEY]: { none: [''] } } });
  for (const [k, n] of Object.entries((r?.filters[PLAN_KEY] ?? {}) as Record<string, number>)) counts[k] = (counts[k] ?? 0) + n;
}
const kind = (u: string) => (u.endsWith('.pagefind') ? 'wasm' : u.endsWith('.pf_meta') ? 'page list' : u.endsWith('.pf_index') ? 'word chunks' : u.endsWith('.pf_filter') ? 'filter chunks' : u.endsWith('.js') ? 'pagefind.js' : 'entry');
const byKind: Record<string, number> = {};
for (const [u, n] of fetched) byKind[kind(u)] = +(((byKind[kind(u)] ?? 0) + n / 1024)).toFixed(1);
const total = fetched.reduce((a, [, n]) => a + n, 0) / 1024;
console.log(JSON.stringify({ dist, query, plansFound: plansFound(counts).length, first: plansFound(counts).slice(0, 4), totalKB: +total.toFixed(1), withoutWasmAndScriptKB: +(total - (byKind.wasm ?? 0) - (byKind['pagefind.js'] ?? 0)).toFixed(1), byKindKB: byKind, files: fetched }, null, 1));
server.close();
process.exit(0);
