import { checkItem } from '../../domain/items/registry.js';
import { BankItem } from '../bank-files.js';
import { positionalIds, toItemContent } from '../to-item-content.js';
import type { ImportedMedia, ImportedMeta, ImportedOption, ImportedQuestion } from './imported-question.js';
import { mediaRefs, mimeOf } from './media.js';
import { percent, rangeToTolerance, readDecimal } from './numbers.js';

/**
 * ImportedQuestion ⇄ BankItem.
 *
 * How fractions become a key (TOLERANCE = 0.5 percentage points, so 33.33333% × 3 is 100%):
 *
 * - single: exactly one option at 100%, none other above 0%. Negative fractions (penalties) on wrong options are
 *   dropped with a warning: Roundhouse never scores below 0. A second 100% option or a partial one (e.g. 50%) is
 *   an error: Roundhouse's single choice has one right option and gives nothing for the others.
 * - multiple: when the file states the scoring (Moodle `multichoiceset`, a QTI exact-set condition, the CSV
 *   `scoring` column) the options above 0% are the correct ones. Otherwise the options above 0% must add up to
 *   100% and earn equal shares 1/k → `scoring: partial`; wrong options then cost 1/k each in Roundhouse (a file
 *   giving them 0% or −100% gets a warning). Unequal shares, or shares not adding up to 100%, are an error.
 *   Only one option earning marks → imported as `single`, with a warning.
 * - true_false: one of True/False at 100%, the other at 0% or below.
 * - fill_blank: the answers at 100% are `accepted`; 0% (or negative) answers only carry feedback and are left
 *   out. An answer with partial credit (0% < f < 100%) → the question is skipped with the reason: Roundhouse's
 *   typed answers earn full marks or nothing, and dropping the answer would silently mark it wrong.
 * - numeric: the answers at 100%, each value ± tolerance; when their intervals overlap into one interval, it is
 *   the key (its midpoint ± half its width); separate values, or partial credit → skipped with the reason.
 * - matching / ordering / hotspot: the structure is the key; limits (2–8 pairs, 3–8 steps, distinct answers)
 *   are errors.
 *
 * Errors are what the teacher fixes in the file (the report names the line); "skip" is a question or grading
 * type Roundhouse lacks. Every converted item is checked like `bank validate` does (schema, and that the key
 * grades its own right answer right and a wrong one wrong).
 */

export const FRACTION_TOLERANCE = 0.005;
const TOL = FRACTION_TOLERANCE;

type Common =
  | 'id'
  | 'topic'
  | 'subjects'
  | 'post'
  | 'models'
  | 'source'
  | 'difficulty'
  | 'tags'
  | 'references'
  | 'rules'
  | 'lang'
  | 'stem'
  | 'explanation'
  | 'translations';
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The type-specific fields of a BankItem: its type and key. */
export type KeyFields = DistributiveOmit<BankItem, Common>;

export type KeyResult =
  | { ok: true; key: KeyFields; notes: string[] }
  | { ok: false; kind: 'error' | 'skip'; reason: string };

const error = (reason: string): KeyResult => ({ ok: false, kind: 'error', reason });
const skip = (reason: string): KeyResult => ({ ok: false, kind: 'skip', reason });
const quote = (s: string) => `"${s.length > 40 ? `${s.slice(0, 39)}…` : s}"`;
const letter = (i: number) => String.fromCharCode(97 + i);

const MAX_OPTIONS = 10;

function optionProblems(options: ImportedOption[]): string | undefined {
  if (options.length < 2) return `a choice question needs at least two options, not ${options.length}`;
  if (options.length > MAX_OPTIONS) return `${options.length} options: Roundhouse allows at most ${MAX_OPTIONS}`;
  const empty = options.findIndex((o) => o.text.trim() === '');
  if (empty >= 0) return `option ${empty + 1} is empty`;
  const bad = options.find((o) => !Number.isFinite(o.fraction) || o.fraction > 1 + TOL || o.fraction < -1 - TOL);
  if (bad) return `option ${quote(bad.text)} has the grade ${percent(bad.fraction)}%: grades run from -100% to 100%`;
  return undefined;
}

const full = (f: number) => f >= 1 - TOL;
const positive = (f: number) => f > 1e-9;

