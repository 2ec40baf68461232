import { launch } from '/work/main/tests/e2e/browser.ts';
import { serve } from '/work/main/tests/e2e/server.ts';
const { server, url } = await serve('/work/main/dist');
const browser = await launch();
const page = await browser.newPage();
await page.goto(url + '/search/');
const queries = process.argv.slice(2);
// texts of pages
const urls: string[] = await page.evaluate(async () => {
  const pf: any = await import('/pagefind/pagefind.js');
  await pf.options({ noWorker: true });
  (window as any).pf = pf;
  const r = await pf.search(null, {});
  return Promise.all(r.results.map(async (x: any) => (await x.data()).url));
});
const texts = new Map<string, string>();
const p2 = await browser.newPage();
for (const u of urls) {
  await p2.goto(url + u);
  texts.set(u, await p2.evaluate(() => { const m = document.querySelector('[data-pagefind-body]')!.cloneNode(true) as HTMLElement; m.querySelectorAll('[data-pagefind-ignore], nav, form, script, noscript').forEach((e) => e.remove()); return m.textContent!.replace(/\s+/g, ''); }));
}
for (const q of queries) {
  const got: string[] = await page.evaluate(async (q) => { const r = await (window as any).pf.search(q); return Promise.all(r.results.map(async (x: any) => (await x.data()).url)); }, q);
  const needle = q.replace(/\s+/g, '');
  const want = [...texts].filter(([, t]) => t.includes(needle)).map(([u]) => u);
  const hit = want.filter((u) => got.includes(u));
  console.log(q, 'want', want.length, 'got', got.length, 'hit', hit.length, want.filter((u) => !got.includes(u)).join(' '));
}
await browser.close(); server.close();
