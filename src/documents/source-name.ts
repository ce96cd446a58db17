/**
 * The naming rule for a source file (docs/adding-a-document.md): `sources/NNN_<hash>.txt`, where
 * NNN is the next three-digit number after the sources already there (the order they came in)
 * and <hash> the first 16 hex digits of the file's sha256 (the name cannot be mistaken for another
 * text's). The five seeds keep the names they were received under (000–004, their hashes from the
 * seed set, not from sha256): a source is never renamed once registered, since ids, not file
 * names, are what the site publishes.
 */
import { sha256 } from './registry.ts';

/** The name a new source gets, given the names in sources/ and its bytes. */
export function sourceFileName(existing: readonly string[], bytes: Uint8Array): string {
  const numbers = existing.map((n) => /^(\d{3})_[0-9a-f]{16}\.txt$/.exec(n)?.[1]).filter((n): n is string => !!n).map(Number);
  const next = numbers.length ? Math.max(...numbers) + 1 : 0;
  return `${String(next).padStart(3, '0')}_${sha256(Buffer.from(bytes)).slice(0, 16)}.txt`;
}
