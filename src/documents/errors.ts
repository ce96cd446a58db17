/**
 * One error type for bad input anywhere in the pipeline: it names the file (and the line, where
 * the file is YAML and the place is known), the field and the fix, so that whoever edits a source,
 * a correction or a duty can act on the message alone.
 */
export class InputError extends Error {
  readonly file: string;
  readonly field: string;
  readonly problem: string;
  readonly fix: string;
  /** The 1-based line of the file where the problem stands, when known. */
  readonly line: number | null;

  constructor(file: string, field: string, problem: string, fix: string, line: number | null = null) {
    super(`${file}${line ? `:${line}` : ''}: ${field}: ${problem}\n  fix: ${fix}`);
    this.name = 'InputError';
    this.file = file;
    this.field = field;
    this.problem = problem;
    this.fix = fix;
    this.line = line;
  }

  /** The same error at a line of its file (a line already known is kept). */
  at(line: number | null): InputError {
    return this.line || !line ? this : new InputError(this.file, this.field, this.problem, this.fix, line);
  }

  /** The same error with more said about the problem (e.g. the errors that follow from it). */
  adding(more: string): InputError {
    return new InputError(this.file, this.field, `${this.problem}${more}`, this.fix, this.line);
  }
}
