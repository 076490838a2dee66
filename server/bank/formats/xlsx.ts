import { readSheet } from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import { sheetRows } from './csv.js';
import type { ExportResult } from './gift.js';
import type { ImportedQuestion, ImportReport } from './imported-question.js';
import { finishReport } from './report.js';
import { readRows, type SheetRow } from './rows.js';

/**
 * Excel workbooks (.xlsx) in the same spreadsheet layout as CSV: the first sheet, a header row, one question per
 * row; errors name the row number. Reading and writing go through read-excel-file and write-excel-file.
 */

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
};

/**
 * Parses the first sheet of a workbook.
 * @example await parseXlsx(readFileSync('questions.xlsx'), 'questions.xlsx')
 */
export async function parseXlsx(bytes: Uint8Array, _fileName = ''): Promise<ImportReport> {
  let data: unknown[][];
  try {
    data = (await readSheet(Buffer.from(bytes))) as unknown[][];
  } catch (e) {
    return {
      items: [],
      errors: [{ line: 1, message: `not a readable .xlsx workbook: ${e instanceof Error ? e.message : String(e)}` }],
      skipped: [],
      warnings: [],
    };
  }
  const rows: SheetRow[] = data.map((cells, i) => ({ line: i + 1, cells: cells.map(cellText) }));
  return finishReport(readRows(rows, 'row'));
}

/** Writes questions as a one-sheet workbook in the spreadsheet layout (every cell a string). */
export async function exportXlsx(
  questions: ImportedQuestion[],
): Promise<{ content: Uint8Array; notExported: ExportResult['notExported'] }> {
  const { rows, notExported } = sheetRows(questions);
  const sheet = rows.map((r, i) =>
    r.map((value) => ({ value, type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) })),
  );
  const buffer = await writeXlsxFile(sheet, { sheet: 'Questions', stickyRowsCount: 1 }).toBuffer();
  return { content: new Uint8Array(buffer), notExported };
}
