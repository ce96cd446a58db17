/**
 * A first draft of a new document's meta, read from its text by `npm run add-document`: the title,
 * the issuer, the number (发文字号), the dates, the level and region guessed from the issuer's
 * name, the validity and the documents it cites. Every value is a guess from the printed words,
 * so each comes with how it was read: the command writes it beside the field, marked REVIEW, for
 * the maintainer to check against the document (docs/adding-a-document.md).
 */
import type { LevelId } from '../glossary.ts';

/** A value read from the text, and how (the words it came from), or null when the text does not say. */
export interface Read<T> {
  value: T;
  how: string;
}

export interface MetaDraft {
  title: Read<string>;
  issuer: Read<string | null>;
  number: Read<string | null>;
  level: Read<LevelId>;
  region: Read<{ province: string | null; city: string | null; county: string | null }>;
  dates: Read<{ signed: string | null; published: string | null; asPrinted: string | null }>;
  validity: Read<'试行' | null>;
  cites: Read<{ number: string | null; title: string }[]>;
}

/** A document number as printed: an issuer's abbreviation, the year in 〔〕 and a serial, e.g. 宁政办发〔2017〕14号. */
const NUMBER = /[\p{Script=Han}]{1,12}〔\d{4}〕\d{1,4}号/u;
/** A numbered heading (一、…): the text before the first one is the head (furniture, number, title, addressee). */
const FIRST_HEADING = /^\s*[一二三四五六七八九十]+、/;
/** The addressee line (各乡镇人民政府，…：) also ends the head. */
const ADDRESSEE = /^\s*各.+[：:]\s*$/;
/** Where a title ends: the kinds of document these are. */
const TITLE_END = /(通知|意见|方案|办法|计划|规定|细则|范文)(（试行）)?$/;
/** An issuing office at the end of the words before 关于 (the last of several whitespace-separated words). */
const OFFICE = /(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅|委员会|局|厅)$/;
/** A province-level name at the start of an issuer's name. */
const PROVINCE = /^[\p{Script=Han}]{2,7}?(省|自治区)/u;
/** A place with its kind: 乌海市, 黔南布依族苗族自治州, 龙里县, 宁城县, 泗县, 某某旗. */
const PLACE = /^[\p{Script=Han}]{1,10}?(自治州|市|州|盟|自治县|县|旗|区)/u;

