/**
 * The document's words of an entry, marked inside its quote: when it applies (trigger, conditions,
 * the facts' words), by when (deadline, threshold, period, due) and whom to tell (the notified
 * bodies as the quote names them). Pages show the quote whole with these marks, so a reader sees
 * the decisive words in the document's own sentence rather than in a label of ours.
 */
import { ROLES, type RoleId } from '../glossary.ts';

export type MarkKind = 'when' | 'time' | 'tell';

export interface Segment {
  text: string;
  mark: MarkKind | null;
}

/** What marking reads of an entry. */
export interface Markable {
  quote: string;
  trigger?: string;
  conditions: readonly string[];
  facts?: readonly { words: string }[];
  deadline: { words: string } | null;
  threshold?: { words: string } | null;
  period?: { words: string } | null;
  due?: { words: string } | null;
  notify?: readonly RoleId[];
}

const NAMES = new Map<string, readonly string[]>(ROLES.map((r) => [r.id, [r.zh, ...('also' in r ? r.also : [])]]));

/**
 * The words the quote itself uses for a body (公安机关, 县公安局, 派出所 …): the first of its
 * glossary names found in the quote, or null when the quote does not name it. Glossary order, not
 * length: 父母 comes before 监护人, which also stands inside 受委托监护人.
 */
export function nameInQuote(quote: string, role: string): string | null {
  return (NAMES.get(role) ?? []).find((n) => quote.includes(n)) ?? null;
}

/** The quote cut into plain and marked runs; where marks overlap, the longer words win. */
export function markQuote(e: Markable): Segment[] {
  const wanted: { words: string; mark: MarkKind }[] = [
    ...[e.trigger, ...e.conditions, ...(e.facts ?? []).map((f) => f.words)].flatMap((w) => (w ? [{ words: w, mark: 'when' as const }] : [])),
    ...[e.deadline, e.threshold, e.period, e.due].flatMap((t) => (t ? [{ words: t.words, mark: 'time' as const }] : [])),
    ...(e.notify ?? []).flatMap((r) => {
      const n = nameInQuote(e.quote, r);
      return n ? [{ words: n, mark: 'tell' as const }] : [];
    }),
  ];
  // Time and tell words are short and sit inside a trigger: mark them over it.
  const priority: Record<MarkKind, number> = { time: 0, tell: 1, when: 2 };
  const at: (MarkKind | null)[] = Array.from({ length: e.quote.length }, () => null);
  const sorted = [...wanted].sort((a, b) => priority[b.mark] - priority[a.mark] || b.words.length - a.words.length);
  for (const { words, mark } of sorted) {
    let from = e.quote.indexOf(words);
    while (from >= 0 && words.length > 0) {
      for (let i = from; i < from + words.length; i++) at[i] = mark;
      from = mark === 'tell' ? e.quote.indexOf(words, from + words.length) : -1;
    }
  }
  const out: Segment[] = [];
  for (let i = 0; i < e.quote.length; i++) {
    const last = out[out.length - 1];
    if (last && last.mark === at[i]) last.text += e.quote[i];
    else out.push({ text: e.quote[i]!, mark: at[i]! });
  }
  return out;
}
