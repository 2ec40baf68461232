/**
 * The reading report: what the converter did not read as structure (kept as text where it is
 * printed, never dropped) and what it read in an unusual way. Passes add to one log; the model
 * carries it, the CLI prints it and the plan's 识别说明 page explains it.
 */
import type { ObservationCode, ReadingPass, UnreadCode } from '../model/schema.ts';

export interface UnreadEntry {
  line: number;
  endLine: number;
  pass: ReadingPass;
  code: UnreadCode;
  /** English, for whoever runs the converter: what was found and how it was kept. */
  detail: string;
}

export interface ObservationEntry {
  line: number;
  pass: ReadingPass;
  code: ObservationCode;
  detail: string;
}

export class ReadingLog {
  readonly unread: UnreadEntry[] = [];
  readonly observations: ObservationEntry[] = [];

  /** A line (or lines) no recogniser could read: it stays text at its place. */
  keep(range: { line: number; endLine: number }, pass: ReadingPass, code: UnreadCode, detail: string): void {
    this.unread.push({ line: range.line, endLine: range.endLine, pass, code, detail });
  }

  /** Something read, but not as the format prescribes (a skipped level, a number out of sequence). */
  observe(line: number, pass: ReadingPass, code: ObservationCode, detail: string): void {
    this.observations.push({ line, pass, code, detail });
  }

  sorted(): { unread: UnreadEntry[]; observations: ObservationEntry[] } {
    return {
      unread: [...this.unread].sort((a, b) => a.line - b.line),
      observations: [...this.observations].sort((a, b) => a.line - b.line),
    };
  }
}