const dateOf = (y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/** The lines before the first numbered heading or the addressee, at most 40. */
function headOf(lines: readonly string[]): string[] {
  const end = lines.findIndex((l) => FIRST_HEADING.test(l) || ADDRESSEE.test(l));
  return lines.slice(0, Math.min(end < 0 ? 40 : end, 40)).map((l) => l.trim()).filter(Boolean);
}

/** The title block: from the first head line holding 关于 to the line that ends like a title (page breaks split titles over lines). */
function titleBlock(head: readonly string[]): { prefix: string; words: string } | null {
  const start = head.findIndex((l) => l.includes('关于') && !NUMBER.test(l));
  if (start < 0) return null;
  const at = head[start]!.indexOf('关于');
  const prefix = head[start]!.slice(0, at);
  let words = head[start]!.slice(at);
  // A notice that issues a document (关于印发…的通知) ends at 的通知, past the inner title's own end.
  const ended = (w: string) => (w.replace(/\s+/g, '').startsWith('关于印发') ? /的通知$/ : TITLE_END).test(w);
  for (let i = start + 1; i < head.length && i < start + 6 && !ended(words); i++) words += head[i];
  return { prefix, words: words.replace(/\s+/g, '') };
}

function readTitle(head: readonly string[]): { title: Read<string>; issuer: Read<string | null> } {
  const block = titleBlock(head);
  const none = { value: null, how: 'no issuing office printed before the title: fill in, or null for a template' };
  if (!block) return { title: { value: head[0] ?? '', how: 'the first line (no line with 关于 before the first heading)' }, issuer: none };
  // 关于印发《X》的通知: the document is X, the notice only wraps it.
  const wrapped = /^关于印发[《“"]?(.+?)[》”"]?的通知$/.exec(block.words);
  const title = wrapped
    ? { value: wrapped[1]!, how: `the document inside the notice 「${block.words}」` }
    : { value: block.words, how: 'the title lines at the head' };
  // A web page's header row (标  题 …) puts labels before the issuer: the issuer is the last word.
  const office = block.prefix.trim().split(/\s+/).pop() ?? '';
  const issuer = OFFICE.test(office) ? { value: office, how: `the words before 关于 in 「${block.prefix.trim()}关于…」` } : none;
  return { title, issuer };
}

function readNumber(head: readonly string[]): Read<string | null> {
  // The number stands on a line of its own, or after a web page's 发文字号 label; a number inside
  // the text is a cited document's.
  for (const line of head) {
    const alone = line.replace(/^发文字号\s*/, '');
    const m = NUMBER.exec(line);
    if (m && (alone === m[0] || /发文字号\s*\S/.test(line))) return { value: m[0], how: `the line 「${line}」` };
  }
  return { value: null, how: 'no number on a line of its own at the head' };
}

function readDates(lines: readonly string[], number: string | null): Read<MetaDraft['dates']['value']> {
  const trimmed = lines.map((l) => l.trim());
  // A web page's header row: 成文日期 2016-11-23 … 公开日期 2017-01-09.
  const signedRow = trimmed.map((l) => /成文日期\s*(\d{4}-\d{2}-\d{2})/.exec(l)).find(Boolean);
  const publishedRow = trimmed.map((l) => /公开日期\s*(\d{4}-\d{2}-\d{2})/.exec(l)).find(Boolean);
  // The date line: a line holding only a date (2017年2月14日, or 20161123 where characters were lost).
  const dateLine = trimmed.find((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l) || /^\d{8}$/.test(l)) ?? null;
  const fromLine = dateLine && /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(dateLine);
  const year = number && /〔(\d{4})〕/.exec(number)?.[1];
  const signed = signedRow?.[1] ?? (fromLine ? dateOf(fromLine[1]!, fromLine[2]!, fromLine[3]!) : year ?? null);
  const how = [
    signedRow ? 'signed from the header row 成文日期' : fromLine ? `signed from the date line 「${dateLine}」` : year ? `signed: only the year, from the number ${number}` : 'no date line found',
    ...(publishedRow ? ['published from the header row 公开日期'] : []),
  ].join('; ');
  return { value: { signed, published: publishedRow?.[1] ?? null, asPrinted: dateLine }, how };
}

/** Level and region from the issuer's name: its province, then its city or county. */
function readPlace(issuer: string | null): { level: Read<LevelId>; region: MetaDraft['region'] } {
  const empty = { province: null, city: null, county: null };
  if (!issuer) return { level: { value: 'township-template', how: 'no issuer: a template' }, region: { value: empty, how: 'no issuer' } };
  const province = PROVINCE.exec(issuer)?.[0] ?? null;
  const rest = issuer.slice(province?.length ?? 0);
  const place = PLACE.exec(rest)?.[0] ?? null;
  const county = place && /(县|旗|区)$/.test(place) ? place : null;
  const city = place && !county ? place : null;
  const level: LevelId = county ? 'county' : city ? 'city' : province ? 'province' : 'county';
  const how = `guessed from the issuer ${issuer}`;
  return {
    level: { value: level, how },
    region: { value: { province, city, county }, how: `${how}: fill in what the name does not say (${county ? 'its city and province' : 'the parts left null'})` },
  };
}

/** Cited documents: 《title》（number）, as the documents cite them. */
function readCites(text: string, own: string | null): Read<{ number: string | null; title: string }[]> {
  const found = new Map<string, { number: string | null; title: string }>();
  for (const m of text.matchAll(/《([^》]{4,80})》[（(]([^）)]*?〔[\d_]{0,4}〕[\d_]{0,4}号)[）)]/g)) {
    const number = m[2]!.replace(/^以下简称.*$/, '');
    if (number !== own && !found.has(number)) found.set(number, { number, title: m[1]! });
  }
  return { value: [...found.values()], how: '《title》（number） in the text; a document cited by title only is not found' };
}

/** The draft meta of a document, from its text. */
export function readMeta(text: string): MetaDraft {
  const lines = text.split(/\r?\n/);
  const head = headOf(lines);
  const { title, issuer } = readTitle(head);
  const number = readNumber(head);
  const { level, region } = readPlace(issuer.value);
  return {
    title,
    issuer,
    number,
    level,
    region,
    dates: readDates(lines, number.value),
    validity: /（试行）$/.test(title.value) ? { value: '试行', how: 'the title ends with （试行）' } : { value: null, how: 'nothing stated in the title' },
    cites: readCites(text, number.value),
  };
}
