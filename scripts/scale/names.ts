/**
 * Invented places for the synthetic library (npm run scale): two-character names from characters
 * that no source, duty file or glossary word holds, so a renamed copy can be told from its original
 * and one copy from another, and a name never matches words the copy's quotes already hold. Each
 * name comes with a pinyin spelling for the copy's id. Deterministic: copy k always gets the same.
 */

/** Characters no input of the library holds (checked by tests/unit/scale.test.ts), with pinyin; no two share one. */
export const NAME_CHARACTERS: readonly (readonly [string, string])[] = [
  ['岚', 'lan'], ['枫', 'feng'], ['桦', 'hua'], ['霁', 'ji'], ['瑶', 'yao'], ['珂', 'ke'], ['翠', 'cui'], ['溪', 'xi'],
  ['柏', 'bai'], ['桐', 'tong'], ['榆', 'yu'], ['杉', 'shan'], ['楠', 'nan'], ['棠', 'tang'], ['芷', 'zhi'], ['蘅', 'heng'],
  ['苓', 'ling'], ['蔚', 'wei'], ['晗', 'han'], ['昀', 'yun'], ['峦', 'luan'], ['岫', 'xiu'], ['崧', 'song'], ['嵘', 'rong'],
  ['泓', 'hong'], ['沅', 'yuan'], ['湄', 'mei'], ['渚', 'zhu'], ['汀', 'ting'], ['洄', 'hui'], ['漪', 'yi'], ['琅', 'lang'],
  ['璟', 'jing'], ['琛', 'chen'], ['瑾', 'jin'], ['鹭', 'lu'], ['鸥', 'ou'], ['鹤', 'he'], ['雁', 'yan'], ['皋', 'gao'],
  ['梓', 'zi'], ['槐', 'huai'], ['椿', 'chun'], ['荻', 'di'], ['萍', 'ping'], ['蓼', 'liao'],
];

export interface Place {
  /** Two characters, e.g. 岚枫. */
  name: string;
  /** Its pinyin, e.g. lanfeng. */
  pinyin: string;
}

/** The k-th invented place (k from 0): distinct for every k below 46 × 45 = 2,070. */
export function place(k: number): Place {
  const n = NAME_CHARACTERS.length;
  const first = k % n;
  // The second character steps through the others, never the first: 岚枫, 枫桦 … then 岚桦 …
  const second = (first + 1 + (Math.floor(k / n) % (n - 1))) % n;
  const [a, pa] = NAME_CHARACTERS[first]!;
  const [b, pb] = NAME_CHARACTERS[second]!;
  return { name: `${a}${b}`, pinyin: `${pa}${pb}` };
}
