/**
 * npm run corpus — converts every document of the real corpus and of the form fixtures and prints
 * one line per document (form, parts, tasks, responsibilities by notation, unread lines), then a
 * summary. `-- --verbose` adds each document's unread lines; `-- --baseline` prints the figures the
 * pinned baseline (tests/fixtures/corpus/baseline.json) holds, to review and commit after a change
 * that improves them. Exit 1 when a document is refused.
 */
import { relative } from 'node:path';
import { summaryLine, reportLines } from '../src/lib/convert/summary.ts';
import { baselineEntry, convertCorpusFile, corpusFiles, fixtureCorpusDir, sharedCorpusDir, totals } from './corpus-lib.ts';

const argv = process.argv.slice(2);
const shared = sharedCorpusDir();
const files = [...corpusFiles(shared), ...corpusFiles(fixtureCorpusDir)];
if (corpusFiles(shared).length === 0) process.stderr.write(`corpus: no shared corpus at ${relative(process.cwd(), shared) || shared} (set POLICY_CORPUS_DIR); converting the fixtures only\n`);
const results = files.map(convertCorpusFile);
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
  const t = totals(results);
  const notations = Object.entries(t.responsibilities).map(([k, n]) => `${n} ${k}`).join(', ');
  process.stdout.write(
    `\n${t.documents} documents: ${t.converted} converted (${t.planLike} with two parts or more), ${t.refused} refused; ` +
      `${Object.values(t.responsibilities).reduce((a, b) => a + b, 0)} responsibilities${notations ? ` (${notations})` : ''}; ${t.unread} unread lines\n`,
  );
}
process.exitCode = results.some((r) => r.status === 'refused') ? 1 : 0;
