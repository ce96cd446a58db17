/**
 * A new document's sources/<id>.meta.yaml, written from the draft read off its text (read-meta.ts):
 * each value read from the text carries a `# REVIEW:` comment above it saying how it was read, so
 * the maintainer checks it against the document and deletes the mark (docs/adding-a-document.md).
 */
import { stringify } from 'yaml';
import type { MetaDraft, Read } from './read-meta.ts';

/** The mark a guessed value carries until a maintainer has checked it. */
export const REVIEW = '# REVIEW:';

/** A value as one line of YAML: flow style, strings quoted only where YAML needs it. */
const flow = (value: unknown) => stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();

const field = (name: string, read: Read<unknown>, value: unknown = read.value) => [`${REVIEW} ${read.how}`, `${name}: ${flow(value)}`];

export function metaYaml(id: string, sourceFile: string, draft: MetaDraft): string {
  const { county, city, province } = draft.region.value;
  const place = county ?? city ?? province ?? draft.title.value.slice(0, 8);
  const year = /^\d{4}/.exec(draft.dates.value.signed ?? '')?.[0];
  const lines = [
    `# ${id}: what the document is (every field: src/documents/schemas/document.ts). Written by npm run add-document`,
    `# from the text; each ${REVIEW} line says how a value was read: check it, then delete the mark.`,
    `id: ${id}`,
    ...field('title', draft.title),
    ...field('shortTitle', { value: null, how: 'made from the place and the year: the name lists and buttons show' }, year ? `${place}（${year}）` : place),
    ...field('issuer', draft.issuer),
    ...field('number', draft.number),
    ...field('level', draft.level),
    ...field('region', draft.region),
    ...field('dates', draft.dates),
    ...field('status', draft.validity, { validity: draft.validity.value, campaign: null }),
    ...field('cites', draft.cites, draft.cites.value.map((c) => ({ ...c, inLibrary: null }))),
    `source: ${flow({ file: sourceFile })}`,
    '',
  ];
  return lines.join('\n');
}

/** The fields of a meta file still marked REVIEW (the field on the line after each mark). */
export function reviewMarks(text: string): string[] {
  const lines = text.split('\n');
  return lines.flatMap((l, i) => (l.startsWith(REVIEW) ? [/^(\w+):/.exec(lines[i + 1] ?? '')?.[1] ?? `line ${i + 2}`] : []));
}
