import type { NotesFile, Paragraph, SourceNote } from '../model/schema.ts';
import { ConvertError } from '../model/errors.ts';

/**
 * Attaches reviewed notes to the paragraphs they are about. A note flags text that looks wrong but
 * cannot be confirmed; the text itself is never changed. A note whose text is not on its line is
 * an error, so notes cannot silently go stale when the source changes.
 */
export function attachNotes(file: string, notes: NotesFile, paragraphs: Iterable<Paragraph>): SourceNote[] {
  const list = [...paragraphs];
  return notes.map((n) => {
    const p = list.find((x) => x.line <= n.line && n.line <= x.endLine && x.text.includes(n.text));
    if (!p) throw new ConvertError(file, n.line, `note text “${n.text}” is not in the paragraph on this line`);
    return { line: n.line, text: n.text, note: n.note, paragraph: p.id };
  });
}
