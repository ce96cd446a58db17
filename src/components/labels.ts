/**
 * The words pages use for document metadata, in one place so the home page, the document
 * page and the search filters name a level, a region or a date the same way.
 * Pure functions over the schema types: no Astro imports, so unit tests can use them.
 */
import { LEVELS, zh } from '../glossary.ts';
import type { DocumentMeta } from '../documents/schemas/document.ts';
import type { CorrectionSummary } from '../documents/schemas/correction.ts';

type Level = DocumentMeta['level'];

/** 国家, 省级, 市级, 县级, 乡镇范本 (from the glossary). */
export function levelLabel(level: Level): string {
  return zh(level);
}

/**
 * The township template is a model plan with no issuer: a reader must never take it for their
 * county's rule, so wherever documents are offered it stands apart under these words.
 */
export const TEMPLATE_HEADING = '乡镇工作计划范本（不是任何县的规定）';
export const TEMPLATE_NOTE = '这是一份供乡镇参考的工作计划范文，没有发文机关，不是哪个县、市的规定，只能参考。您所在的县有自己的文件时，以本县文件为准。';

export function isTemplate(document: Pick<DocumentMeta, 'level'>): boolean {
  return document.level === 'township-template';
}

/** The group of the national laws on /documents/ and the home page: apart from the counties. */
export const LAWS_HEADING = '国家法律法规';
export const LAWS_NOTE = '全国人大及其常委会制定的法律和国务院的行政法规，在每个县都适用。各县的文件在此基础上规定本地怎么做。';

/**
 * 内蒙古 乌海市; a national law applies in all of China (全国); the township template is no place's
 * document, so it says that instead of a region.
 */
export function regionLabel(region: DocumentMeta['region'], level?: Level): string {
  if (level === 'national') return '全国';
  const parts = [region.province, region.city, region.county].filter((p): p is string => !!p);
  return parts.length ? parts.join(' ') : '无（范本，不是任何县的规定）';
}

/** 赤峰市 宁城县: the region below its province, for a list already grouped by province. */
export function placeLabel(region: DocumentMeta['region']): string {
  return [region.city, region.county].filter((p): p is string => !!p).join(' ');
}

/** 2016-11-23 → 2016年11月23日; 2017 → 2017年; null → null. */
export function dateLabel(date: string | null): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** The date a list shows: a law's version (2024年4月26日修正), else signed, else published, else 未注明日期. */
export function listDate(meta: Pick<DocumentMeta, 'dates' | 'version'>): string {
  return meta.version?.label ?? dateLabel(meta.dates.signed) ?? dateLabel(meta.dates.published) ?? '未注明日期';
}

export function issuerLabel(issuer: string | null): string {
  return issuer ?? '无（范本）';
}

export function numberLabel(number: string | null): string {
  return number ?? '未印文号';
}

/** How each kind of correction is named to readers. */
export const CORRECTION_KIND: Record<CorrectionSummary['kind'], string> = {
  remove: '删除页面杂项',
  join: '接合断行',
  restore: '据本文件恢复',
  lost: '原文缺失',
  duplicate: '重复列出',
};

export interface DocumentGroup<T> {
  level: Level;
  label: string;
  /** What the group is, where its label alone could mislead (the township template). */
  note?: string;
  /** By region; the template's one group has no region label (it has no region). */
  regions: { label: string | null; documents: T[] }[];
}

/**
 * Documents grouped by level (in the glossary's order, national first) and then by region,
 * each region's documents newest first. Empty levels are left out.
 */
export function groupDocuments<T extends { data: Pick<DocumentMeta, 'level' | 'region' | 'dates' | 'id'> }>(
  entries: readonly T[],
): DocumentGroup<T>[] {
  const groups: DocumentGroup<T>[] = [];
  for (const { id: level } of LEVELS) {
    const inLevel = entries.filter((e) => e.data.level === level);
    if (!inLevel.length) continue;
    const byRegion = new Map<string, T[]>();
    for (const e of inLevel) {
      const key = regionLabel(e.data.region, e.data.level);
      byRegion.set(key, [...(byRegion.get(key) ?? []), e]);
    }
    const regions = [...byRegion.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
      .map(([label, documents]) => ({
        label,
        documents: documents.sort((a, b) => sortDate(b).localeCompare(sortDate(a)) || a.data.id.localeCompare(b.data.id)),
      }));
    groups.push(
      level === 'township-template'
        ? { level, label: TEMPLATE_HEADING, note: TEMPLATE_NOTE, regions: regions.map((r) => ({ ...r, label: null })) }
        : level === 'national'
          ? { level, label: LAWS_HEADING, note: LAWS_NOTE, regions: regions.map((r) => ({ ...r, label: null })) }
          : { level, label: levelLabel(level), regions },
    );
  }
  return groups;
}

/** The places' documents under their province, and apart from them the templates, which belong to no place. */
export interface PlaceGroups<T> {
  /** Provinces in Chinese collation order; documents in the order given. */
  provinces: { province: string; documents: T[] }[];
  templates: T[];
}

/** Splits documents for a picker: counties and cities by province, then the template apart. */
export function placeGroups<T extends Pick<DocumentMeta, 'level' | 'region'>>(documents: readonly T[]): PlaceGroups<T> {
  const byProvince = new Map<string, T[]>();
  for (const d of documents) {
    if (isTemplate(d)) continue;
    // A national document has no province: it is listed as 全国.
    const key = d.region.province ?? '全国';
    byProvince.set(key, [...(byProvince.get(key) ?? []), d]);
  }
  return {
    provinces: [...byProvince.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
      .map(([province, list]) => ({ province, documents: list })),
    templates: documents.filter(isTemplate),
  };
}

function sortDate(e: { data: Pick<DocumentMeta, 'dates'> }): string {
  return e.data.dates.signed ?? e.data.dates.published ?? '';
}
