import { decodeText, type FileInput } from './decode.js';
import type { ExportResult } from './gift.js';
import type { ImportedQuestion, ImportReport } from './imported-question.js';
import { finishReport } from './report.js';
import { readRows, type SheetRow, sheetLimit, toRow, trimColumns } from './rows.js';

/**
 * CSV in the spreadsheet layout of `rows.ts` (question-bank/README.md, "Spreadsheets"): RFC 4180 quoting, the
 * separator (`,`, `;` or tab) taken from the header row, any encoding `decodeText` recognises. Exports are UTF-8
 * with a byte-order mark (so Excel reads Chinese correctly), comma-separated, CRLF line ends; a cell that Excel would
 * run as a formula (starting with `=`, `+`, `-` or `@`, numbers aside) is written with a leading `'`, which the
 * importer removes again.
 */

/** Text Excel would run as a formula, possibly behind apostrophes already. */
const FORMULA = /^'*[=+\-@\t\r]/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Guesses the separator from the first line: the most frequent of `,`, `;` and tab outside quotes. */
function separatorOf(text: string): string {
  let quoted = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  return Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0] ?? ',';
}

/** Splits CSV text into rows, each with the line it starts on. */
export function csvRows(text: string, separator = separatorOf(text)): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push({ line: start, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) endCell();
    else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      start = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows.map((r) => ({ ...r, cells: r.cells.map(unguard) }));
}

/** Removes the `'` an exporter put before a formula-like cell. */
const unguard = (cell: string) => (cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell);

/** Reads CSV into questions and errors, before judging the keys. */
export function readCsv(input: FileInput) {
  return readRows(csvRows(decodeText(input)), 'line');
}

/**
 * Parses a CSV file in the spreadsheet layout.
 * @example parseCsv('type,stem,a,b,answer\nsingle,2 + 2?,3,4,B\n', 'q.csv').items[0]?.options[1] // { text: '4', fraction: 1 }
 */
export function parseCsv(input: FileInput, _fileName = ''): ImportReport {
  return finishReport(readCsv(input));
}

/** Quotes a cell when needed, guarding formula-like text. */
function csvCell(value: string): string {
  const guarded = FORMULA.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The rows (header first) the sheet exporters write, and the questions they leave out. */
export function sheetRows(questions: ImportedQuestion[]): {
  rows: string[][];
  notExported: ExportResult['notExported'];
} {
  const notExported: ExportResult['notExported'] = [];
  const rows: string[][] = [];
  for (const q of questions) {
    const limit = sheetLimit(q);
    if (limit) notExported.push({ title: q.title, reason: limit });
    else rows.push(toRow(q));
  }
  return { rows: trimColumns(rows), notExported };
}

/**
 * Writes questions as CSV in the spreadsheet layout. Every Roundhouse type fits; the bank metadata columns are
 * filled from `meta`.
 */
export function exportCsv(questions: ImportedQuestion[]): ExportResult {
  const { rows, notExported } = sheetRows(questions);
  return { content: `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`, notExported };
}
