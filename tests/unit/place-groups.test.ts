/**
 * The township template is a 范本, never a county or a region: pickers list the places by
 * province and the template apart under its own words; the document list and the region
 * label say what it is.
 */
import { describe, expect, it } from 'vitest';
import { groupDocuments, placeGroups, placeLabel, regionLabel, TEMPLATE_HEADING, TEMPLATE_NOTE } from '../../src/components/labels.ts';
import type { DocumentMeta } from '../../src/documents/schemas/document.ts';

type Doc = Pick<DocumentMeta, 'id' | 'level' | 'region' | 'dates'>;
const place = (id: string, province: string | null, county: string | null, level: Doc['level'] = 'county', signed = '2017'): Doc => ({
  id, level, region: { province, city: null, county }, dates: { signed, published: null, asPrinted: null },
});
const NINGCHENG = place('ningcheng-2017', '内蒙古自治区', '宁城县');
const WUHAI = place('wuhai-2016', '内蒙古自治区', null, 'city', '2016');
const SIXIAN = place('sixian-2020', '安徽省', '泗县', 'county', '2020');
const LONGLI = place('longli-2017', '贵州省', '龙里县');
const TEMPLATE = place('template-township', null, null, 'township-template');
const ids = (docs: readonly Doc[]) => docs.map((d) => d.id);

describe('placeGroups', () => {
  const groups = placeGroups([WUHAI, LONGLI, NINGCHENG, SIXIAN, TEMPLATE]);
  it('lists counties and cities by province, in Chinese collation, keeping the order given within one', () => {
    expect(groups.provinces.map((p) => [p.province, ids(p.documents)])).toEqual([
      ['安徽省', ['sixian-2020']],
      ['贵州省', ['longli-2017']],
      ['内蒙古自治区', ['wuhai-2016', 'ningcheng-2017']],
    ]);
  });
  it('keeps the template out of every province and lists it apart', () => {
    expect(groups.provinces.flatMap((p) => ids(p.documents))).not.toContain('template-township');
    expect(ids(groups.templates)).toEqual(['template-township']);
  });
  it('wherever the template stands in the input', () => {
    expect(ids(placeGroups([TEMPLATE, NINGCHENG]).templates)).toEqual(['template-township']);
    expect(placeGroups([NINGCHENG]).templates).toEqual([]);
  });
});

describe('the template is never called a county or a region', () => {
  it('its heading and note say it is a 范本 and no county\'s rule', () => {
    expect(TEMPLATE_HEADING).toContain('范本');
    expect(TEMPLATE_HEADING).toContain('不是任何县的规定');
    expect(TEMPLATE_NOTE).toContain('不是哪个县');
  });
  it('has no region label of its own', () => {
    expect(regionLabel(TEMPLATE.region)).not.toMatch(/地区/);
    expect(regionLabel(TEMPLATE.region)).toContain('范本');
    expect(regionLabel(NINGCHENG.region)).toBe('内蒙古自治区 宁城县');
    expect(placeLabel({ province: '内蒙古自治区', city: '赤峰市', county: '宁城县' })).toBe('赤峰市 宁城县');
  });
  it('the document list puts it last, under its own heading and note, with no region heading', () => {
    const groups = groupDocuments([TEMPLATE, NINGCHENG, WUHAI].map((data) => ({ data })));
    const last = groups.at(-1)!;
    expect(last.label).toBe(TEMPLATE_HEADING);
    expect(last.note).toBe(TEMPLATE_NOTE);
    expect(last.regions.map((r) => r.label)).toEqual([null]);
    expect(groups.slice(0, -1).every((g) => !g.note && g.regions.every((r) => r.label))).toBe(true);
  });
});
