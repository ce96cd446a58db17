/**
 * A source's bytes as text: strict UTF-8, and nothing read silently. Bytes that are not UTF-8 stop
 * the compile with the encoding they most likely are (Chinese web pages and Word exports are often
 * GB18030/GBK) and the command that converts them; a byte-order mark or CRLF line endings are read
 * only where the corrections file declares them, so a changed file never passes unnoticed.
 */
import { InputError } from './errors.ts';
import type { Declaration } from './schemas/correction.ts';

const BOM = [0xef, 0xbb, 0xbf];

/** The 1-based line of a character offset in a text. */
const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The encoding that bytes which are not UTF-8 most likely are, with the name iconv knows it by. */
function likelyEncoding(bytes: Uint8Array): { name: string; iconv: string } | null {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { name: 'UTF-16', iconv: 'UTF-16' };
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { name: 'GB18030 (GBK)', iconv: 'GB18030' };
  } catch {
    return null;
  }
}

/** Where the declaration names a property: the corrections file and a field of it. */
export interface DeclarationPlace {
  file: string;
  lineOf: (field: string) => number | null;
}

/**
 * The source's text: strict UTF-8, its declared byte-order mark left out and declared CRLF endings
 * read as LF. Anything else stops, naming the file, the line and the fix.
 */
export function decodeSource(bytes: Uint8Array, file: string, declaration: Pick<Declaration, 'byteOrderMark' | 'lineEndings'>, declared: DeclarationPlace): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const line = lineAt(loose, loose.indexOf('\uFFFD'));
    const likely = likelyEncoding(bytes);
    throw new InputError(file, '(file)', `is not UTF-8 (the first bad bytes are on line ${line})${likely ? `: it reads as ${likely.name}` : ''}`,
      likely ? `convert it: iconv -f ${likely.iconv} -t UTF-8 ${file} > ${file}.utf8 && mv ${file}.utf8 ${file}, then register its sha256 in sources/registry.yaml`
        : 'save it as UTF-8 (the encoding could not be told: open it in an editor that shows the encoding), then register its sha256 in sources/registry.yaml', line);
  }
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  if (hasBom !== declaration.byteOrderMark) {
    throw hasBom
      ? new InputError(file, '(file)', 'starts with a byte-order mark (U+FEFF) that no declaration accounts for',
        `declare it: add "byteOrderMark: true" to ${declared.file} (the compile then leaves it out)`, 1)
      : new InputError(declared.file, 'byteOrderMark', `${file} does not start with a byte-order mark`, 'remove byteOrderMark', declared.lineOf('byteOrderMark'));
  }
  if (hasBom) text = text.slice(1);
  const bareCr = text.search(/\r(?!\n)/);
  if (bareCr >= 0) {
    throw new InputError(file, '(file)', `line ${lineAt(text, bareCr)} holds a carriage return (U+000D) that ends no line`,
      'remove it, or save the file with LF line endings (then register its sha256 in sources/registry.yaml)', lineAt(text, bareCr));
  }
  const crlf = text.search(/\r\n/);
  if (declaration.lineEndings === 'lf') {
    if (crlf >= 0) {
      throw new InputError(file, '(file)', `has CRLF line endings (the first ends line ${lineAt(text, crlf)}) that no declaration accounts for`,
        `declare them: add "lineEndings: crlf" to ${declared.file} (the compile then reads them as LF)`, lineAt(text, crlf));
    }
    return text;
  }
  const bareLf = text.search(/(?<!\r)\n/);
  if (bareLf >= 0) {
    throw new InputError(file, '(file)', `line ${lineAt(text, bareLf)} ends with LF alone, though ${declared.file} declares crlf`,
      crlf >= 0 ? 'end every line the same way (CRLF), or declare lineEndings: lf once every line ends with LF' : `remove "lineEndings: crlf" from ${declared.file}`, lineAt(text, bareLf));
  }
  return text.replace(/\r\n/g, '\n');
}
