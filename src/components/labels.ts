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

/** 内蒙古 乌海市; the township template applies anywhere, so it says so. */
export function regionLabel(region: DocumentMeta['region']): string {
  const parts = [region.province, region.city, region.county].filter((p): p is string => !!p);
  return parts.length ? parts.join(' ') : '不限地区（通用范本）';
}

/** 2016-11-23 → 2016年11月23日; 2017 → 2017年; null → null. */
export function dateLabel(date: string | null): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}

/** The date a list shows: signed, else published, else 未注明日期. */
export function listDate(meta: Pick<DocumentMeta, 'dates'>): string {
  return dateLabel(meta.dates.signed) ?? dateLabel(meta.dates.published) ?? '未注明日期';
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
  regions: { label: string; documents: T[] }[];
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
      const key = regionLabel(e.data.region);
      byRegion.set(key, [...(byRegion.get(key) ?? []), e]);
    }
    const regions = [...byRegion.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'zh-CN'))
      .map(([label, documents]) => ({
        label,
        documents: documents.sort((a, b) => sortDate(b).localeCompare(sortDate(a)) || a.data.id.localeCompare(b.data.id)),
      }));
    groups.push({ level, label: levelLabel(level), regions });
  }
  return groups;
}

function sortDate(e: { data: Pick<DocumentMeta, 'dates'> }): string {
  return e.data.dates.signed ?? e.data.dates.published ?? '';
}
