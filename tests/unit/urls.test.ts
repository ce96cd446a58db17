import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/duties/files.ts';
import { dutyAnchor, dutyShortAnchor } from '../../src/urls.ts';

describe('duty anchors', () => {
  const { duties } = loadCatalogue(process.cwd());

  it('the short alias is unique within each document (a role page holds one document)', () => {
    expect(duties.length).toBeGreaterThan(100);
    const seen = new Map<string, string>();
    for (const d of duties) {
      const key = `${d.document} ${dutyShortAnchor(d.id)}`;
      expect(seen.get(key), `${d.id} and ${seen.get(key)} share the anchor ${dutyShortAnchor(d.id)}`).toBeUndefined();
      seen.set(key, d.id);
    }
  });

  it('the short alias is stable, short, and never taken for a long anchor', () => {
    // Printed cards link to these anchors: the alias depends on the id alone, so pin two of them.
    expect(dutyShortAnchor('ningcheng-2017/report-to-police')).toBe('do6r7v');
    expect(dutyShortAnchor('longli-2017/report-to-police')).toBe('dihedb');
    expect(dutyShortAnchor('ningcheng-2017/report-to-police')).not.toBe(dutyShortAnchor('longli-2017/report-to-police'));
    for (const d of duties.slice(0, 20)) {
      expect(dutyShortAnchor(d.id)).toMatch(/^d[0-9a-z]{5}$/);
      expect(dutyAnchor(d.id).startsWith('duty-')).toBe(true);
    }
  });
});