function singleKey(options: ImportedOption[], notes: string[]): KeyResult {
  const problem = optionProblems(options);
  if (problem) return error(problem);
  const right = options.filter((o) => full(o.fraction));
  if (right.length === 0) return error('no option earns full marks (100%)');
  if (right.length > 1)
    return error(
      `${right.length} options earn full marks (${right.map((o) => quote(o.text)).join(', ')}): a single-answer question has exactly one right option`,
    );
  const partial = options.find((o) => positive(o.fraction) && !full(o.fraction));
  if (partial)
    return error(
      `option ${quote(partial.text)} earns ${percent(partial.fraction)}%: Roundhouse gives full marks for the one right option and none for the others; make it 0% or 100%`,
    );
  const penalties = options.filter((o) => o.fraction < -1e-9);
  if (penalties.length > 0)
    notes.push(
      `the penalties on ${penalties.map((o) => quote(o.text)).join(', ')} are dropped: Roundhouse never scores below 0`,
    );
  return {
    ok: true,
    key: {
      type: 'single',
      options: options.map((o, i) => ({ id: letter(i), text: o.text, ...(o === right[0] ? { correct: true } : {}) })),
    },
    notes,
  };
}

function multipleKey(q: ImportedQuestion, notes: string[]): KeyResult {
  const options = q.options;
  const problem = optionProblems(options);
  if (problem) return error(problem);
  const correct = options.filter((o) => positive(o.fraction));
  if (correct.length === 0) return error('no option earns marks');
  const toSingle = () => {
    notes.push(`only ${quote(correct[0]?.text ?? '')} earns marks: imported as a single-answer question`);
    return singleKey(
      options.map((o) => (o === correct[0] ? { ...o, fraction: 1 } : o)),
      notes,
    );
  };
  const keyWith = (scoring: 'all-or-nothing' | 'partial'): KeyResult => ({
    ok: true,
    key: {
      type: 'multiple',
      options: options.map((o, i) => ({
        id: letter(i),
        text: o.text,
        ...(positive(o.fraction) ? { correct: true } : {}),
      })),
      scoring,
    },
    notes,
  });
  if (q.scoring !== undefined) return correct.length === 1 ? toSingle() : keyWith(q.scoring);
  const sum = correct.reduce((s, o) => s + o.fraction, 0);
  if (Math.abs(sum - 1) > TOL)
    return error(
      `the options that earn marks add up to ${percent(sum)}%, not 100%: no set of answers earns full marks`,
    );
  if (correct.length === 1) return toSingle();
  const share = 1 / correct.length;
  if (correct.some((o) => Math.abs(o.fraction - share) > TOL))
    return error(
      `the right options earn unequal shares (${correct.map((o) => `${percent(o.fraction)}%`).join(', ')}): Roundhouse's partial credit gives each of the ${correct.length} right options ${percent(share)}%`,
    );
  const wrong = options.filter((o) => !positive(o.fraction));
  const off = wrong.filter((o) => Math.abs(o.fraction + share) > TOL);
  if (off.length > 0)
    notes.push(
      `each wrong option costs ${percent(share)}% in Roundhouse's partial credit; the file gives ${[...new Set(off.map((o) => `${percent(o.fraction)}%`))].join(', ')}`,
    );
  return keyWith('partial');
}

const TRUE_WORDS = /^(true|t|yes|y|correct|right|vrai|verdadero|wahr|对|正确|是|√|✓)$/i;

function trueFalseKey(options: ImportedOption[]): KeyResult {
  if (options.length !== 2) return error('a true/false question needs the two options True and False');
  const right = options.filter((o) => full(o.fraction));
  if (right.length !== 1 || options.some((o) => positive(o.fraction) && !full(o.fraction)))
    return error('exactly one of True and False must earn full marks');
  return { ok: true, key: { type: 'true_false', answer: TRUE_WORDS.test(right[0]?.text.trim() ?? '') }, notes: [] };
}

