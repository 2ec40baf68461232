/**
 * An incomplete file (a broken download, a copy cut mid-sentence) must never become a smaller site
 * that looks complete. A file is incomplete when its last line stops inside a sentence, or when it
 * opens the notice envelope (masthead, 文号) and never closes it (no 抄送 line, no …印发 date).
 * A plan's conventions may declare it a known excerpt; then it converts and every page says so.
 */
import type { Meta } from '../model/schema.ts';
import { ConvertError } from '../model/errors.ts';
import { labelledLineUnfinished } from './departments.ts';
import { fold } from './fold.ts';
import { OTHER_ENVELOPE_LINE, type LogicalLine } from './patterns.ts';
import { isUnfinished } from './repair.ts';

const hint = (file: string) =>
  `; if it is a known excerpt, say so in ${file.replace(/\.txt$/, '')}.conventions.json ({ "excerpt": "…" })`;

/** Throws when the last line of the text stops inside a sentence (unless it is a known excerpt). */
export function checkEnding(file: string, lines: LogicalLine[], excerpt: string | null): void {
  // A closing line with a fixed meaning (公开方式：主动公开) ends a document as a full stop does.
  const last = [...lines].reverse().find((l) => !OTHER_ENVELOPE_LINE.test(fold(l.text.trim())));
  // A labelled line (责任单位：A、B) has no end mark; it is complete unless it stops mid-list.
  if (excerpt === null && last && isUnfinished(last.text) && labelledLineUnfinished(last.text) !== false) {
    throw new ConvertError(file, last.endLine, `the file ends inside a sentence (“…${last.text.slice(-12)}”): it looks incomplete${hint(file)}`);
  }
}

/** Throws when an official copy was opened (masthead …文件) but has no closing lines at all. */
export function checkClosed(file: string, lines: LogicalLine[], meta: Pick<Meta, 'masthead' | 'cc' | 'issuedDatePrinted' | 'signatures'>, excerpt: string | null): void {
  const opened = meta.masthead !== null;
  if (excerpt === null && opened && meta.cc === null && meta.issuedDatePrinted === null && meta.signatures.length === 0) {
    const last = lines[lines.length - 1];
    throw new ConvertError(file, last.endLine, `the notice opens with a masthead but never closes (no 抄送 line, no date): the file looks incomplete${hint(file)}`);
  }
}
