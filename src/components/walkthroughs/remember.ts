/**
 * The document and role a person chose, remembered on their own device (localStorage) so the
 * next walkthrough skips both questions. The document shares the role pages' key: one county per
 * device. Nothing leaves the device; a value the site cannot read is ignored.
 */
import { REMEMBER_KEY, readRemembered, rememberValue } from '../duties/remember.ts';

export const ROLE_KEY = 'liushou-ertong:role';

export interface Choice {
  document: string | null;
  role: string | null;
}

/** Reads both stored values against what the site has. */
export function readChoice(store: Pick<Storage, 'getItem'>, documents: readonly string[], roles: readonly string[]): Choice {
  const doc = readRemembered(store.getItem(REMEMBER_KEY), documents);
  const role = store.getItem(ROLE_KEY);
  return { document: doc.state === 'ok' ? doc.document : null, role: role && roles.includes(role) ? role : null };
}

export function rememberDocument(store: Pick<Storage, 'setItem'>, document: string): void {
  store.setItem(REMEMBER_KEY, rememberValue(document));
}

export function rememberRole(store: Pick<Storage, 'setItem'>, role: string): void {
  store.setItem(ROLE_KEY, role);
}