function fillBlankKey(q: ImportedQuestion): KeyResult {
  if (q.accepted.length === 0) return error('there is no answer');
  const bad = q.accepted.find((a) => !Number.isFinite(a.fraction) || a.fraction > 1 + TOL);
  if (bad) return error(`answer ${quote(bad.text)} has the grade ${percent(bad.fraction)}%`);
  const partial = q.accepted.filter((a) => positive(a.fraction) && !full(a.fraction));
  if (partial.length > 0)
    return skip(
      `partial credit (${partial.map((a) => `${quote(a.text)} earns ${percent(a.fraction)}%`).join(', ')}): Roundhouse's typed answers earn full marks or nothing`,
    );
  const accepted = q.accepted.filter((a) => full(a.fraction)).map((a) => a.text.trim());
  if (accepted.length === 0) return error('no answer earns full marks (100%)');
  if (accepted.some((a) => a === '')) return error('an accepted answer is empty');
  const long = accepted.find((a) => a.length > 200);
  if (long) return error(`answer ${quote(long)} is longer than 200 characters`);
  return {
    ok: true,
    key: {
      type: 'fill_blank',
      accepted: [...new Set(accepted)],
      ...(q.caseSensitive ? { case_sensitive: true } : {}),
    },
    notes: [],
  };
}

function numericKey(q: ImportedQuestion): KeyResult {
  if (q.accepted.length === 0) return error('there is no answer');
  const intervals: { lo: number; hi: number; value: number; tolerance: number }[] = [];
  const partial: string[] = [];
  for (const a of q.accepted) {
    const value = readDecimal(a.text);
    if (value === undefined) return error(`answer ${quote(a.text)} is not a number`);
    const tolerance = a.tolerance ?? 0;
    if (!Number.isFinite(tolerance) || tolerance < 0) return error(`answer ${quote(a.text)} has a negative tolerance`);
    if (!Number.isFinite(a.fraction) || a.fraction > 1 + TOL)
      return error(`answer ${quote(a.text)} has the grade ${percent(a.fraction)}%`);
    if (full(a.fraction)) intervals.push({ lo: value - tolerance, hi: value + tolerance, value, tolerance });
    else if (positive(a.fraction))
      partial.push(`${a.text}${tolerance ? ` ± ${tolerance}` : ''} earns ${percent(a.fraction)}%`);
  }
  if (partial.length > 0)
    return skip(`partial credit (${partial.join(', ')}): Roundhouse's numeric answers earn full marks or nothing`);
  if (intervals.length === 0) return error('no answer earns full marks (100%)');
  const sorted = [...intervals].sort((a, b) => a.lo - b.lo);
  let hi = sorted[0]?.hi ?? 0;
  for (const i of sorted.slice(1)) {
    if (i.lo > hi + 1e-12)
      return skip(
        `several separate right answers (${sorted.map((s) => (s.tolerance ? `${s.lo}…${s.hi}` : `${s.value}`)).join(', ')}): Roundhouse's numeric answer is one value ± a tolerance`,
      );
    hi = Math.max(hi, i.hi);
  }
  const lo = sorted[0]?.lo ?? 0;
  const widest = intervals.find((i) => i.lo <= lo + 1e-12 && i.hi >= hi - 1e-12);
  const { value, tolerance } = widest ?? rangeToTolerance(lo, hi);
  return {
    ok: true,
    key: { type: 'numeric', answer: value, tolerance, ...(q.unit ? { unit: q.unit } : {}) },
    notes: [],
  };
}

function matchingKey(q: ImportedQuestion): KeyResult {
  const pairs = q.pairs ?? [];
  const distractors = q.distractors ?? [];
  if (pairs.length < 2 || pairs.length > 8) return error(`a matching question needs 2 to 8 pairs, not ${pairs.length}`);
  if (pairs.some((p) => p.prompt.trim() === '' || p.answer.trim() === '')) return error('a pair has an empty side');
  const answers = pairs.map((p) => p.answer);
  const twice = answers.find((a, i) => answers.indexOf(a) !== i);
  if (twice !== undefined)
    return error(`two prompts are matched with the same answer ${quote(twice)}: Roundhouse needs distinct answers`);
  const both = distractors.find((d) => answers.includes(d));
  if (both !== undefined) return error(`the extra answer ${quote(both)} is also a right answer`);
  if (distractors.length > 8) return error(`${distractors.length} extra answers: Roundhouse allows at most 8`);
  return {
    ok: true,
    key: {
      type: 'matching',
      pairs: pairs.map((p) => ({ prompt: p.prompt, answer: p.answer })),
      ...(distractors.length > 0 ? { distractors: [...distractors] } : {}),
    },
    notes: [],
  };
}

