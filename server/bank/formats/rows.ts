import { type ImportedMeta, type ImportedQuestion, type ImportedType, question } from './imported-question.js';
import { listReferencedMedia, MediaRegistry } from './media.js';
import { rangeToTolerance, readDecimal } from './numbers.js';
import { type Collected, collected } from './report.js';

/**
 * The spreadsheet layout shared by CSV and XLSX (documented in question-bank/README.md, "Spreadsheets"): a header
 * row naming the columns, then one question per row.
 */

/** One row of a sheet: its cells as text, and its line (CSV) or row number (XLSX). */
export type SheetRow = { line: number; cells: string[] };

export const OPTION_LETTERS = 'abcdefghij'.split('');

/** The columns in the order the exporters write them. */
export const COLUMNS = [
  'type',
  'title',
  'category',
  'stem',
  ...OPTION_LETTERS,
  'answer',
  'tolerance',
  'unit',
  'scoring',
  'case_sensitive',
  'image',
  'image_alt',
  'regions',
  'explanation',
  'id',
  'topic',
  'subjects',
  'post',
  'models',
  'source',
  'difficulty',
  'tags',
  'references',
  'rules',
  'lang',
] as const;
type Column = (typeof COLUMNS)[number];

const HEADER_ALIASES: Record<string, Column> = {
  question: 'stem',
  question_text: 'stem',
  text: 'stem',
  feedback: 'explanation',
  general_feedback: 'explanation',
  correct: 'answer',
  correct_answer: 'answer',
  key: 'answer',
  name: 'title',
  题型: 'type',
  类型: 'type',
  标题: 'title',
  分类: 'category',
  题干: 'stem',
  题目: 'stem',
  答案: 'answer',
  正确答案: 'answer',
  解析: 'explanation',
  单位: 'unit',
  误差: 'tolerance',
};

const TYPE_ALIASES: Record<string, ImportedType> = {
  single: 'single',
  single_choice: 'single',
  multichoice: 'single',
  multiple: 'multiple',
  multiple_choice: 'multiple',
  multiple_answers: 'multiple',
  true_false: 'true_false',
  truefalse: 'true_false',
  tf: 'true_false',
  fill_blank: 'fill_blank',
  short_answer: 'fill_blank',
  shortanswer: 'fill_blank',
  numeric: 'numeric',
  numerical: 'numeric',
  ordering: 'ordering',
  matching: 'matching',
  hotspot: 'hotspot',
  单选: 'single',
  单选题: 'single',
  多选: 'multiple',
  多选题: 'multiple',
  判断: 'true_false',
  判断题: 'true_false',
  填空: 'fill_blank',
  填空题: 'fill_blank',
  数值: 'numeric',
  数值题: 'numeric',
  排序: 'ordering',
  排序题: 'ordering',
  匹配: 'matching',
  匹配题: 'matching',
  连线: 'matching',
  连线题: 'matching',
  热点: 'hotspot',
  热点题: 'hotspot',
};

const TRUE = /^(true|t|yes|y|1|对|正确|是|√|✓)$/i;
const FALSE = /^(false|f|no|n|0|错|错误|否|×|✗)$/i;

function columnOf(header: string): Column | undefined {
  const h = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  const option = /^(?:option_?|选项)?([a-j])$/i.exec(h);
  if (option) return option[1]?.toLowerCase() as Column;
  if ((COLUMNS as readonly string[]).includes(h)) return h as Column;
  return HEADER_ALIASES[h];
}

/** Splits a list cell at `|` (write `\|` for a bar inside an element). */
export function splitList(cell: string): string[] {
  return cell
    .split(/(?<!\\)\|/)
    .map((s) => s.replace(/\\\|/g, '|').trim())
    .filter((s) => s !== '');
}

export const joinList = (items: readonly string[]): string => items.map((s) => s.replace(/\|/g, '\\|')).join(' | ');

