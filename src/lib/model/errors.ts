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

/**
 * A file a reader cannot read without losing text (cut short, damaged, encrypted, scanned, too
 * large), located in the format's own terms (`formatPosition`): printed as `FILE:LOCATION: message`.
 */
export class ReadError extends ConvertError {
  readonly location: string;

  constructor(file: string, location: string, detail: string) {
    super(file, 1, detail);
    this.message = `${file}:${location}: ${detail}`;
    this.name = 'ReadError';
    this.location = location;
  }
}
