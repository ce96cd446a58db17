/**
 * The duty catalogue: every duty file read, validated and checked against the compiled documents.
 * An entry reaches a page only if its quote, its further citations (`also`), its trigger,
 * conditions and every time word stand verbatim in the clauses it cites, its hand-offs fit the
 * situations of the duty they lead to, and every id it names exists. Each failure names the file,
 * the entry, the field and the fix.
 */
import { findWords, type ClauseBlock } from '../clauses/index.ts';
import { placementProblem, placeQuote } from '../clauses/quotes.ts';
import { InputError } from '../documents/errors.ts';
import { parseInput } from '../documents/input.ts';
import type { CompiledDocument } from '../documents/model.ts';
import { fieldPath } from '../documents/yaml-lines.ts';
import { handoffCycles } from './handoff-cycles.ts';
import { timeWordProblems } from './time-words.ts';
import { DesignationFileSchema, DutySchema, type CataloguedDesignation, type CataloguedDuty, type Duty } from './schema.ts';

export interface DutyFile {
  /** Path from the project root, e.g. src/content/duties/ningcheng-2017.yaml */
  file: string;
  /** The file's parsed YAML (a list of duties, if well formed). */
  value: unknown;
  /** The 1-based line of the value at a path (e.g. [3, 'then', 0, 'duty']), when the file was read with its places. */
  lineOf?: ((path: readonly PropertyKey[]) => number | null) | undefined;
}

export interface Catalogue {
  duties: CataloguedDuty[];
  errors: InputError[];
}



const documentOf = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/** A place to look words up: the entry's own clause and its further citations' clauses. */
const wordsIn = (doc: CompiledDocument, clauses: readonly string[], words: string): ClauseBlock | null => {
  for (const c of clauses) {
    const b = findWords(doc, c, words);
    if (b) return b;
  }
  return null;
};

/** One entry read from a file: where it stands, for messages. */
interface Read {
  duty: Duty;
  file: string;
  /** Its index in the file and, when it has one, its id: "[3] wuhai-2016/report". */
  field: string;
  index: number;
  lineOf: (path: readonly PropertyKey[]) => number | null;
}