/** Reads the rows of a sheet (header first) into questions and errors, before judging the keys. */
export function readRows(rows: SheetRow[], unit: 'line' | 'row'): Collected {
  const c = collected();
  const header = rows[0];
  if (header === undefined) {
    c.errors.push({
      line: 1,
      message: 'the file is empty: the first row names the columns (type, stem, a, b, …, answer)',
    });
    return c;
  }
  const columns = new Map<Column, number>();
  header.cells.forEach((h, i) => {
    if (h.trim() === '') return;
    const col = columnOf(h);
    if (col === undefined)
      c.warnings.push({
        line: header.line,
        message: `the column "${h.trim()}" is not part of the layout and is ignored`,
      });
    else if (columns.has(col)) c.errors.push({ line: header.line, message: `the column "${col}" appears twice` });
    else columns.set(col, i);
  });
  for (const required of ['type', 'stem'] as const)
    if (!columns.has(required))
      c.errors.push({
        line: header.line,
        message: `the first ${unit} must name the columns; "${required}" is missing`,
      });
  if (c.errors.length > 0) return c;
  const registry = new MediaRegistry();
  for (const row of rows.slice(1)) {
    if (row.cells.every((cell) => cell.trim() === '')) continue;
    const get = (col: Column) => {
      const i = columns.get(col);
      return i === undefined ? '' : (row.cells[i] ?? '').trim();
    };
    const q = readRow(get, row.line, c);
    if (q === undefined) continue;
    listReferencedMedia(q, registry);
    c.questions.push(q);
  }
  return c;
}

