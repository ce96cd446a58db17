/**
 * Dates the documents state, as ISO strings of a year, month or day (2017, 2020-10, 2016-11-23):
 * whether one names a real day, and which of two comes first. Shared by the document metadata
 * checks (成文日期, 公开日期) and the duties' due dates.
 */

/** What is wrong with an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) whose form is right, or null. */
export function dateProblem(date: string): string | null {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return null;
  if (m < 1 || m > 12) return `month ${m} does not exist`;
  if (d === undefined) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d < 1 || d > days ? `${y}-${String(m).padStart(2, '0')} has no day ${d} (it has ${days})` : null;
}

/**
 * Whether `a` is surely after `b`: compared on the parts both give (2016-11 is not after
 * 2016-11-23, nor before it).
 */
export function isAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) > b.slice(0, n);
}

/** A problem with a document's dates, as [field, problem, fix], or null. */
export function metaDateProblem(
  dates: { signed: string | null; published: string | null },
  campaign: { from: string; to: string } | null,
): [string, string, string] | null {
  const fields: [string, string | null | undefined][] = [
    ['dates.signed', dates.signed], ['dates.published', dates.published], ['status.campaign.from', campaign?.from], ['status.campaign.to', campaign?.to],
  ];
  for (const [field, date] of fields) {
    const problem = date && dateProblem(date);
    if (problem) return [field, `"${date}" is not a date: ${problem}`, 'give the date as the document prints it (YYYY-MM-DD, or YYYY-MM / YYYY where it gives no more)'];
  }
  if (dates.signed && dates.published && isAfter(dates.signed, dates.published)) {
    return ['dates.signed', `${dates.signed} is after the publication date ${dates.published}`, 'a document is signed (成文) before it is published (公开): check both against the document'];
  }
  if (campaign && isAfter(campaign.from, campaign.to)) {
    return ['status.campaign.from', `${campaign.from} is after the campaign's end ${campaign.to}`, 'check from and to against the document\'s words'];
  }
  return null;
}
