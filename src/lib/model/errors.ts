/** A problem in a plan's text, located by file and 1-based line: printed as `FILE:LINE: message`. */
export class ConvertError extends Error {
  readonly file: string;
  readonly line: number;
  readonly detail: string;

  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ConvertError';
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
}