function readRow(get: (col: Column) => string, line: number, c: Collected): ImportedQuestion | undefined {
  const err = (message: string) => {
    c.errors.push({ line, message });
    return undefined;
  };
  const rawType = get('type');
  const type = TYPE_ALIASES[rawType.toLowerCase().replace(/[\s/-]+/g, '_')];
  if (type === undefined)
    return err(
      rawType === ''
        ? 'the type is empty'
        : `unknown type "${rawType}": use single, multiple, true_false, fill_blank, numeric, ordering, matching or hotspot`,
    );
  const stem = get('stem');
  if (stem === '') return err('the stem (question text) is empty');
  const cells = OPTION_LETTERS.map((l) => get(l as Column));
  const last = cells.map((v) => v !== '').lastIndexOf(true);
  const gap = cells.slice(0, last + 1).indexOf('');
  if (gap >= 0) return err(`column ${OPTION_LETTERS[gap]?.toUpperCase()} is empty but a later one is not`);
  const filled = cells.slice(0, last + 1);
  const answer = get('answer');
  const meta = readMeta(get);
  const base = {
    stem,
    line,
    category: get('category'),
    explanation: get('explanation'),
    ...(get('title') ? { title: get('title') } : {}),
    ...(Object.keys(meta).length > 0 ? { meta } : {}),
  };
  const letters = (text: string): number[] | undefined => {
    const parts = /[,;|\s]/.test(text) ? text.split(/[,;|\s]+/).filter((s) => s !== '') : text.split('');
    const idx = parts.map((p) => OPTION_LETTERS.indexOf(p.toLowerCase()));
    return idx.every((i) => i >= 0 && i < filled.length) && idx.length > 0 ? [...new Set(idx)] : undefined;
  };
  switch (type) {
    case 'single': {
      const right = letters(answer);
      if (right === undefined || right.length !== 1)
        return err(
          `the answer of a single-choice question is one option letter (A–${OPTION_LETTERS[Math.max(0, filled.length - 1)]?.toUpperCase()}), not "${answer}"`,
        );
      return question({
        ...base,
        type,
        options: filled.map((text, i) => ({ text, fraction: i === right[0] ? 1 : 0 })),
      });
    }
    case 'multiple': {
      const right = letters(answer);
      if (right === undefined)
        return err(`the answer of a multiple-choice question lists option letters, like "A, C", not "${answer}"`);
      const scoringCell = get('scoring').toLowerCase();
      const scoring =
        scoringCell === '' || /^all|^aon$|全对/.test(scoringCell)
          ? 'all-or-nothing'
          : /^partial|部分/.test(scoringCell)
            ? 'partial'
            : undefined;
      if (scoring === undefined) return err(`scoring is "all-or-nothing" or "partial", not "${get('scoring')}"`);
      const k = right.length;
      const wrong = scoring === 'partial' ? -1 / k : 0;
      return question({
        ...base,
        type,
        scoring,
        options: filled.map((text, i) => ({ text, fraction: right.includes(i) ? 1 / k : wrong })),
      });
    }
    case 'true_false': {
      const value = TRUE.test(answer) ? true : FALSE.test(answer) ? false : undefined;
      if (value === undefined) return err(`the answer of a true/false question is true or false, not "${answer}"`);
      return question({
        ...base,
        type,
        options: [
          { text: 'True', fraction: value ? 1 : 0 },
          { text: 'False', fraction: value ? 0 : 1 },
        ],
      });
    }
    case 'fill_blank': {
      const accepted = splitList(answer);
      if (accepted.length === 0) return err('the answer lists the accepted answers, separated by |');
      const cs = get('case_sensitive');
      if (cs !== '' && !TRUE.test(cs) && !FALSE.test(cs)) return err(`case_sensitive is yes or no, not "${cs}"`);
      return question({
        ...base,
        type,
        accepted: accepted.map((text) => ({ text, fraction: 1 })),
        ...(TRUE.test(cs) ? { caseSensitive: true } : {}),
      });
    }
    case 'numeric': {
      const range = /^(.+?)\s*\.\.\s*(.+)$/.exec(answer);
      const tolCell = get('tolerance');
      const tol = tolCell === '' ? 0 : readDecimal(tolCell);
      if (tol === undefined || tol < 0) return err(`the tolerance is a number ≥ 0, not "${tolCell}"`);
      let value: number | undefined;
      let tolerance = tol;
      if (range) {
        const lo = readDecimal(range[1] ?? '');
        const hi = readDecimal(range[2] ?? '');
        if (lo === undefined || hi === undefined || hi < lo) return err(`the answer range "${answer}" is not min..max`);
        ({ value, tolerance } = rangeToTolerance(lo, hi));
      } else value = readDecimal(answer);
      if (value === undefined)
        return err(`the answer of a numeric question is a number (or min..max), not "${answer}"`);
      return question({
        ...base,
        type,
        accepted: [{ text: String(value), fraction: 1, tolerance }],
        ...(get('unit') ? { unit: get('unit') } : {}),
      });
    }
    case 'ordering':
      return question({ ...base, type, steps: filled });
    case 'matching': {
      const pairs: { prompt: string; answer: string }[] = [];
      const distractors: string[] = [];
      for (const [i, cell] of filled.entries()) {
        const arrow = cell.indexOf('->');
        if (arrow < 0)
          return err(
            `column ${OPTION_LETTERS[i]?.toUpperCase()} of a matching question is "prompt -> answer" (or "-> extra answer")`,
          );
        const prompt = cell.slice(0, arrow).trim();
        const right = cell.slice(arrow + 2).trim();
        if (prompt === '') distractors.push(right);
        else pairs.push({ prompt, answer: right });
      }
      return question({ ...base, type, pairs, distractors });
    }
    case 'hotspot': {
      const regions = [];
      for (const part of get('regions')
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '')) {
        const nums = part.split(/[,\s]+/).map((n) => readDecimal(n.replace(',', '.')));
        const [x, y, w, h] = nums;
        if (nums.length !== 4 || x === undefined || y === undefined || w === undefined || h === undefined)
          return err(`a region is "x, y, w, h" in fractions of the image (0 to 1), not "${part}"`);
        regions.push({ x, y, w, h });
      }
      return question({ ...base, type, hotspot: { image: get('image'), imageAlt: get('image_alt'), regions } });
    }
    default:
      return err(`unknown type "${rawType}"`);
  }
}

function readMeta(get: (col: Column) => string): ImportedMeta {
  const meta: Record<string, string | string[]> = {};
  for (const col of ['id', 'topic', 'post', 'source', 'difficulty', 'rules', 'lang'] as const)
    if (get(col)) meta[col] = get(col);
  for (const col of ['subjects', 'models', 'tags', 'references'] as const) {
    const list = splitList(get(col));
    if (list.length > 0) meta[col] = list;
  }
  // The values are checked against the bank schema when the question becomes a bank item.
  return meta as ImportedMeta;
}

