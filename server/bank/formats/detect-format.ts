import { decodeText, type FileInput } from './decode.js';

/** The formats Roundhouse imports. `xlsx` is the spreadsheet layout of `csv` in an Excel workbook. */
export const IMPORT_FORMATS = ['gift', 'moodle-xml', 'aiken', 'csv', 'xlsx', 'qti'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type Detection = { format: ImportFormat; reason: string } | { format: undefined; reason: string };

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** The first element name of an XML document, skipping the prolog, comments and doctype. */
function rootElement(text: string): string | undefined {
  const stripped = text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '');
  return /<(?:[\w.-]+:)?([\w.-]+)[\s>/]/.exec(stripped)?.[1];
}

function sniffXml(text: string): Detection | undefined {
  if (!/^\s*</.test(text)) return undefined;
  const root = rootElement(text);
  if (root === 'quiz') return { format: 'moodle-xml', reason: 'an XML file whose root is <quiz>' };
  if (root === 'questestinterop' || root === 'assessmentItem')
    return { format: 'qti', reason: `an XML file whose root is <${root}>` };
  return { format: undefined, reason: `an XML file whose root <${root ?? '?'}> is neither Moodle XML nor a QTI item` };
}

function sniffText(text: string): Detection | undefined {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '' && !/^\s*\/\//.test(l));
  const first = lines[0] ?? '';
  if (
    /[,;\t]/.test(first) &&
    /(^|[,;\t]\s*"?)(type|题型)"?\s*([,;\t]|$)/i.test(first) &&
    /(stem|question|题干|题目)/i.test(first)
  )
    return { format: 'csv', reason: 'the first line names the spreadsheet columns' };
  if (/^\s*ANSWER\s*:\s*[A-Z]\s*$/im.test(text) && /^\s*[A-Z][.)]\s+\S/m.test(text) && !/\{[\s\S]*\}/.test(text))
    return { format: 'aiken', reason: 'lines like "A. …" and "ANSWER: A"' };
  if (/^\s*\$CATEGORY:/m.test(text) || /^\s*::[^:]/m.test(text) || /\{[\s\S]*?\}/.test(text))
    return { format: 'gift', reason: 'GIFT answer braces, titles or categories' };
  return undefined;
}

/**
 * Which format a file is in: the extension when it settles it (`.gift`, `.csv`, `.tsv`, `.xlsx`), the content
 * otherwise (`.xml`: Moodle `<quiz>` or QTI; `.txt`: GIFT, Aiken or CSV).
 * @example detectFormat('::Q:: 1 + 1? {#2}', 'maths.txt') // { format: 'gift', reason: … }
 */
export function detectFormat(input: FileInput, fileName: string): Detection {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (typeof input !== 'string' && isZip(input)) {
    const bytes = new TextDecoder('latin1').decode(input.subarray(0, Math.min(input.length, 1 << 20)));
    if (ext === 'xlsx' || bytes.includes('xl/workbook')) return { format: 'xlsx', reason: 'an Excel workbook' };
    return { format: undefined, reason: 'a .zip package: unzip it and import its XML files' };
  }
  if (ext === 'xlsx') return { format: undefined, reason: 'the file is named .xlsx but is not a workbook' };
  if (ext === 'gift') return { format: 'gift', reason: 'the .gift extension' };
  if (ext === 'csv' || ext === 'tsv') return { format: 'csv', reason: `the .${ext} extension` };
  const text = decodeText(typeof input === 'string' ? input : input.subarray(0, 1 << 20));
  const xml = sniffXml(text);
  if (xml) return xml;
  return sniffText(text) ?? { format: undefined, reason: 'not recognised as GIFT, Moodle XML, Aiken, CSV or QTI' };
}