export function buildCatalogue(files: readonly DutyFile[], docs: readonly CompiledDocument[]): Catalogue {
  const errors: InputError[] = [];
  const byDoc = new Map(docs.map((d) => [d.meta.id, d]));
  const parsed: Read[] = [];
  /**
   * Entries that failed their schema, by the id they give: links to them are not reported as
   * "no duty" (the id exists, its entry is broken) but folded into the entry's first error.
   */
  const broken = new Map<string, { error: number; linkedFrom: string[] }>();

  for (const { file, value, lineOf = () => null } of files) {
    if (!Array.isArray(value)) {
      errors.push(new InputError(file, '(file)', 'is not a list of duties', 'write each duty as a list item starting with "- id:"', lineOf([])));
      continue;
    }
    value.forEach((entry, i) => {
      const id = (entry as { id?: unknown } | null)?.id;
      const field = `[${i}]${typeof id === 'string' ? ` ${id}` : ''}`;
      const result = parseInput(DutySchema, entry, { file, entry: field, schemaFile: 'src/duties/schema.ts', lineOf, at: [i] });
      if (!result.success) {
        if (typeof id === 'string' && result.errors.length) broken.set(id, { error: errors.length, linkedFrom: [] });
        errors.push(...result.errors);
        return;
      }
      parsed.push({ duty: result.data, file, field, index: i, lineOf });
    });
  }

  const seen = new Map<string, Read>();
  for (const read of parsed) {
    const { duty, file, field, index, lineOf } = read;
    const prior = seen.get(duty.id);
    if (prior) {
      errors.push(new InputError(file, `${field}: id`, `"${duty.id}" is used twice: first by entry ${prior.field.replace(/ .*/, '')} at ${prior.file}:${prior.lineOf([prior.index])}`,
        'give each duty its own id', lineOf([index, 'id'])));
    } else seen.set(duty.id, read);
  }
  const byId = new Map(parsed.map((p) => [p.duty.id, p.duty]));

  const duties: CataloguedDuty[] = [];
  for (const { duty, file, field, index, lineOf } of parsed) {
    const fail = (f: string, problem: string, fix: string) => errors.push(new InputError(file, `${field}: ${f}`, problem, fix, lineOf([index, ...fieldPath(f)])));
    const doc = byDoc.get(duty.document);
    if (!doc) {
      fail('document', `no document "${duty.document}"`, `use one of: ${[...byDoc.keys()].join(', ')}`);
      continue;
    }
    if (duty.document !== documentOf(file)) fail('document', `"${duty.document}" in the file of ${documentOf(file)}`, 'keep each document\'s duties in its own file');
    if (!duty.id.startsWith(`${duty.document}/`)) fail('id', `"${duty.id}" does not start with "${duty.document}/"`, `name it ${duty.document}/<kebab-name>`);

    // The quote and each further citation: the clause exists and holds the words once.
    /** Clauses that are the wrong ones (no such clause, or the quote stands in another): not searched for words. */
    const wrong = new Set<string>();
    const place = (f: string, clause: string, quote: string): ClauseBlock | null => {
      if (!doc.clauses.some((c) => c.id === clause)) {
        fail(`${f}clause`, `${duty.document} has no clause "${clause}"`, 'use an id from the document page\'s anchors (docs/clause-ids.md)');
        wrong.add(clause);
        return null;
      }
      const placed = placeQuote(doc, clause, quote);
      if (placed.kind === 'none' && placed.elsewhere) wrong.add(clause);
      const problem = placementProblem(placed, clause, duty.document, quote);
      if (problem) fail(`${f}quote`, problem.problem, problem.fix);
      return placed.kind === 'once' ? placed.block : null;
    };
    const block = place('', duty.clause, duty.quote);
    const also = duty.also.map((a, k) => ({ ...a, block: place(`also.${k}.`, a.clause, a.quote) }));
    // Words are looked up in the clauses that are right: a wrong clause is one error, not one per word.
    const clauses = [duty.clause, ...duty.also.map((a) => a.clause)].filter((c) => !wrong.has(c));
    if (new Set(duty.also.map((a) => `${a.clause}|${a.quote}`)).size < duty.also.length || duty.also.some((a) => a.clause === duty.clause && a.quote === duty.quote)) {
      fail('also', 'cites the same words twice', 'remove the repeated citation');
    }

    // The document's own words: trigger, conditions, time words, what a report holds.
    const words: (readonly [string, string])[] = [
      ...duty.conditions.map((c, k) => [`conditions.${k}`, c] as const),
      ...(duty.deadline ? [['deadline.words', duty.deadline.words] as const] : []),
      ...(duty.threshold ? [['threshold.words', duty.threshold.words] as const] : []),
      ...(duty.period ? [['period.words', duty.period.words] as const] : []),
      ...(duty.due ? [['due.words', duty.due.words] as const] : []),
    ];
    if (duty.kind === 'case') {
      words.push(['trigger', duty.trigger]);
      if (duty.report) words.push(['report', duty.report]);
    }
    for (const [f, w] of clauses.length ? words : []) {
      if (!wordsIn(doc, clauses, w)) fail(f, `"${w}" is not in clause ${clauses.join(' or ')} of ${duty.document}`, 'use the document\'s own words, as printed in the cited clause (or cite the clause that holds them in also)');
    }
    for (const [f, problem, fix] of timeWordProblems(duty)) fail(f, problem, fix);
    // Facts are the entry's own words: they must stand in its quote, trigger or conditions.
    const own = [duty.quote, ...duty.also.map((a) => a.quote), ...(duty.kind === 'case' ? [duty.trigger] : []), ...duty.conditions];
    duty.facts.forEach((f, k) => {
      if (!own.some((w) => w.includes(f.words))) fail(`facts.${k}.words`, `"${f.words}" is not in the entry's quote, trigger or conditions`, 'use the words of this entry that state the fact, as printed');
    });
    if (duty.refersTo) {
      if (!doc.clauses.some((c) => c.id === duty.refersTo!.clause)) fail('refersTo.clause', `${duty.document} has no clause "${duty.refersTo.clause}"`, 'use an id from the document page\'s anchors (docs/clause-ids.md)');
      else if (!findWords(doc, duty.refersTo.clause, duty.refersTo.quote)) fail('refersTo.quote', `not found verbatim in clause ${duty.refersTo.clause} of ${duty.document}: "${duty.refersTo.quote}"`, 'copy the earlier sentence exactly, within one paragraph');
    }

    // Ids named: hand-offs and what a consequence enforces stay within the document.
    const sameDocument = (f: string, next: string): Duty | null => {
      const target = byId.get(next);
      const fault = broken.get(next);
      if (!target && fault) fault.linkedFrom.push(`${duty.id} (${f})`);
      else if (!target) fail(f, `no duty "${next}"`, 'name a duty id that exists');
      else if (target.document !== duty.document) fail(f, `"${next}" belongs to another document`, 'links stay within one document: documents are never merged');
      else if (next === duty.id) fail(f, 'an entry names itself', 'remove its own id');
      else return target;
      return null;
    };
    if (duty.kind === 'case') {
      duty.then.forEach((link, k) => {
        const target = sameDocument(`then.${k}.duty`, link.duty);
        if (target && !link.when.some((s) => target.situations.includes(s))) {
          fail(`then.${k}.when`, `[${link.when.join(', ')}] does not overlap the situations of ${link.duty} [${target.situations.join(', ')}]`, 'name the situations in which the next duty follows (at least one of its own)');
        }
        if (link.basis === 'inferred' && !link.note) fail(`then.${k}.note`, 'an inferred link needs a note saying why', 'add note: why the step follows, or basis: text where the document says so');
      });
    }
    if (duty.kind === 'consequence') {
      duty.enforces.forEach((next, k) => {
        const target = sameDocument(`enforces.${k}`, next);
        if (target?.kind === 'consequence') fail(`enforces.${k}`, `"${next}" is itself a consequence`, 'name the duty whose neglect is sanctioned');
      });
    }

    if (block && also.every((a) => a.block)) {
      duties.push({ ...duty, anchor: block.id, also: also.map(({ clause, quote, block: b }) => ({ clause, quote, anchor: b!.id })) });
    }
  }

  const reads = new Map(parsed.map((p) => [p.duty.id, p]));
  for (const cycle of handoffCycles(parsed.flatMap(({ duty }) => (duty.kind === 'case' && seen.get(duty.id)?.duty === duty ? [duty] : [])))) {
    const { file, field, index, lineOf } = reads.get(cycle.from)!;
    errors.push(new InputError(file, `${field}: then.${cycle.link}.duty`, `the hand-offs form a cycle: ${cycle.path.join(' → ')}`,
      `remove the link that leads back to ${cycle.path[0]} (a hand-off never returns to a duty already taken)`, lineOf([index, 'then', cycle.link, 'duty'])));
  }
  for (const [id, { error, linkedFrom }] of broken) {
    if (linkedFrom.length) errors[error] = errors[error]!.adding(` (${linkedFrom.length} link(s) to ${id} wait on this: ${linkedFrom.join(', ')})`);
  }
  return { duties: errors.length ? [] : duties, errors };
}

