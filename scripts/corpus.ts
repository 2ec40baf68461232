/**
 * npm run corpus — converts every document of the real corpus and of the form fixtures and prints
 * one line per document (form, parts, tasks, responsibilities by notation, unread lines), then a
 * summary. `-- --verbose` adds each document's unread lines; `-- --baseline` prints the figures the
 * pinned baseline (tests/fixtures/corpus/baseline.json) holds, to review and commit after a change
 * that improves them. Exit 1 when a document is refused.
 */
import { extname, relative } from 'node:path';
import { summaryLine, reportLines } from '../src/lib/convert/summary.ts';
import { baselineEntry, convertCorpusFile, convertPublishedFile, corpusFiles, fixtureCorpusDir, formatFixtureDir, publishedFiles, sharedCorpusDir, totals, type CorpusResult } from './corpus-lib.ts';

const argv = process.argv.slice(2);
const shared = sharedCorpusDir();
const files = [...corpusFiles(shared), ...corpusFiles(fixtureCorpusDir)];
if (corpusFiles(shared).length === 0) process.stderr.write(`corpus: no shared corpus at ${relative(process.cwd(), shared) || shared} (set POLICY_CORPUS_DIR); converting the fixtures only\n`);
const published = [...publishedFiles(shared), ...publishedFiles(formatFixtureDir)];
const results: CorpusResult[] = [...files.map(convertCorpusFile)];
for (const f of published) results.push(await convertPublishedFile(f));
if (argv.includes('--baseline')) {
  process.stdout.write(`${JSON.stringify(Object.fromEntries(results.map((r) => [r.file, baselineEntry(r)])), null, 2)}\n`);
} else {
  for (const r of results) {
    if (r.status === 'refused') process.stdout.write(`${r.file}: REFUSED ${r.error}\n`);
    else {
      process.stdout.write(`${r.file}: ${summaryLine(r.summary)}\n`);
      if (argv.includes('--verbose')) for (const l of reportLines(r.file, r.model)) process.stdout.write(`  ${l}\n`);
    }
  }
  process.stdout.write('\n');
  // One summary per format: what each way of publishing a document gives the converter.
  const FORMAT: Record<string, string> = { '.txt': 'text', '.htm': 'html', '.html': 'html', '.docx': 'docx', '.pdf': 'pdf' };
  const formatOf = (r: CorpusResult) => FORMAT[extname(r.file).toLowerCase()] ?? 'text';
  for (const format of [...new Set(results.map(formatOf))]) {
    const t = totals(results.filter((r) => formatOf(r) === format));
    const notations = Object.entries(t.responsibilities).map(([k, n]) => `${n} ${k}`).join(', ');
    process.stdout.write(
      `${format}: ${t.documents} documents: ${t.converted} converted (${t.planLike} with two parts or more), ${t.refused} refused; ` +
        `${Object.values(t.responsibilities).reduce((a, b) => a + b, 0)} responsibilities${notations ? ` (${notations})` : ''}; ${t.tableRows} table rows; ${t.unread} unread lines\n`,
    );
  }
}
process.exitCode = results.some((r) => r.status === 'refused') ? 1 : 0;
