import type { BankItem } from '../bank-files.js';

/**
 * The neutral model of a question read from an interchange file (GIFT, Moodle XML, Aiken, CSV/XLSX, QTI), and the
 * import report. Every importer produces `ImportReport`; every exporter reads `ImportedQuestion`s; `to-bank-item.ts`
 * turns one into a `BankItem` and back.
 *
 * Texts (stem, options, explanation, feedback, steps, pairs) are Markdown: HTML from Moodle or Canvas has been
 * converted and sanitised (see `html-to-markdown.ts`). Accepted answers are plain text, compared as typed.
 * Fractions are the share of the marks a choice or answer earns, from −1 to 1 (Moodle's `%50%` is 0.5).
 */

/** The question types a report can name: Roundhouse's eight, and three it cannot represent. */
export const IMPORTED_TYPES = [
  'single',
  'multiple',
  'true_false',
  'fill_blank',
  'numeric',
  'matching',
  'ordering',
  'hotspot',
  'essay',
  'description',
  'cloze',
] as const;
export type ImportedType = (typeof IMPORTED_TYPES)[number];

/** A choice of a single/multiple/true_false question, with the share of the marks it earns when chosen. */
export type ImportedOption = { text: string; fraction: number; feedback?: string };

/** A typed answer of a fill_blank or numeric question. Numeric: `text` is the number, `tolerance` absolute. */
export type ImportedAnswer = { text: string; fraction: number; tolerance?: number; feedback?: string };

export type ImportedPair = { prompt: string; answer: string };
export type ImportedRegion = { x: number; y: number; w: number; h: number };

/**
 * A file a text refers to as `media/NAME`. `bytes` is null when the file was referenced but not inside the
 * imported file (a QTI package's image, a web address): `source` then says where it was, to fetch or ask for.
 */
export type ImportedMedia = { name: string; mime: string; bytes: Uint8Array | null; source: string };

/** Bank metadata a file may carry (only the CSV/XLSX layout has columns for it); defaults fill the rest. */
export type ImportedMeta = Partial<
  Pick<
    BankItem,
    'id' | 'topic' | 'subjects' | 'post' | 'models' | 'source' | 'difficulty' | 'tags' | 'references' | 'rules' | 'lang'
  >
>;

export type ImportedQuestion = {
  type: ImportedType;
  /** The question's name in the file; when it has none, the start of its stem (as Moodle names it). */
  title: string;
  stem: string;
  /** single, multiple: the choices; true_false: `True` then `False`. Empty for other types. */
  options: ImportedOption[];
  /** fill_blank, numeric: every answer the file lists, with its fraction (0% ones included). */
  accepted: ImportedAnswer[];
  /** The file's category path (Moodle `$course$/top/…`, a QTI assessment title, a CSV column); '' when none. */
  category: string;
  /** General feedback: shown whatever the answer. '' when none. */
  explanation: string;
  /** 1-based line of the file (row of a sheet) where the question starts. */
  line: number;
  /** multiple: the scoring the file states; when absent it follows from the fractions (see `to-bank-item.ts`). */
  scoring?: 'all-or-nothing' | 'partial';
  /** fill_blank: whether case matters. */
  caseSensitive?: boolean;
  /** numeric: the unit learners may write after the number. */
  unit?: string;
  /** matching: prompt → answer, in order. */
  pairs?: ImportedPair[];
  /** matching: answers that match no prompt. */
  distractors?: string[];
  /** ordering: the steps in the correct order. */
  steps?: string[];
  /** hotspot: the image (`media/NAME`), its text alternative, and the right regions in fractions of its size. */
  hotspot?: { image: string; imageAlt: string; regions: ImportedRegion[] };
  /** The files the texts refer to as `media/NAME`. */
  media: ImportedMedia[];
  /** Bank metadata the file carries. */
  meta?: ImportedMeta;
};

/** A problem at a line of the file. */
export type ReportLine = { line: number; message: string };

