import { ConvertError } from '../model/errors.ts';

/** One physical line of the source, 1-based. */
export interface SourceLine {
  line: number;
  text: string;
  /** A row of a table the format printed as a table (not text laid out in columns). */
  table?: TableRowRef;
  /**
   * Set on every line of a 专栏 the format printed as a table (its title in the first row): the
   * index of that table's block. The box ends where the table ends.
   */
  box?: number;
}

/**
 * Which table a line is a row of (the index of the table's block), whether it is a header row, and
 * whether it is a group row: one cell spanning the table (一、××方面) that heads the rows under it.
 */
export interface TableRowRef {
  index: number;
  header: boolean;
  group: boolean;
  /** The columns whose place in this row a merged cell of a row above covers (printed once for several rows). */
  covered?: number[];
  /** The columns whose place in this row belongs to a cell to their left spanning columns (责任单位 over two). */
  continued?: number[];
}

/**
 * Decodes the bytes of a plan strictly as UTF-8 and splits them into numbered lines. The text is
 * not normalised (no NFC, no width folding): fidelity means every printed character survives, so
 * width differences such as （一） and (一) are handled by the parsers instead.
 */
export function readLines(bytes: Uint8Array, file: string): SourceLine[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ConvertError(file, lineOfFirstInvalidByte(bytes), 'the file is not valid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r\n|\r|\n/).map((t, i) => ({ line: i + 1, text: t }));
  if (lines.every((l) => l.text.trim() === '')) {
    throw new ConvertError(file, 1, 'the file is empty');
  }
  return lines;
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
