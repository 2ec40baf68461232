import { launch } from '../tests/e2e/browser.ts';
import { serve } from '../tests/e2e/server.ts';
const { server, url } = await serve(process.env.DIST ?? 'dist');
const browser = await launch();
const page = await browser.newPage();
await page.goto(url + '/search/');
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
const all = [...texts.values()].join('\n');
const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const words = new Set<string>();
for (const s of seg.segment(all)) if (s.isWordLike && /^\p{Script=Han}{2,}$/u.test(s.segment)) words.add(s.segment);
// plus random substrings of Han runs, length 2..5
let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const runs = all.match(/\p{Script=Han}{2,}/gu)!;
const subs = new Set<string>();
while (subs.size < 400) { const r = runs[Math.floor(rnd() * runs.length)]; const L = 2 + Math.floor(rnd() * 4); if (r.length < L) continue; const i = Math.floor(rnd() * (r.length - L + 1)); subs.add(r.slice(i, i + L)); }
const run = async (qs: string[], label: string) => {
  let want = 0, hit = 0, full = 0; const misses: string[] = [];
  for (const q of qs) {
    const got: string[] = await page.evaluate(async (q) => { const r = await (window as any).pf.search(q); return Promise.all(r.results.map(async (x: any) => (await x.data()).url)); }, q);
    const w = [...texts].filter(([, t]) => t.includes(q)).map(([u]) => u);
    const h = w.filter((u) => got.includes(u)).length;
    want += w.length; hit += h; if (h === w.length) full++; else misses.push(`${q} ${h}/${w.length}`);
  }
  console.log(label, 'queries', qs.length, 'fully recalled', full, 'pages', hit, '/', want, 'recall', (hit / want).toFixed(3));
  console.log(misses.slice(0, 40).join(' | '));
};
await run([...words], 'ICU words');
await run([...subs], 'random substrings');
await browser.close(); server.close();