/** The designation files' contents: who does another body's work, by document (read as duty files are). */
export type DesignationFile = DutyFile;

export function buildDesignations(files: readonly DesignationFile[], docs: readonly CompiledDocument[]): { designations: CataloguedDesignation[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const designations: CataloguedDesignation[] = [];
  const byDoc = new Map(docs.map((d) => [d.meta.id, d]));
  for (const { file, value, lineOf = () => null } of files) {
    const document = documentOf(file);
    const doc = byDoc.get(document);
    if (!doc) {
      errors.push(new InputError(file, '(file)', `no document "${document}"`, `name the file after a document: ${[...byDoc.keys()].join(', ')}`));
      continue;
    }
    const result = parseInput(DesignationFileSchema, value, { file, schemaFile: 'src/duties/schema.ts', lineOf });
    if (!result.success) {
      errors.push(...result.errors);
      continue;
    }
    result.data.forEach((d, i) => {
      const fail = (f: string, problem: string, fix: string) => errors.push(new InputError(file, `[${i}]: ${f}`, problem, fix, lineOf([i, f])));
      if (d.role === d.actsFor) fail('actsFor', 'a role acts for itself', 'name the body whose work the role does');
      if (!doc.clauses.some((c) => c.id === d.clause)) return fail('clause', `${document} has no clause "${d.clause}"`, 'use an id from the document page\'s anchors (docs/clause-ids.md)');
      const placed = placeQuote(doc, d.clause, d.quote);
      const problem = placementProblem(placed, d.clause, document, d.quote);
      if (problem) return fail('quote', problem.problem, problem.fix);
      if (placed.kind === 'once') designations.push({ ...d, document, anchor: placed.block.id });
    });
  }
  return { designations: errors.length ? [] : designations, errors };
}
