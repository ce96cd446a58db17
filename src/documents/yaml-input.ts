/**
 * YAML input files read against their schemas: every problem named with the file, the line, the
 * entry and the field (src/documents/input.ts), a missing file with its own fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod';
import { InputError } from './errors.ts';
import { parseInput } from './input.ts';
import { fieldPath, parseYaml, type YamlText } from './yaml-lines.ts';

/** What to do when an input file is missing: the message names the file and this fix. */
export interface YamlInput {
  /** The schema's source file (its field comments say what each field holds). */
  schemaFile: string;
  /** The fix when the file does not exist. */
  missing: string;
}

/**
 * Parses a YAML file and validates it against its schema (unknown keys included), naming the file,
 * the line, the entry and the field on failure; a missing file is named with its own fix.
 */
export function readYaml<S extends z.ZodType>(root: string, file: string, schema: S, input: YamlInput): z.output<S> {
  return readYamlPlaced(root, file, schema, input).data;
}

/** As readYaml, with the line of each field (for the checks that follow the schema's). */
export function readYamlPlaced<S extends z.ZodType>(root: string, file: string, schema: S, input: YamlInput): { data: z.output<S>; lineOf: (field: string) => number | null } {
  if (!existsSync(join(root, file))) throw new InputError(file, '(file)', 'is missing', input.missing);
  let yaml: YamlText;
  try {
    yaml = parseYaml(readFileSync(join(root, file), 'utf8'));
  } catch (e) {
    throw syntaxError(file, e);
  }
  const result = parseInput(schema, yaml.value, { file, schemaFile: input.schemaFile, lineOf: yaml.lineOf });
  if (!result.success) throw result.errors.length > 1 ? moreErrors(result.errors) : result.errors[0]!;
  return { data: result.data, lineOf: (field) => yaml.lineOf(fieldPath(field)) };
}

/** A YAML syntax error as an InputError, at the line the parser gives. */
export function syntaxError(file: string, e: unknown): InputError {
  const line = (e as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? null;
  return new InputError(file, '(file)', `not readable YAML: ${(e as Error).message.split('\n')[0]}`, 'fix the YAML syntax at the line given', line);
}

/** The first problem of a file, saying how many more there are. */
function moreErrors(errors: readonly InputError[]): InputError {
  const [first] = errors;
  return first!.adding(` (and ${errors.length - 1} more problem(s) in this file)`);
}
