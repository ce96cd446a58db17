/**
 * The duty catalogue: every duty file read, validated and checked against the compiled documents.
 * A duty reaches a page only if its quote, deadline words and conditions stand verbatim in the
 * clause it cites, and every id it names exists. Each failure names the file, the entry and the fix.
 */
import { clauseBlocks, findWords } from '../clauses/index.ts';
import { InputError } from '../documents/errors.ts';
import type { CompiledDocument } from '../documents/model.ts';
import { DutySchema, type CataloguedDuty, type Duty } from './schema.ts';

export interface DutyFile {
  /** Path from the project root, e.g. src/content/duties/ningcheng-2017.yaml */
  file: string;
  /** The file's parsed YAML (a list of duties, if well formed). */
  value: unknown;
}

export interface Catalogue {
  duties: CataloguedDuty[];
  errors: InputError[];
}

const documentOf = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

export function buildCatalogue(files: readonly DutyFile[], docs: readonly CompiledDocument[]): Catalogue {
  const errors: InputError[] = [];
  const byDoc = new Map(docs.map((d) => [d.meta.id, d]));
  const parsed: { duty: Duty; file: string; field: string }[] = [];

  for (const { file, value } of files) {
    if (!Array.isArray(value)) {
      errors.push(new InputError(file, '(file)', 'is not a list of duties', 'write each duty as a list item starting with "- id:"'));
      continue;
    }
    value.forEach((entry, i) => {
      const id = (entry as { id?: unknown } | null)?.id;
      const field = `[${i}]${typeof id === 'string' ? ` ${id}` : ''}`;
      const result = DutySchema.safeParse(entry);
      if (!result.success) {
        for (const issue of result.error.issues) {
          errors.push(new InputError(file, `${field}: ${issue.path.join('.') || '(entry)'}`, issue.message, 'correct the value (src/duties/schema.ts says what each field takes; ids come from src/glossary.ts)'));
        }
        return;
      }
      parsed.push({ duty: result.data, file, field });
    });
  }

  const seen = new Map<string, string>();
  for (const { duty, file, field } of parsed) {
    const prior = seen.get(duty.id);
    if (prior) errors.push(new InputError(file, `${field}: id`, `"${duty.id}" is used twice (also in ${prior})`, 'give each duty its own id'));
    seen.set(duty.id, file);
  }

  const duties: CataloguedDuty[] = [];
  for (const { duty, file, field } of parsed) {
    const fail = (f: string, problem: string, fix: string) => errors.push(new InputError(file, `${field}: ${f}`, problem, fix));
    const doc = byDoc.get(duty.document);
    if (!doc) {
      fail('document', `no document "${duty.document}"`, `use one of: ${[...byDoc.keys()].join(', ')}`);
      continue;
    }
    if (duty.document !== documentOf(file)) fail('document', `"${duty.document}" in the file of ${documentOf(file)}`, 'keep each document\'s duties in its own file');
    if (!duty.id.startsWith(`${duty.document}/`)) fail('id', `"${duty.id}" does not start with "${duty.document}/"`, `name it ${duty.document}/<kebab-name>`);
    if (!doc.clauses.some((c) => c.id === duty.clause)) {
      fail('clause', `${duty.document} has no clause "${duty.clause}"`, 'use an id from the document page\'s anchors (docs/clause-ids.md)');
      continue;
    }
    const block = findWords(doc, duty.clause, duty.quote);
    if (!block) {
      const elsewhere = clauseBlocks(doc).find((b) => b.text.includes(duty.quote));
      fail('quote', `not found verbatim in clause ${duty.clause} of ${duty.document}: "${duty.quote}"`,
        elsewhere ? `the words stand in ${elsewhere.id}: cite that clause` : 'copy the words from the compiled document exactly (punctuation too), within one paragraph');
    }
    const words = [...(duty.deadline ? [['deadline.words', duty.deadline.words] as const] : []), ...duty.conditions.map((c, k) => [`conditions.${k}`, c] as const)];
    for (const [f, w] of words) {
      if (!findWords(doc, duty.clause, w)) fail(f, `"${w}" is not in clause ${duty.clause} of ${duty.document}`, 'use the document\'s own words, as printed in the cited clause');
    }
    for (const next of duty.then) {
      if (!seen.has(next)) fail('then', `no duty "${next}"`, 'name a duty id that exists');
      else if (!next.startsWith(`${duty.document}/`)) fail('then', `"${next}" belongs to another document`, 'a hand-off stays within one document: documents are never merged');
      else if (next === duty.id) fail('then', 'a duty hands off to itself', 'remove its own id from then');
    }
    if (block) duties.push({ ...duty, anchor: block.id });
  }
  return { duties: errors.length ? [] : duties, errors };
}
