// The text reader decodes; the converter reads its lines (src/lib/read/decode.ts).
export { readLines, type SourceLine, type TableRowRef } from '../read/decode.ts';
