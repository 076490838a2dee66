import type { ImportedQuestion, ImportReport, ReportLine, SkippedQuestion } from './imported-question.js';
import { type BankDefaults, toBankItem } from './to-bank-item.js';

/** Stand-in metadata to check that a question would make a valid bank item before the teacher picks the real one. */
const PROBE: BankDefaults = {
  id: 'import-0001',
  topic: 'import.check',
  subjects: ['import'],
  post: 'both',
  source: 'teacher',
  difficulty: 'medium',
  lang: 'en',
  references: ['import'],
  explanation: 'import',
};

/** What the importers collect before the questions are judged. */
export type Collected = {
  questions: ImportedQuestion[];
  errors: ReportLine[];
  skipped: SkippedQuestion[];
  warnings: ReportLine[];
};

export const collected = (): Collected => ({ questions: [], errors: [], skipped: [], warnings: [] });

/**
 * Judges every question read from a file: those that make a valid bank item become `items`; those of a type
 * Roundhouse lacks are `skipped` with the reason; the rest are `errors` at their line. Files the texts need but the
 * file does not hold are warned about.
 */
export function finishReport(c: Collected): ImportReport {
  const items: ImportedQuestion[] = [];
  const errors = [...c.errors];
  const skipped = [...c.skipped];
  const warnings = [...c.warnings];
  for (const q of c.questions) {
    const result = toBankItem(q, PROBE);
    if (!result.ok) {
      if (result.skipped)
        skipped.push({ title: q.title, reason: result.problems.join('; '), line: q.line, type: q.type });
      else for (const p of result.problems) errors.push({ line: q.line, message: `${q.title}: ${p}` });
      continue;
    }
    items.push(q);
    for (const note of result.notes) warnings.push({ line: q.line, message: `${q.title}: ${note}` });
    for (const m of q.media)
      if (m.bytes === null)
        warnings.push({ line: q.line, message: `${q.title}: media/${m.name} (from ${m.source}) is not in the file` });
  }
  const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
  return { items, errors: errors.sort(byLine), skipped: skipped.sort(byLine), warnings: warnings.sort(byLine) };
}
