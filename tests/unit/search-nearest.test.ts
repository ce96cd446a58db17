import { describe, expect, it } from 'vitest';
import { editDistance, nearestPage, pathSegments } from '../../src/search/nearest.ts';

const known = ['/', '/documents/', '/roles/', '/search/', '/documents/longli-2017/', '/documents/sixian-2020/', '/documents/wuhai-2016/', '/roles/school/', '/roles/police/', '/roles/school/longli-2017/', '/roles/village-committee/'];
const aliases = { teacher: 'school', 'village-cadre': 'village-committee', 学校: 'school' };

describe('nearest page for a stale address', () => {
  it.each([
    ['/documents/longli/', '/documents/longli-2017/'],
    ['/documents/longli', '/documents/longli-2017/'],
    ['/documents/sixain-2020/', '/documents/sixian-2020/'],
    ['/roles/teacher/', '/roles/school/'],
    ['/roles/teacher/longli-2017/', '/roles/school/longli-2017/'],
    ['/roles/village-cadre/', '/roles/village-committee/'],
    ['/roles/%E5%AD%A6%E6%A0%A1/', '/roles/school/'],
    ['/roles/school/nowhere-2020/', '/roles/school/'],
    ['/Documents/LONGLI-2017', '/documents/longli-2017/'],
  ])('%s → %s', (path, want) => expect(nearestPage(path, known, aliases)).toBe(want));

  it('offers nothing for an address unlike any page', () => {
    expect(nearestPage('/no/such/page/', known, aliases)).toBeNull();
    expect(nearestPage('/zzzzzz/', known, aliases)).toBeNull();
  });

  it('reads a malformed % escape as typed instead of throwing', () => {
    expect(() => pathSegments('/documents/%E4%/')).not.toThrow();
    expect(pathSegments('/documents/%E4%/')).toEqual(['documents']);
    expect(pathSegments('/documents/longli-2017%E4%/')).toEqual(['documents', 'longli-2017']);
    expect(nearestPage('/documents/%/', known, aliases)).toBe('/documents/');
    expect(nearestPage('/documents/longli-2017%', known, aliases)).toBe('/documents/longli-2017/');
  });

  it('edit distance', () => {
    expect(editDistance('sixain', 'sixian')).toBe(2);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('a', 'abcdefghijkl', 3)).toBe(4);
  });
});
