/**
 * Each class of bad input stops the build with a message naming the file, the field and the fix.
 * Every fixture is a copy of the project's real inputs (sources/ and src/content/) with one thing
 * broken, run through the same checks the build runs (checkInputs, as integrations/checks.ts does).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { nearestKey, parseInput } from '../../src/documents/input.ts';
import { checkInputs } from '../../integrations/checks.ts';

// Each case compiles all five documents from a fresh copy: seconds on a busy machine, not a hang.
vi.setConfig({ testTimeout: 60_000 });

/** A copy of the inputs with `break` applied; the problems the build reports, as messages. */
function problems(breakIt: (root: string) => void): string[] {
  const root = mkdtempSync(join(tmpdir(), 'bad-input-'));
  cpSync('sources', join(root, 'sources'), { recursive: true });
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
  breakIt(root);
  const { errors, duties } = checkInputs(root);
  rmSync(root, { recursive: true, force: true });
  expect(duties).toEqual([]);
  return errors.map((e) => e.message);
}

const edit = (file: string, change: (text: string) => string) => (root: string) => {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the fixture must change ${file}`).not.toBe(before);
  writeFileSync(path, after);
};
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const remove = (file: string) => (root: string) => rmSync(join(root, file));
/** A file git holds, deleted: the copy is made a repository holding every file first (git add is enough). */
const deleted = (file: string) => (root: string) => {
  execFileSync('git', ['init', '-q'], { cwd: root });
  execFileSync('git', ['add', '-A'], { cwd: root });
  rmSync(join(root, file));
};

/** Changes only the text of one entry of a YAML list (from its "- id:" line to the next). */
const inEntry = (id: string, change: (text: string) => string) => (text: string) => {
  const start = text.indexOf(`- id: ${id}\n`);
  const end = text.indexOf('\n- id:', start + 1);
  return text.slice(0, start) + change(text.slice(start, end < 0 ? undefined : end)) + (end < 0 ? '' : text.slice(end));
};
/** An entry no other entry names, so breaking it breaks nothing else. */
const CITIZEN = 'wuhai-2016/citizen-report-praised';
const DUTIES = 'src/content/duties/wuhai-2016.yaml';
/** How the messages name that entry: its index in the file and its id. */
const AT = `[${readFileSync(DUTIES, 'utf8').split(`- id: ${CITIZEN}\n`)[0]!.split(/^- id:/m).length - 1}] ${CITIZEN}`;

/** The one problem reported; it must name the file, the field and the fix. */
function theProblem(breakIt: (root: string) => void, file: string, field: string | RegExp, fix: RegExp): string {
  const found = problems(breakIt);
  expect(found, found.join("\n---\n")).toHaveLength(1);
  const [message] = found as [string];
  const [first, fixLine] = message.split('\n  fix: ');
  expect(first!.startsWith(`${file}: `) || first!.startsWith(`${file}:`) && /^:\d+: /.test(first!.slice(file.length)), message).toBe(true);
  if (typeof field === 'string') expect(first, message).toContain(field);
  else expect(first, message).toMatch(field);
  expect(fixLine, message).toMatch(fix);
  return message;
}

describe('the real inputs', () => {
  // Loads and checks all five documents and their data: real work that outlasts the 5 s default under load.
  it('pass every check', { timeout: 60_000 }, () => {
    expect(checkInputs(process.cwd()).errors.map((e) => e.message)).toEqual([]);
  });
});

describe('strict inputs: unknown keys are named, with the nearest valid key', () => {
  it('a misspelt optional field of a duty (notfy)', () => {
    const m = theProblem(edit(DUTIES, inEntry(CITIZEN, (t) => t.replace(/^ {2}notify:/m, '  notfy:'))),
      DUTIES, `${AT}: notfy: unknown key \`notfy\``, /did you mean `notify`/);
    expect(m).toContain('keys here:');
  });
  it('an unknown key inside a nested object of a duty', () => {
    const found = problems(edit(DUTIES, inEntry(CITIZEN, (t) => t.replace('basis: text }', 'basi: text }'))));
    // The missing `basis` follows from the misspelling: said once, in the rename.
    expect(found).toEqual([
      expect.stringMatching(new RegExp(`^${DUTIES}:\\d+: ${escapeRe(AT)}: then\\.0\\.basi: unknown key \`basi\`\\n {2}fix: did you mean \`basis\`\\?`)),
    ]);
  });
  it('a misspelt field of the document meta (titel)', () => {
    theProblem(edit('sources/sixian-2020.meta.yaml', (t) => t.replace(/^title:/m, 'titel:')),
      'sources/sixian-2020.meta.yaml', 'titel: unknown key `titel`', /did you mean `title`/);
  });
  it('a misspelt field of a correction (nott)', () => {
    theProblem(edit('sources/wuhai-2016.corrections.yaml', (t) => t.replace(/^(\s+)note:/m, '$1nott:')),
      'sources/wuhai-2016.corrections.yaml', /corrections\.\d+|corrections\[\d+\]/, /did you mean `note`|add `note`/);
  });
  it('a misspelt field of a coverage entry (reasn)', () => {
    theProblem(edit('src/content/coverage/template-township.yaml', (t) => t.replace('{ clause: s1, reason:', '{ clause: s1, reasn:')),
      'src/content/coverage/template-township.yaml', '[1] s1: reasn: unknown key `reasn`', /did you mean `reason`/);
  });
});