/** A question that will not be imported, and why. `type` is what it is in the source's terms. */
export type SkippedQuestion = { title: string; reason: string; line: number; type: string };

/**
 * What importing one file gives. All or nothing: when `errors` is not empty nothing of the file may be written.
 * `items` are the questions that would be imported; `skipped` those Roundhouse cannot represent; `warnings` what an
 * import changes without losing the key (e.g. a penalty dropped), for the preview.
 */
export type ImportReport = {
  items: ImportedQuestion[];
  errors: ReportLine[];
  skipped: SkippedQuestion[];
  warnings: ReportLine[];
};

/** The public `--json` report (issue 3): exactly these fields. */
export type PublicReport = {
  items: {
    type: ImportedType;
    title: string;
    stem: string;
    options: { text: string; fraction: number }[];
    accepted: ({ text: string; fraction: number } | { text: string; fraction: number; tolerance: number })[];
    category: string;
  }[];
  errors: { line: number; message: string }[];
  skipped: { title: string; reason: string }[];
};

/** The public `--json` shape of a report: no extra fields. */
export function toReport(report: ImportReport): PublicReport {
  return {
    items: report.items.map((q) => ({
      type: q.type,
      title: q.title,
      stem: q.stem,
      options: q.options.map((o) => ({ text: o.text, fraction: o.fraction })),
      accepted: q.accepted.map((a) =>
        a.tolerance === undefined
          ? { text: a.text, fraction: a.fraction }
          : { text: a.text, fraction: a.fraction, tolerance: a.tolerance },
      ),
      category: q.category,
    })),
    errors: report.errors.map((e) => ({ line: e.line, message: e.message })),
    skipped: report.skipped.map((s) => ({ title: s.title, reason: s.reason })),
  };
}

/** A question with every field empty but the given ones. */
export function question(
  fields: Pick<ImportedQuestion, 'type' | 'stem' | 'line'> & Partial<ImportedQuestion>,
): ImportedQuestion {
  return {
    options: [],
    accepted: [],
    category: '',
    explanation: '',
    media: [],
    ...fields,
    title: fields.title || titleFrom(fields.stem),
  };
}

/** A display name from a stem: its first 60 characters of plain text, as Moodle names untitled questions. */
export function titleFrom(stem: string): string {
  const plain = stem
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length <= 60 ? plain : `${plain.slice(0, 59)}…`;
}

/** Adds `prefix` to every media name of a report and to the references to them, e.g. to keep imports apart. */
export function prefixMedia(report: ImportReport, prefix: string): ImportReport {
  const rename = (text: string) => text.replace(/\]\(media\/([^)\s]+)\)/g, (_, n: string) => `](media/${prefix}${n})`);
  const items = report.items.map((q) => mapTexts(q, rename));
  for (const q of items) {
    q.media = q.media.map((m) => ({ ...m, name: `${prefix}${m.name}` }));
    if (q.hotspot) q.hotspot = { ...q.hotspot, image: q.hotspot.image.replace(/^media\//, `media/${prefix}`) };
  }
  return { ...report, items };
}

/** A copy of a question with `f` applied to every Markdown text (not to accepted answers). */
export function mapTexts(q: ImportedQuestion, f: (text: string) => string): ImportedQuestion {
  const feedback = (fb: string | undefined) => (fb === undefined ? {} : { feedback: f(fb) });
  return {
    ...q,
    stem: f(q.stem),
    explanation: f(q.explanation),
    options: q.options.map((o) => ({ ...o, text: f(o.text), ...feedback(o.feedback) })),
    accepted: q.accepted.map((a) => ({ ...a, ...feedback(a.feedback) })),
    ...(q.pairs ? { pairs: q.pairs.map((p) => ({ prompt: f(p.prompt), answer: f(p.answer) })) } : {}),
    ...(q.distractors ? { distractors: q.distractors.map(f) } : {}),
    ...(q.steps ? { steps: q.steps.map(f) } : {}),
  };
}
