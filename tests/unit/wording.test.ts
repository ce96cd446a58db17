/** One list of walkthroughs: the machines'. The words are found by file name and must match it both ways. */
import { describe, expect, it } from 'vitest';
import { WALKTHROUGH_IDS } from '../../src/machines/index.ts';
import { pairWording, WORDING } from '../../src/walkthroughs/wording/index.ts';
import type { Wording } from '../../src/walkthroughs/wording/types.ts';

const words = (title: string): Wording => ({ title, lead: '一句话。', questions: {} });

describe('walkthrough words', () => {
  it('exist for every machine, and only for machines', () => {
    expect(Object.keys(WORDING)).toEqual(WALKTHROUGH_IDS);
    for (const id of WALKTHROUGH_IDS) expect(WORDING[id].title.length).toBeGreaterThan(3);
  });
  it('pairs by file name, in the machines\' order', () => {
    const paired = pairWording(['b', 'a'], { './a.ts': words('甲'), './b.ts': words('乙'), './types.ts': undefined });
    expect(Object.entries(paired).map(([id, w]) => `${id}:${w.title}`)).toEqual(['b:乙', 'a:甲']);
  });
  it('stops the build for a machine without words, naming the file to add', () => {
    expect(() => pairWording(['a', 'c'], { './a.ts': words('甲') })).toThrow(/no words for the walkthrough c: add \.\/c\.ts/);
  });
  it('stops the build for words without a machine, naming the file', () => {
    expect(() => pairWording(['a'], { './a.ts': words('甲'), './old.ts': words('旧') })).toThrow(/\.\/old\.ts export `wording` but no machine/);
  });
});
