import { readFileSync, readdirSync, statSync, cpSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
const src = process.env.SRC ?? 'dist', out = process.argv[2];
rmSync(out, { recursive: true, force: true });
cpSync(src, out, { recursive: true });
rmSync(join(out, 'pagefind'), { recursive: true, force: true });
const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const mode = process.argv[3] ?? 'icu';
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => { const p = join(d, f); return statSync(p).isDirectory() ? walk(p) : p.endsWith('.html') ? [p] : []; });
const { index } = await pagefind.createIndex({});
for (const file of walk(src)) {
  let html = readFileSync(file, 'utf8');
  if (mode === 'icu') html = html.replace(/>([^<]+)</g, (m, text: string) => '>' + text.replace(/\p{Script=Han}+/gu, (run) => [...seg.segment(run)].map((s) => s.segment).join('\u200B')) + '<');
  const r = await index!.addHTMLFile({ url: '/' + relative(src, file).replace(/index\.html$/, ''), content: html });
  if (r.errors.length) console.log(r.errors);
}
await index!.writeFiles({ outputPath: join(out, 'pagefind') });
await pagefind.close();
