import { parseAiken } from './aiken.js';
import { exportCsv, parseCsv } from './csv.js';
import type { FileInput } from './decode.js';
import { detectFormat, type ImportFormat } from './detect-format.js';
import { type ExportResult, exportGift, parseGift } from './gift.js';
import type { ImportedQuestion, ImportReport } from './imported-question.js';
import { exportMoodleXml, parseMoodleXml } from './moodle-xml.js';
import { parseQti } from './qti.js';
import { exportXlsx, parseXlsx } from './xlsx.js';

/**
 * The entry points of the import/export codecs. Everything is pure: bytes or text in, a report or a file's content
 * out; nothing is written.
 */

export { parseAiken } from './aiken.js';
export { exportCsv, parseCsv } from './csv.js';
export { detectFormat, IMPORT_FORMATS, type ImportFormat } from './detect-format.js';
export type { ExportResult } from './gift.js';
export { exportGift, parseGift } from './gift.js';
export type { ImportedQuestion, ImportReport, PublicReport } from './imported-question.js';
export { prefixMedia, toReport } from './imported-question.js';
export { exportMoodleXml, parseMoodleXml } from './moodle-xml.js';
export { parseQti } from './qti.js';
export { type BankDefaults, fromBankItem, toBankItem } from './to-bank-item.js';
export { exportXlsx, parseXlsx } from './xlsx.js';

/** A report with the format it was read as. */
export type FileReport = ImportReport & { format: ImportFormat | undefined };

const isWorkbook = (input: FileInput) =>
  typeof input !== 'string' && input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04;

/**
 * Imports one file: detects the format unless given (`csv` also reads an .xlsx workbook), and parses it.
 * An undetectable file is a report with one error.
 * @example const report = await importFile(readFileSync(path), path); if (report.errors.length === 0) …
 */
export async function importFile(input: FileInput, fileName: string, format?: ImportFormat): Promise<FileReport> {
  let chosen = format;
  if (chosen === undefined) {
    const detected = detectFormat(input, fileName);
    if (detected.format === undefined)
      return {
        items: [],
        errors: [{ line: 1, message: detected.reason }],
        skipped: [],
        warnings: [],
        format: undefined,
      };
    chosen = detected.format;
  }
  if (chosen === 'csv' && isWorkbook(input)) chosen = 'xlsx';
  switch (chosen) {
    case 'gift':
      return { ...parseGift(input, fileName), format: chosen };
    case 'moodle-xml':
      return { ...parseMoodleXml(input, fileName), format: chosen };
    case 'aiken':
      return { ...parseAiken(input, fileName), format: chosen };
    case 'csv':
      return { ...parseCsv(input, fileName), format: chosen };
    case 'qti':
      return { ...parseQti(input, fileName), format: chosen };
    case 'xlsx':
      if (typeof input === 'string')
        return {
          items: [],
          errors: [{ line: 1, message: 'an .xlsx workbook must be read as bytes' }],
          skipped: [],
          warnings: [],
          format: chosen,
        };
      return { ...(await parseXlsx(input, fileName)), format: chosen };
  }
}

/** The formats Roundhouse exports to (besides its own bank YAML, which the bank code writes). */
export const EXPORT_FORMATS = ['gift', 'moodle-xml', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The file extension for an export format. */
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = {
  gift: 'gift',
  'moodle-xml': 'xml',
  csv: 'csv',
  xlsx: 'xlsx',
};

/**
 * Exports questions (see `fromBankItem`) to one file. `content` is text for gift, moodle-xml and csv (UTF-8; CSV
 * starts with a byte-order mark for Excel), bytes for xlsx. `notExported` lists the questions the format cannot
 * carry without loss, with the reason.
 */
export async function exportQuestions(
  questions: ImportedQuestion[],
  format: ExportFormat,
): Promise<{ content: string | Uint8Array; notExported: ExportResult['notExported'] }> {
  switch (format) {
    case 'gift':
      return exportGift(questions);
    case 'moodle-xml':
      return exportMoodleXml(questions);
    case 'csv':
      return exportCsv(questions);
    case 'xlsx':
      return exportXlsx(questions);
  }
}
