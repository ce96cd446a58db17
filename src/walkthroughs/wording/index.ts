/**
 * Every walkthrough's words, by walkthrough id. The ids are the machines' (src/machines/index.ts,
 * the one list); the words of walkthrough `<id>` are the `wording` export of `./<id>.ts`, found by
 * file name, so the list is not written twice. A machine without its words, or words without a
 * machine, stops the build here with the file to add or remove.
 */
import { WALKTHROUGH_IDS, type WalkthroughId } from '../../machines/index.ts';
import type { Wording } from './types.ts';

/** The `wording` export of each file here, by file (undefined for a file that has none: roles.ts, types.ts). */
const FILES = Object.fromEntries(
  Object.entries(import.meta.glob<{ wording?: Wording }>(['./*.ts', '!./index.ts'], { eager: true })).map(([file, m]) => [file, m.wording]),
);

/** Pairs machines with their words; throws, naming the file, where one side is missing. */
export function pairWording(ids: readonly string[], files: Record<string, Wording | undefined>): Record<string, Wording> {
  const fileOf = (id: string) => `./${id}.ts`;
  const missing = ids.filter((id) => !files[fileOf(id)]);
  if (missing.length) {
    throw new Error(`src/walkthroughs/wording: no words for the walkthrough ${missing.join(', ')}: add ${missing.map(fileOf).join(', ')} exporting \`wording\` (see abuse.ts).`);
  }
  const stray = Object.keys(files).filter((f) => files[f] && !ids.some((id) => fileOf(id) === f));
  if (stray.length) {
    throw new Error(`src/walkthroughs/wording: ${stray.join(', ')} export \`wording\` but no machine has that id: add the machine to src/machines/index.ts, or rename or remove the file.`);
  }
  return Object.fromEntries(ids.map((id) => [id, files[fileOf(id)]!]));
}

export const WORDING = pairWording(WALKTHROUGH_IDS, FILES) as Record<WalkthroughId, Wording>;
