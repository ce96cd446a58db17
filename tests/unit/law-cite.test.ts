/** How pages name a law's articles and versions (src/duties/law-cite.ts). */
import { describe, expect, it } from 'vitest';
import { articleLabel, changesAfter, changesWords, chineseNumeral, lawHistory, lawName } from '../../src/duties/law-cite.ts';

const MINORS = [
  '1991年9月4日 第七届全国人民代表大会常务委员会第二十一次会议通过',
  '2006年12月29日 第十届全国人民代表大会常务委员会第二十五次会议第一次修订',
  '2012年10月26日 第十一届全国人民代表大会常务委员会第二十九次会议《关于修改〈中华人民共和国未成年人保护法〉的决定》第一次修正',
  '2020年10月17日 第十三届全国人民代表大会常务委员会第二十二次会议第二次修订',
  '2024年4月26日 第十四届全国人民代表大会常务委员会第九次会议《关于修改〈中华人民共和国农业技术推广法〉、〈中华人民共和国未成年人保护法〉、〈中华人民共和国生物安全法〉的决定》第二次修正）',
];

describe('article labels', () => {
  it('write numbers as the laws print them', () => {
    expect([1, 10, 11, 20, 22, 92, 101, 110, 117, 118, 132, 1260].map(chineseNumeral)).toEqual(
      ['一', '十', '十一', '二十', '二十二', '九十二', '一百零一', '一百一十', '一百一十七', '一百一十八', '一百三十二', '一千二百六十']);
  });
  it('name an article, its paragraph and its item', () => {
    expect(articleLabel('a11-p2')).toBe('第十一条第二款');
    expect(articleLabel('a92-i3')).toBe('第九十二条第（三）项');
    expect(articleLabel('a92-p2-i3')).toBe('第九十二条第二款第（三）项');
    expect(articleLabel('a22')).toBe('第二十二条');
    expect(articleLabel('s3-2-p1')).toBeNull();
  });
  it('name a law as people cite it', () => {
    expect(lawName('中华人民共和国未成年人保护法')).toBe('《未成年人保护法》');
    expect(lawName('社会救助暂行办法')).toBe('《社会救助暂行办法》');
    expect(lawName('中华人民共和国民法典 总则')).toBe('《民法典》');
  });
});

describe('versions', () => {
  it('read a law\'s history from its heading lines', () => {
    expect(lawHistory(MINORS).map((c) => `${c.date} ${c.act}`)).toEqual(
      ['1991-09-04 通过', '2006-12-29 修订', '2012-10-26 修正', '2020-10-17 修订', '2024-04-26 修正']);
  });
  it('add the version from the meta where the lines stop short of it (社会救助暂行办法, 2019)', () => {
    const h = lawHistory(['2014年2月21日 中华人民共和国国务院令第649号公布'], { date: '2019-03-02', label: '2019年3月2日修订' });
    expect(h.map((c) => c.act)).toEqual(['公布', '修订']);
  });
  it('say what changed after a county document: 2017 → 2020年修订、2024年修正', () => {
    expect(changesWords(changesAfter(lawHistory(MINORS), '2017-03'))).toBe('2020年修订、2024年修正');
    expect(changesAfter(lawHistory(MINORS), '2024')).toEqual([]);
    expect(changesWords(changesAfter(lawHistory(MINORS), '2020-10'))).toBe('2024年修正');
  });
});

describe('an article of one paragraph', () => {
  it('is cited as the article, not its first paragraph', () => {
    const single = (a: string) => a === 'a117';
    expect(articleLabel('a117-p1', single)).toBe('第一百一十七条');
    expect(articleLabel('a11-p1', single)).toBe('第十一条第一款');
  });
});