function orderingKey(q: ImportedQuestion): KeyResult {
  const steps = q.steps ?? [];
  if (steps.length < 3 || steps.length > 8)
    return error(`an ordering question needs 3 to 8 steps, not ${steps.length}`);
  if (steps.some((s) => s.trim() === '')) return error('a step is empty');
  return { ok: true, key: { type: 'ordering', steps: [...steps] }, notes: [] };
}

function hotspotKey(q: ImportedQuestion): KeyResult {
  const h = q.hotspot;
  if (h === undefined) return error('the hotspot question has no image');
  if (h.regions.length === 0 || h.regions.length > 10)
    return error(`a hotspot question needs 1 to 10 regions, not ${h.regions.length}`);
  return {
    ok: true,
    key: { type: 'hotspot', image: h.image, image_alt: h.imageAlt, regions: h.regions.map((r) => ({ ...r })) },
    notes: [],
  };
}

const UNSUPPORTED: Record<string, string> = {
  essay: 'an essay question needs marking by hand; Roundhouse marks every item automatically',
  description: 'a description is text, not a question',
  cloze: 'a question with several embedded answers (cloze) has no Roundhouse equivalent',
};

/** The key of an imported question, or why it cannot be one (an error to fix, or a type to skip). */
export function keyOf(q: ImportedQuestion): KeyResult {
  const notes: string[] = [];
  if (q.stem.trim() === '') return error('the question text is empty');
  switch (q.type) {
    case 'single':
      return singleKey(q.options, notes);
    case 'multiple':
      return multipleKey(q, notes);
    case 'true_false':
      return trueFalseKey(q.options);
    case 'fill_blank':
      return fillBlankKey(q);
    case 'numeric':
      return numericKey(q);
    case 'matching':
      return matchingKey(q);
    case 'ordering':
      return orderingKey(q);
    case 'hotspot':
      return hotspotKey(q);
    default:
      return skip(UNSUPPORTED[q.type] ?? `Roundhouse has no ${q.type} questions`);
  }
}

/** What the teacher chooses at import time; the file's own metadata (CSV columns) wins where it has some. */
export type BankDefaults = Pick<
  BankItem,
  'id' | 'topic' | 'subjects' | 'post' | 'source' | 'difficulty' | 'lang' | 'references'
> &
  Partial<Pick<BankItem, 'models' | 'tags' | 'rules'>> & {
    /** Used when the file gives no feedback at all (the bank requires an explanation). */
    explanation?: string;
  };

export type ToBankItemResult =
  | { ok: true; item: BankItem; notes: string[] }
  | { ok: false; problems: string[]; skipped: boolean };

/**
 * The explanation of an imported question: its general feedback, then the feedback of each option or answer
 * that has some (Roundhouse's explanation says why the right answer is right and the tempting ones wrong).
 */
export function explanationOf(q: ImportedQuestion): string {
  const parts = [...q.options, ...q.accepted]
    .filter((o) => (o.feedback ?? '').trim() !== '')
    .map((o) => `- **${o.text.replace(/\n+/g, ' ')}**: ${(o.feedback ?? '').replace(/\n+/g, ' ')}`);
  return [q.explanation.trim(), parts.join('\n')].filter((s) => s !== '').join('\n\n');
}

/**
 * Builds a bank item from an imported question and the teacher's defaults, checked as `bank validate` would.
 * @example toBankItem(report.items[0], { id: 'brakes-0101', topic: 'brakes.principles', … })
 */