describe('a missing required field says "missing: add" and what the field holds', () => {
  it('a duty without its quote', () => {
    theProblem(edit(DUTIES, inEntry(CITIZEN, (t) => t.replace(/^ {2}quote: .*\n/m, ''))),
      DUTIES, `${AT}: quote: missing: add \`quote\``, /`quote` holds the document's exact words/);
  });
  it('a document meta without its short title', () => {
    theProblem(edit('sources/sixian-2020.meta.yaml', (t) => t.replace(/^shortTitle: .*\n/m, '')),
      'sources/sixian-2020.meta.yaml', 'shortTitle: missing: add `shortTitle`', /`shortTitle` holds a short name for lists/);
  });
  it('a coverage entry without its reason', () => {
    theProblem(edit('src/content/coverage/template-township.yaml', (t) => t.replace(/\{ clause: s1, reason: [^}]*\}/, '{ clause: s1 }')),
      'src/content/coverage/template-township.yaml', '[1] s1: reason: missing: add `reason`', /`reason` holds why nothing in it gives a body something to do/);
  });
});

describe('the build checks everything it publishes', () => {
  it('a coverage entry naming a clause that does not exist', () => {
    theProblem(edit('src/content/coverage/template-township.yaml', (t) => t.replace('{ clause: s1, reason:', '{ clause: s9, reason:')),
      'src/content/coverage/template-township.yaml', '[1] s9: clause', /use an id from the document page's anchors/);
  });
  it('a deleted duty file', () => {
    theProblem(deleted('src/content/duties/sixian-2020.yaml'), 'src/content/duties/sixian-2020.yaml', '(file): is missing', /restore it \(git checkout -- src\/content\/duties\/sixian-2020\.yaml\)/);
  });
  it('a deleted coverage file', () => {
    theProblem(deleted('src/content/coverage/sixian-2020.yaml'), 'src/content/coverage/sixian-2020.yaml', '(file): is missing', /restore it/);
  });
  it('a new document\'s duty or coverage file never written: how to create it, no git checkout', () => {
    for (const file of ['src/content/duties/sixian-2020.yaml', 'src/content/coverage/sixian-2020.yaml']) {
      const m = theProblem(remove(file), file, '(file): is missing', /^create it: npm run add-document writes it for a new document/);
      expect(m).not.toMatch(/git checkout/);
    }
  });
  it('a duty file that names no document', () => {
    theProblem((root) => cpSync(join(root, 'src/content/duties/sixian-2020.yaml'), join(root, 'src/content/duties/sixian.yaml')),
      'src/content/duties/sixian.yaml', '(file): names no document', /name the file after a document id/);
  });
  it('a hand edit to a compiled document', () => {
    theProblem(edit('src/content/documents/wuhai-2016.mdx', (t) => t.replace('{"三、构建农区留守儿童救助保护机制"}', '{"三、构建农区留守儿童救助保护的机制"}')),
      'src/content/documents/wuhai-2016.mdx', /^src\/content\/documents\/wuhai-2016\.mdx:\d+: \(file\): differs from what sources\/\S+ with sources\/wuhai-2016\.corrections\.yaml compile to, and from what npm run compile last wrote \(a hand edit\)/,
      /declare the change in sources\/wuhai-2016\.corrections\.yaml, then npm run compile -- --force/);
  });
  it('a deleted compiled document', () => {
    theProblem(remove('src/content/documents/wuhai-2016.mdx'), 'src/content/documents/wuhai-2016.mdx', '(file): is missing', /run npm run compile/);
  });
});

describe('a missing file is named with the fix', () => {
  it('a deleted source text (no raw ENOENT)', () => {
    const m = theProblem(deleted('sources/003_e1ef2367a0d8d2ea.txt'), 'sources/sixian-2020.meta.yaml',
      'source.file: sources/003_e1ef2367a0d8d2ea.txt is missing', /restore it byte-identical \(git checkout/);
    expect(m).not.toMatch(/ENOENT/);
  });
  it('a deleted corrections file (not "fix the YAML syntax")', () => {
    const m = theProblem(deleted('sources/sixian-2020.corrections.yaml'), 'sources/sixian-2020.corrections.yaml', '(file): is missing',
      /restore it \(git checkout -- sources\/sixian-2020\.corrections\.yaml\), or create it/);
    expect(m).not.toMatch(/YAML syntax/);
  });
  it('a new document\'s source or corrections file never written: how to create it, no git checkout', () => {
    const source = theProblem(remove('sources/003_e1ef2367a0d8d2ea.txt'), 'sources/sixian-2020.meta.yaml',
      'source.file: sources/003_e1ef2367a0d8d2ea.txt is missing', /^copy the source there unchanged \(npm run add-document does/);
    const corrections = theProblem(remove('sources/sixian-2020.corrections.yaml'), 'sources/sixian-2020.corrections.yaml', '(file): is missing', /create it with "document: sixian-2020"/);
    for (const m of [source, corrections]) expect(m).not.toMatch(/git checkout/);
  });
});

describe('the input helper', () => {
  it('suggests the nearest key, only when it is near', () => {
    expect(nearestKey('notfy', ['notify', 'note', 'then'])).toBe('notify');
    expect(nearestKey('Quote', ['quote', 'clause'])).toBe('quote');
    expect(nearestKey('zzzzzz', ['notify', 'note'])).toBeNull();
  });
  it('holds plain z.object schemas to their keys, through unions and lists, and reads .describe()', () => {
    const Schema = z.array(z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('a'), when: z.object({ words: z.string() }).nullable(), who: z.string().describe('who must act') }),
      z.object({ kind: z.literal('b'), why: z.string() }),
    ]));
    const r = parseInput(Schema, [{ kind: 'a', when: { word: 'x', words: 'y' } }, { kind: 'b', why: 'z', whom: 1 }], { file: 'f.yaml', schemaFile: 'none.ts' });
    expect(r.success).toBe(false);
    expect(r.errors.map((e) => `${e.field} | ${e.problem} | ${e.fix}`)).toEqual([
      '[0]: when.word | unknown key `word` | did you mean `words`? Rename it (keys here: words)',
      '[1]: whom | unknown key `whom` | did you mean `why`? Rename it (keys here: kind, why)',
      '[0]: who | missing: add `who` | `who` holds who must act',
    ]);
  });
});
