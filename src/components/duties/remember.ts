/**
 * The document a person chose on a role page, remembered on their own device (localStorage) so
 * the next visit can offer it first. Nothing else is stored and nothing leaves the device.
 * The stored value is read defensively: anything that is not a value we wrote, naming a document
 * the site has, is reported as corrupt so the page can clear it and say so.
 */

/** The localStorage key. One document for the device: a person works under one county's rules. */
export const REMEMBER_KEY = 'liushou-ertong:document';

/** What the page finds stored. */
export type Remembered =
  | { state: 'none' }
  | { state: 'ok'; document: string }
  | { state: 'corrupt' };

/** The value written for a chosen document. */
export const rememberValue = (document: string): string => JSON.stringify({ v: 1, document });

/** Reads a stored value against the documents the site has. */
export function readRemembered(raw: string | null, known: readonly string[]): Remembered {
  if (raw === null) return { state: 'none' };
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && (value as { v?: unknown }).v === 1) {
      const document = (value as { document?: unknown }).document;
      if (typeof document === 'string' && known.includes(document)) return { state: 'ok', document };
    }
  } catch {
    // Not JSON: fall through to corrupt.
  }
  return { state: 'corrupt' };
}