export function toBankItem(q: ImportedQuestion, defaults: BankDefaults): ToBankItemResult {
  const k = keyOf(q);
  if (!k.ok) return { ok: false, problems: [k.reason], skipped: k.kind === 'skip' };
  const meta: ImportedMeta = q.meta ?? {};
  const pick = <K extends keyof ImportedMeta>(key: K) => meta[key] ?? (defaults as ImportedMeta)[key];
  const optional = <K extends 'models' | 'tags' | 'rules'>(key: K) => {
    const v = pick(key);
    return v === undefined || (Array.isArray(v) && v.length === 0) ? {} : { [key]: v };
  };
  const explanation = explanationOf(q) || (defaults.explanation ?? '');
  const candidate = {
    id: pick('id'),
    topic: pick('topic'),
    subjects: pick('subjects'),
    post: pick('post'),
    ...optional('models'),
    source: pick('source'),
    difficulty: pick('difficulty'),
    ...optional('tags'),
    references: pick('references'),
    ...optional('rules'),
    lang: pick('lang'),
    stem: q.stem,
    ...k.key,
    explanation,
  };
  const parsed = BankItem.safeParse(candidate);
  if (!parsed.success)
    return {
      ok: false,
      skipped: false,
      problems: parsed.error.issues.map((i) => {
        const where = i.path.join('.');
        if (where === 'explanation' && explanation === '')
          return 'explanation: there is no explanation (general feedback) and no default one';
        return where === '' ? i.message : `${where}: ${i.message}`;
      }),
    };
  const problems = checkItem(toItemContent(parsed.data, positionalIds));
  if (problems.length > 0) return { ok: false, skipped: false, problems };
  return { ok: true, item: parsed.data, notes: k.notes };
}

/** Options for `fromBankItem`: how to read a bank media file (`media/NAME`) for formats that embed files. */
export type FromBankOptions = { readMedia?: (path: string) => Uint8Array | undefined };

/**
 * The neutral form of a bank item, for the exporters. The title is the item id, the category its topic, and the
 * bank metadata travels in `meta` (only the CSV layout writes it). Translations are not exported.
 */
export function fromBankItem(item: BankItem, options: FromBankOptions = {}): ImportedQuestion {
  const meta: ImportedMeta = {
    id: item.id,
    topic: item.topic,
    subjects: [...item.subjects],
    post: item.post,
    ...(item.models ? { models: [...item.models] } : {}),
    source: item.source,
    difficulty: item.difficulty,
    ...(item.tags ? { tags: [...item.tags] } : {}),
    references: [...item.references],
    ...(item.rules ? { rules: item.rules } : {}),
    lang: item.lang,
  };
  const base: ImportedQuestion = {
    type: item.type,
    title: item.id,
    stem: item.stem,
    options: [],
    accepted: [],
    category: item.topic,
    explanation: item.explanation,
    line: 0,
    media: [],
    meta,
  };
  switch (item.type) {
    case 'single':
      base.options = item.options.map((o) => ({ text: o.text, fraction: o.correct ? 1 : 0 }));
      break;
    case 'multiple': {
      const k = item.options.filter((o) => o.correct).length;
      const wrong = item.scoring === 'partial' ? -1 / k : 0;
      base.options = item.options.map((o) => ({ text: o.text, fraction: o.correct ? 1 / k : wrong }));
      base.scoring = item.scoring;
      break;
    }
    case 'true_false':
      base.options = [
        { text: 'True', fraction: item.answer ? 1 : 0 },
        { text: 'False', fraction: item.answer ? 0 : 1 },
      ];
      break;
    case 'fill_blank':
      base.accepted = item.accepted.map((text) => ({ text, fraction: 1 }));
      if (item.case_sensitive) base.caseSensitive = true;
      break;
    case 'numeric':
      base.accepted = [{ text: String(item.answer), fraction: 1, tolerance: item.tolerance }];
      if (item.unit) base.unit = item.unit;
      break;
    case 'ordering':
      base.steps = [...item.steps];
      break;
    case 'matching':
      base.pairs = item.pairs.map((p) => ({ ...p }));
      if (item.distractors) base.distractors = [...item.distractors];
      break;
    case 'hotspot':
      base.hotspot = { image: item.image, imageAlt: item.image_alt, regions: item.regions.map((r) => ({ ...r })) };
      break;
  }
  base.media = mediaOf(base, options);
  return base;
}

function mediaOf(q: ImportedQuestion, options: FromBankOptions): ImportedMedia[] {
  const texts = [
    q.stem,
    q.explanation,
    ...q.options.map((o) => o.text),
    ...(q.steps ?? []),
    ...(q.pairs ?? []).flatMap((p) => [p.prompt, p.answer]),
    ...(q.distractors ?? []),
  ];
  const names = new Set(texts.flatMap(mediaRefs));
  if (q.hotspot) names.add(q.hotspot.image.replace(/^media\//, ''));
  return [...names].map((name) => ({
    name,
    mime: mimeOf(name),
    bytes: options.readMedia?.(`media/${name}`) ?? null,
    source: `media/${name}`,
  }));
}