/** Why the sheet layout cannot carry a question, or undefined. */
export function sheetLimit(q: ImportedQuestion): string | undefined {
  if (q.type === 'essay' || q.type === 'description' || q.type === 'cloze')
    return `Roundhouse does not export ${q.type} questions`;
  if (
    (q.type === 'single' || q.type === 'multiple' || q.type === 'ordering' || q.type === 'matching') &&
    cellsOf(q).length > 10
  )
    return 'more than 10 options, steps or pairs';
  if (q.type === 'single' && q.options.filter((o) => o.fraction >= 1).length !== 1)
    return 'the sheet layout has one right option for single choice (no partial credit)';
  if ((q.type === 'fill_blank' || q.type === 'numeric') && q.accepted.some((a) => a.fraction < 1))
    return 'the sheet layout has no partial credit';
  if (q.type === 'numeric' && q.accepted.length !== 1) return 'the sheet layout has one numeric answer';
  return undefined;
}

function cellsOf(q: ImportedQuestion): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.text);
    case 'ordering':
      return q.steps ?? [];
    case 'matching':
      return [
        ...(q.pairs ?? []).map((p) => `${p.prompt} -> ${p.answer}`),
        ...(q.distractors ?? []).map((d) => `-> ${d}`),
      ];
    default:
      return [];
  }
}

/** A question as a row of cells in `COLUMNS` order. */
export function toRow(q: ImportedQuestion): string[] {
  const m = q.meta ?? {};
  const cells = cellsOf(q);
  const letterOf = (i: number) => OPTION_LETTERS[i]?.toUpperCase() ?? '';
  let answer = '';
  let tolerance = '';
  if (q.type === 'single') answer = letterOf(q.options.findIndex((o) => o.fraction >= 1));
  if (q.type === 'multiple')
    answer = q.options
      .map((o, i) => (o.fraction > 0 ? letterOf(i) : ''))
      .filter((l) => l !== '')
      .join(', ');
  if (q.type === 'true_false') answer = (q.options[0]?.fraction ?? 0) >= 1 ? 'true' : 'false';
  if (q.type === 'fill_blank') answer = joinList(q.accepted.map((a) => a.text));
  if (q.type === 'numeric') {
    answer = q.accepted[0]?.text ?? '';
    tolerance = String(q.accepted[0]?.tolerance ?? 0);
  }
  const byColumn: Record<Column, string> = {
    type: q.type,
    title: q.title,
    category: q.category,
    stem: q.stem,
    ...(Object.fromEntries(OPTION_LETTERS.map((l, i) => [l, cells[i] ?? ''])) as Record<string, string>),
    answer,
    tolerance,
    unit: q.unit ?? '',
    scoring: q.type === 'multiple' ? (q.scoring ?? 'partial') : '',
    case_sensitive: q.type === 'fill_blank' ? (q.caseSensitive ? 'yes' : 'no') : '',
    image: q.hotspot?.image ?? '',
    image_alt: q.hotspot?.imageAlt ?? '',
    regions: (q.hotspot?.regions ?? []).map((r) => `${r.x}, ${r.y}, ${r.w}, ${r.h}`).join('; '),
    explanation: q.explanation,
    id: m.id ?? '',
    topic: m.topic ?? '',
    subjects: joinList(m.subjects ?? []),
    post: m.post ?? '',
    models: joinList(m.models ?? []),
    source: m.source ?? '',
    difficulty: m.difficulty ?? '',
    tags: joinList(m.tags ?? []),
    references: joinList(m.references ?? []),
    rules: m.rules ?? '',
    lang: m.lang ?? '',
  } as Record<Column, string>;
  return COLUMNS.map((c) => byColumn[c] ?? '');
}

/** Drops the option columns no question uses (keeping at least A–D) from a header and its rows. */
export function trimColumns(rows: string[][]): string[][] {
  const used = Math.max(
    4,
    ...rows.map(
      (r) =>
        OPTION_LETTERS.map((l) => r[COLUMNS.indexOf(l)] ?? '')
          .map((v) => v !== '')
          .lastIndexOf(true) + 1,
    ),
  );
  const drop = new Set(OPTION_LETTERS.slice(used).map((l) => COLUMNS.indexOf(l)));
  return [[...COLUMNS], ...rows].map((r) => r.filter((_, i) => !drop.has(i)));
}
