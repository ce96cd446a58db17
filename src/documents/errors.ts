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

/** Formats zod issues as one InputError naming the first bad field. */
export function fromZodIssues(
  file: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  fix = 'correct the value (see the schema comments for what each field means)',
): InputError {
  const first = issues[0];
  const path = first ? first.path.map(String).join('.') || '(root)' : '(root)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return new InputError(file, path, `${first?.message ?? 'invalid'}${more}`, fix);
}
