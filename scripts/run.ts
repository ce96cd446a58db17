/**
 * Runs a script's body so that bad input ends it with the InputError's message (file, field, fix)
 * and exit code 1, while any other error keeps its stack trace.
 */
import { InputError } from '../src/documents/errors.ts';

export function run(body: () => void): void {
  try {
    body();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}
