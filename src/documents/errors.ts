/**
 * One error type for bad input anywhere in the pipeline: it names the file, the field and the fix,
 * so that whoever edits a source, a correction or a duty can act on the message alone.
 */
export class InputError extends Error {
  readonly file: string;
  readonly field: string;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, field: string, problem: string, fix: string) {
    super(`${file}: ${field}: ${problem}\n  fix: ${fix}`);
    this.name = 'InputError';
    this.file = file;
    this.field = field;
    this.problem = problem;
    this.fix = fix;
  }
}

