/**
 * YAML read with the places of its values, so that a message can name the line a maintainer must
 * open (the `yaml` library's LineCounter). A path that is not in the file (a missing key) is
 * placed at the nearest value above it: the entry that lacks the key.
 */
import { LineCounter, parseDocument } from 'yaml';

export type YamlPath = readonly PropertyKey[];

export interface YamlText {
  /** The parsed value, as `yaml.parse` gives it. */
  value: unknown;
  /** The 1-based line where the value at `path` (or its nearest parent present) starts. */
  lineOf: (path: YamlPath) => number | null;
}

/** Parses YAML text; a syntax error throws, as `yaml.parse` does. */
export function parseYaml(text: string): YamlText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length) throw doc.errors[0];
  return {
    value: doc.toJS(),
    lineOf: (path) => {
      for (let n = path.length; n >= 0; n--) {
        const node = n ? doc.getIn(path.slice(0, n), true) : doc.contents;
        const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
        if (range) return lineCounter.linePos(range[0]).line;
      }
      return null;
    },
  };
}

/** A field as messages write it (`then.0.duty`, `corrections[3].find`) as a path into the YAML. */
export const fieldPath = (field: string): PropertyKey[] =>
  field.split(/[.[\]]+/).filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
