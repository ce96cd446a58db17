/**
 * The table that folds traditional Chinese in a query to simplified (輟學 → 辍学, 強制報告 →
 * 强制报告), made at build time from OpenCC's own dictionaries (opencc-js): Taiwan's and Hong
 * Kong's characters, variants and phrases → the mainland's. Each entry is a dictionary key and
 * what OpenCC turns it into.
 *
 * Trimmed to the entries whose simplified form uses only characters of the site's own text: any
 * other cannot make a query match, and the whole dictionary (some 50 KB gzip) would cost every
 * phone that opens the search page; the trimmed one is a few KB, in the page. A key the site's
 * text itself holds is left out: it is in use as a simplified word here (显著 keeps its 著, which
 * OpenCC alone would fold to 着), so folding it could only lose a match. The browser applies
 * it with opencc-js's converter (fold.ts). Build time only: the page embeds the table.
 */
import { ConverterBuilder } from 'opencc-js/core';
import * as t2cn from 'opencc-js/preset/t2cn';

const HAN = /\p{Script=Han}/u;

/**
 * OpenCC's conversions to the mainland's characters, from Taiwan's and Hong Kong's: characters,
 * variants and the phrases whose characters fold otherwise. Not Taiwan's own vocabulary (twp:
 * 使用者 → 用户, mostly computing words these documents never use): some 300 entries for nothing.
 */
const CONVERTERS = [ConverterBuilder(t2cn)({ from: 'tw', to: 'cn' }), ConverterBuilder(t2cn)({ from: 'hk', to: 'cn' })];

/** Every key of the dictionaries those conversions use. */
function keys(): Set<string> {
  const out = new Set<string>();
  for (const name of ['tw2s', 'hk2s']) {
    const config = t2cn.configs[name]!;
    const groups = [...config.conversionChain, ...((config as { normalizationChain?: readonly (readonly unknown[])[] }).normalizationChain ?? [])];
    for (const group of groups) {
      for (const dict of group) {
        if (typeof dict === 'string') for (const pair of dict.split('|')) out.add(pair.split(' ')[0]!);
        else for (const [k] of dict as readonly (readonly [string, string])[]) out.add(k);
      }
    }
  }
  return out;
}

/**
 * The fold table as opencc-js reads a dictionary ("key value|key value"), sorted so equal inputs
 * give an equal page. With `siteText`, only entries whose simplified form it could match.
 */
export function foldTable(siteText?: string): string {
  const site = siteText === undefined ? null : new Set([...siteText].filter((c) => HAN.test(c)));
  const out = new Map<string, string>();
  for (const key of keys()) {
    const folded = CONVERTERS.map((convert) => convert(key)).find((s) => s !== key);
    if (!folded || folded.includes(' ') || folded.includes('|')) continue;
    if (site && (siteText!.includes(key) || ![...folded].every((c) => !HAN.test(c) || site.has(c)))) continue;
    out.set(key, folded);
  }
  // A key that another key folds to is simplified already (麼 → 么): OpenCC folds some of these on
  // (么 → 幺, for traditional text that writes 幺 as 么), which would turn a reader's 什么 and 怎么办
  // into words no document prints.
  const simplified = new Set(out.values());
  for (const key of [...out.keys()]) if (simplified.has(key)) out.delete(key);
  // A phrase that folds as its characters do adds nothing to the table.
  const byCharacter = (phrase: string) => [...phrase].map((c) => out.get(c) ?? c).join('');
  for (const [key, folded] of out) if ([...key].length > 1 && byCharacter(key) === folded) out.delete(key);
  return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k} ${v}`).join('|');
}
