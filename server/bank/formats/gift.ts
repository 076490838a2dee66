import { decodeText, type FileInput, splitLines } from './decode.js';
import { htmlToMarkdown, looksLikeHtml } from './html-to-markdown.js';
import {
  type ImportedAnswer,
  type ImportedOption,
  type ImportedQuestion,
  type ImportReport,
  question,
  titleFrom,
} from './imported-question.js';
import { listReferencedMedia, MediaRegistry } from './media.js';
import { fromPercent, percent, rangeToTolerance, readDecimal } from './numbers.js';
import { type Collected, collected, finishReport } from './report.js';

/**
 * GIFT, as Moodle reads it (question/format/gift/format.php): questions separated by blank lines; `//` comment
 * lines; `$CATEGORY: path`; `::title::`; `[html]`, `[moodle]`, `[plain]` and `[markdown]` text formats; the escapes
 * `\~ \= \# \{ \} \: \\` and `\n` (a new line); `%50%` weights, negative ones too; `#feedback`, and `####general
 * feedback`; text after the closing `}` makes a missing-word question (the blank `______` is put where the answer
 * block was). Types: `{}` essay, `{#…}` numerical (`1822:5`, `3.141..3.142`, several `=%50%1822:2`),
 * `{T}`/`{FALSE}` true/false, `{=a -> b}` matching, `{=a ~b}` single choice, `{~%50%a ~%50%b}` multiple answers,
 * `{=a =b}` short answer; no braces at all is a description.
 */

const ESCAPABLE = '~=#{}:\\';
const FORMATS = /^\s*\[(html|moodle|plain|markdown)\]/;
type Format = 'html' | 'moodle' | 'plain' | 'markdown';

/** Positions in `s` of `ch` not escaped by a backslash. */
function unescapedIndexOf(s: string, needle: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\' && ESCAPABLE.includes(s[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (s.startsWith(needle, i)) return i;
  }
  return -1;
}

/** Splits `s` before every unescaped character of `markers`. */
function splitBefore(s: string, markers: string): string[] {
  const parts: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && ESCAPABLE.includes(s[i + 1] ?? '')) {
      i++;
      continue;
    }
    if (markers.includes(s[i] ?? '')) {
      if (start >= 0) parts.push(s.slice(start, i));
      start = i;
    }
  }
  if (start >= 0) parts.push(s.slice(start));
  return parts;
}

/** Resolves GIFT escapes in one pass: `\~` → `~`, …, `\\` → `\`, `\n` → a new line; other backslashes stay. */
export function giftUnescape(s: string): string {
  return s.replace(/\\([~=#{}:\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
}

/** Escapes text for GIFT: the control characters, the backslash, and new lines as `\n`. */
export function giftEscape(s: string): string {
  return s.replace(/[\\~=#{}:]/g, '\\$&').replace(/\r?\n/g, '\\n');
}

function splitFormat(raw: string, fallback: Format): { format: Format; text: string } {
  const m = FORMATS.exec(raw);
  return m ? { format: m[1] as Format, text: raw.slice(m[0].length) } : { format: fallback, text: raw };
}

/** A GIFT text (still escaped) in the given format, as Markdown. */
function toMarkdown(raw: string, format: Format): string {
  switch (format) {
    case 'markdown':
      return giftUnescape(raw).trim();
    case 'html':
      return htmlToMarkdown(giftUnescape(raw));
    default: {
      const text = giftUnescape(raw.replace(/[ \t]*\r?\n\s*/g, ' ')).trim();
      return format === 'moodle' && looksLikeHtml(text) ? htmlToMarkdown(text) : text;
    }
  }
}

/** A typed answer: escapes resolved, a format tag dropped, white space trimmed. */
const plainAnswer = (raw: string) => giftUnescape(splitFormat(raw, 'plain').text.replace(/\s*\n\s*/g, ' ')).trim();

/** `%50%` at the start of an answer: its fraction and the rest. */
function weight(raw: string): { fraction: number | undefined; rest: string; bad?: string } {
  const m = /^\s*%([^%\n]*)%/.exec(raw);
  if (!m) return { fraction: undefined, rest: raw };
  const n = readDecimal(m[1] ?? '');
  return n === undefined
    ? { fraction: undefined, rest: raw.slice(m[0].length), bad: m[1] ?? '' }
    : { fraction: fromPercent(n), rest: raw.slice(m[0].length) };
}

/** Text and feedback of an answer, split at the first unescaped `#`. */
function textAndFeedback(raw: string): { text: string; feedback: string | undefined } {
  const at = unescapedIndexOf(raw, '#');
  return at < 0 ? { text: raw, feedback: undefined } : { text: raw.slice(0, at), feedback: raw.slice(at + 1) };
}

type Block = { text: string; lineAt: (pos: number) => number };

function blocks(text: string): Block[] {
  const out: Block[] = [];
  let lines: { text: string; line: number }[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    const starts: number[] = [];
    let pos = 0;
    for (const l of lines) {
      starts.push(pos);
      pos += l.text.length + 1;
    }
    const own = lines;
    out.push({
      text: own.map((l) => l.text).join('\n'),
      lineAt: (p) => {
        let i = 0;
        while (i + 1 < starts.length && (starts[i + 1] ?? Infinity) <= p) i++;
        return own[i]?.line ?? 1;
      },
    });
    lines = [];
  };
  splitLines(text).forEach((line, i) => {
    if (/^\s*\/\//.test(line)) return;
    if (line.trim() === '') flush();
    else lines.push({ text: line, line: i + 1 });
  });
  flush();
  return out;
}

/** Reads a GIFT file into questions, skipped questions and errors, before judging the keys. */
export function readGift(input: FileInput): Collected {
  const c = collected();
  let category = '';
  for (const block of blocks(decodeText(input))) {
    let text = block.text;
    let offset = 0;
    const cat = /^\s*\$CATEGORY:(.*)(\n|$)/.exec(text);
    if (cat) {
      category = (cat[1] ?? '').trim();
      offset = cat[0].length;
      text = text.slice(offset);
      if (text.trim() === '') continue;
    }
    readQuestion(text, (p) => block.lineAt(p + offset), category, c);
  }
  // GIFT cannot carry files: list the images its texts refer to, so the import can ask for them.
  const registry = new MediaRegistry();
  for (const q of c.questions) listReferencedMedia(q, registry);
  return c;
}

function readQuestion(source: string, lineAt: (pos: number) => number, category: string, c: Collected): void {
  const lead = source.length - source.trimStart().length;
  let rest = source.slice(lead);
  let pos = lead;
  const line = lineAt(pos);
  let title = '';
  if (rest.startsWith('::')) {
    const end = unescapedIndexOf(rest, '::', 2);
    if (end < 0) {
      c.errors.push({ line, message: 'the title is not closed: write ::title:: before the question' });
      return;
    }
    title = giftUnescape(rest.slice(2, end)).trim();
    pos += end + 2;
    rest = rest.slice(end + 2);
  }
  const { format, text: body } = splitFormat(rest, 'moodle');
  pos += rest.length - body.length;
  const open = unescapedIndexOf(body, '{');
  if (open < 0) {
    const stem = toMarkdown(body, format);
    c.skipped.push({
      title: title || titleFrom(stem),
      reason: 'a description is text, not a question',
      line,
      type: 'description',
    });
    return;
  }
  const close = unescapedIndexOf(body, '}', open + 1);
  if (close < 0) {
    c.errors.push({ line: lineAt(pos + open), message: 'the answers are not closed: "{" has no matching "}"' });
    return;
  }
  const before = body.slice(0, open);
  const after = body.slice(close + 1);
  const stemRaw = after.trim() === '' ? before : `${before.trim()} ______ ${after.trim()}`;
  const stem = toMarkdown(stemRaw, format);
  let answers = body.slice(open + 1, close);
  const answersAt = pos + open + 1;
  let explanation = '';
  const general = unescapedIndexOf(answers, '####');
  if (general >= 0) {
    explanation = textOf(answers.slice(general + 4), format);
    answers = answers.slice(0, general);
  }
  const base = { stem, line, category, explanation, ...(title ? { title } : {}) };
  const err = (message: string): void => {
    c.errors.push({ line: lineAt(answersAt), message: `${title || titleFrom(stem)}: ${message}` });
  };
  const trimmed = answers.trim();
  const masked = answers.replace(/\\[~=#{}:\\]/g, '__');

  if (trimmed === '') {
    c.skipped.push({
      title: title || titleFrom(base.stem),
      reason: 'an essay question needs marking by hand; Roundhouse marks every item automatically',
      line,
      type: 'essay',
    });
    return;
  }
  if (trimmed.startsWith('#')) {
    const q = numerical(answers.slice(answers.indexOf('#') + 1), format, err);
    if (q) c.questions.push(question({ ...base, type: 'numeric', accepted: q }));
    return;
  }
  if (!masked.includes('~') && !(masked.includes('=') && masked.includes('->'))) {
    const tf = textAndFeedback(trimmed);
    const word = giftUnescape(tf.text).trim();
    if (['T', 'TRUE', 'F', 'FALSE'].includes(word)) {
      c.questions.push(trueFalse(base, word, tf.feedback, format));
      return;
    }
    if (!masked.includes('=')) {
      err(`cannot read the answers "${trimmed.slice(0, 40)}": start each with = (right) or ~ (wrong)`);
      return;
    }
  }
  const pieces = splitBefore(answers, '=~');
  const prefix = answers.slice(0, answers.length - pieces.join('').length);
  if (prefix.trim() !== '') {
    err(`unexpected "${prefix.trim().slice(0, 30)}" before the first answer`);
    return;
  }
  if (!masked.includes('~') && masked.includes('->')) {
    const pairs: { prompt: string; answer: string }[] = [];
    const distractors: string[] = [];
    for (const piece of pieces) {
      const arrow = piece.indexOf('->');
      if (!piece.startsWith('=') || arrow < 0) {
        err(`matching answers are written =prompt -> answer, not "${piece.trim().slice(0, 30)}"`);
        return;
      }
      const prompt = textOf(piece.slice(1, arrow), format);
      const answer = plainAnswer(piece.slice(arrow + 2));
      if (prompt === '') distractors.push(answer);
      else pairs.push({ prompt, answer });
    }
    c.questions.push(question({ ...base, type: 'matching', pairs, distractors }));
    return;
  }
  if (masked.includes('~')) {
    const options: ImportedOption[] = [];
    for (const piece of pieces) {
      const w = weight(piece.slice(1));
      if (w.bad !== undefined) {
        err(`"%${w.bad}%" is not a weight`);
        return;
      }
      const tf = textAndFeedback(w.rest);
      options.push({
        text: textOf(tf.text, format),
        fraction: w.fraction ?? (piece[0] === '=' ? 1 : 0),
        ...(tf.feedback !== undefined && textOf(tf.feedback, format) !== ''
          ? { feedback: textOf(tf.feedback, format) }
          : {}),
      });
    }
    const single = pieces.some((p) => p.startsWith('='));
    c.questions.push(question({ ...base, type: single ? 'single' : 'multiple', options }));
    return;
  }
  const accepted: ImportedAnswer[] = [];
  for (const piece of pieces) {
    const w = weight(piece.slice(1));
    if (w.bad !== undefined) {
      err(`"%${w.bad}%" is not a weight`);
      return;
    }
    const tf = textAndFeedback(w.rest);
    const fb = tf.feedback === undefined ? '' : textOf(tf.feedback, format);
    accepted.push({ text: plainAnswer(tf.text), fraction: w.fraction ?? 1, ...(fb ? { feedback: fb } : {}) });
  }
  const wildcard = accepted.find((a) => a.fraction > 0 && /(^|[^\\])\*/.test(a.text));
  if (wildcard) {
    c.skipped.push({
      title: title || titleFrom(stem),
      reason: `the answer "${wildcard.text}" uses the wildcard *, which Roundhouse's fill-in answers do not have`,
      line,
      type: 'fill_blank',
    });
    return;
  }
  for (const a of accepted) a.text = a.text.replace(/\\\*/g, '*');
  c.questions.push(question({ ...base, type: 'fill_blank', accepted }));
}

/** An option, answer or feedback text, in its own `[format]` if it has one, else the question's. */
const textOf = (raw: string, format: Format) => {
  const f = splitFormat(raw, format);
  return toMarkdown(f.text, f.format);
};

function trueFalse(
  base: Pick<ImportedQuestion, 'stem' | 'line' | 'category' | 'explanation'> & { title?: string },
  word: string,
  feedback: string | undefined,
  format: Format,
): ImportedQuestion {
  const isTrue = word.startsWith('T');
  const [wrongRaw = '', rightRaw = ''] = feedback === undefined ? [] : splitAtHash(feedback);
  const wrong = textOf(wrongRaw, format);
  const right = textOf(rightRaw, format);
  const fb = (s: string) => (s === '' ? {} : { feedback: s });
  return question({
    ...base,
    type: 'true_false',
    options: [
      { text: 'True', fraction: isTrue ? 1 : 0, ...fb(isTrue ? right : wrong) },
      { text: 'False', fraction: isTrue ? 0 : 1, ...fb(isTrue ? wrong : right) },
    ],
  });
}

function splitAtHash(s: string): [string, string] {
  const at = unescapedIndexOf(s, '#');
  return at < 0 ? [s, ''] : [s.slice(0, at), s.slice(at + 1)];
}

/** `1822:5`, `3.141..3.142` or `1822` as a value and tolerance. */
function numberAnswer(raw: string): { text: string; tolerance: number } | undefined {
  const s = giftUnescape(raw).trim();
  const range = /^(.+?)\.\.(.+)$/.exec(s);
  if (range) {
    const lo = readDecimal(range[1] ?? '');
    const hi = readDecimal(range[2] ?? '');
    if (lo === undefined || hi === undefined || hi < lo) return undefined;
    const { value, tolerance } = rangeToTolerance(lo, hi);
    return { text: String(value), tolerance };
  }
  const [v = '', t] = s.split(':');
  const value = readDecimal(v);
  const tolerance = t === undefined ? 0 : readDecimal(t);
  if (value === undefined || tolerance === undefined || tolerance < 0 || s.split(':').length > 2) return undefined;
  return { text: String(value), tolerance };
}

function numerical(raw: string, format: Format, err: (message: string) => void): ImportedAnswer[] | undefined {
  const masked = raw.replace(/\\[~=#{}:\\]/g, '__');
  const pieces = masked.includes('=') || masked.includes('~') ? splitBefore(raw, '=~') : [`=${raw}`];
  const out: ImportedAnswer[] = [];
  for (const piece of pieces) {
    const w = weight(piece.slice(1));
    if (w.bad !== undefined) {
      err(`"%${w.bad}%" is not a weight`);
      return undefined;
    }
    const tf = textAndFeedback(w.rest);
    const n = numberAnswer(tf.text);
    if (n === undefined) {
      err(`"${giftUnescape(tf.text).trim()}" is not a number, number:tolerance or min..max`);
      return undefined;
    }
    const fb = tf.feedback === undefined ? '' : textOf(tf.feedback, format);
    out.push({ ...n, fraction: w.fraction ?? (piece[0] === '~' ? 0 : 1), ...(fb ? { feedback: fb } : {}) });
  }
  return out;
}

/**
 * Parses a GIFT file: questions that make bank items, skipped ones with the reason, errors by line.
 * @example parseGift('::Q1:: 2 + 2 = ? {#4}', 'maths.gift').items[0]?.accepted // [{ text: '4', fraction: 1, tolerance: 0 }]
 */
export function parseGift(input: FileInput, _fileName = ''): ImportReport {
  return finishReport(readGift(input));
}

/** What an exporter wrote, and which questions it could not express (with the reason). */
export type ExportResult = { content: string; notExported: { title: string; reason: string }[] };

/** Why GIFT cannot carry a question without loss, or undefined when it can. */
function giftLimit(q: ImportedQuestion): string | undefined {
  switch (q.type) {
    case 'multiple':
      return q.scoring === 'all-or-nothing'
        ? 'GIFT has no all-or-nothing multiple-answer question (use Moodle XML or CSV)'
        : undefined;
    case 'fill_blank':
      return q.caseSensitive ? 'GIFT short answers ignore case (use Moodle XML or CSV)' : undefined;
    case 'numeric':
      return q.unit ? 'GIFT numerical questions have no unit (use Moodle XML or CSV)' : undefined;
    case 'matching':
      return [...(q.pairs ?? []).flatMap((p) => [p.prompt, p.answer]), ...(q.distractors ?? [])].some((t) =>
        t.includes('->'),
      )
        ? 'a matching text contains "->", which GIFT cannot escape'
        : undefined;
    case 'single':
    case 'true_false':
      return undefined;
    default:
      return `GIFT has no ${q.type} questions (use CSV${q.type === 'ordering' ? ' or Moodle XML' : ''})`;
  }
}

const fb = (f: string | undefined) => (f ? `#${giftEscape(f)}` : '');
const weightOf = (f: number) => `%${percent(f)}%`;

/**
 * Writes questions as GIFT (UTF-8 text, `[markdown]` format, `$CATEGORY:` lines when the category changes). Types
 * GIFT cannot express are listed in `notExported`: ordering, hotspot, all-or-nothing multiple answers,
 * case-sensitive fill-ins and numeric answers with a unit.
 */
export function exportGift(questions: ImportedQuestion[]): ExportResult {
  const out: string[] = ['// Exported from Roundhouse (GIFT, Markdown texts)', ''];
  const notExported: ExportResult['notExported'] = [];
  let category: string | undefined;
  for (const q of questions) {
    const limit = giftLimit(q);
    if (limit) {
      notExported.push({ title: q.title, reason: limit });
      continue;
    }
    if (q.category !== category && q.category !== '') {
      out.push(`$CATEGORY: ${q.category.replace(/\s+/g, ' ')}`, '');
    }
    category = q.category;
    const answers: string[] = [];
    switch (q.type) {
      case 'single':
        for (const o of q.options)
          answers.push(
            `${o.fraction >= 1 ? '=' : `~${o.fraction === 0 ? '' : weightOf(o.fraction)}`}${giftEscape(o.text)}${fb(o.feedback)}`,
          );
        break;
      case 'multiple':
        for (const o of q.options)
          answers.push(`~${o.fraction === 0 ? '' : weightOf(o.fraction)}${giftEscape(o.text)}${fb(o.feedback)}`);
        break;
      case 'true_false': {
        const isTrue = (q.options[0]?.fraction ?? 0) >= 1;
        const right = q.options[isTrue ? 0 : 1]?.feedback;
        const wrong = q.options[isTrue ? 1 : 0]?.feedback;
        const feedback = right || wrong ? `#${giftEscape(wrong ?? '')}#${giftEscape(right ?? '')}` : '';
        answers.push(`${isTrue ? 'TRUE' : 'FALSE'}${feedback}`);
        break;
      }
      case 'fill_blank':
        for (const a of q.accepted)
          answers.push(
            `=${a.fraction >= 1 ? '' : weightOf(a.fraction)}${giftEscape(a.text).replace(/\*/g, '\\*')}${fb(a.feedback)}`,
          );
        break;
      case 'numeric':
        answers.push('#');
        for (const a of q.accepted)
          answers.push(`=${a.fraction >= 1 ? '' : weightOf(a.fraction)}${a.text}:${a.tolerance ?? 0}${fb(a.feedback)}`);
        break;
      case 'matching':
        for (const p of q.pairs ?? []) answers.push(`=${giftEscape(p.prompt)} -> ${giftEscape(p.answer)}`);
        for (const d of q.distractors ?? []) answers.push(`= -> ${giftEscape(d)}`);
        break;
    }
    if (q.explanation) answers.push(`####${giftEscape(q.explanation)}`);
    const body = q.type === 'numeric' ? `#\n\t${answers.slice(1).join('\n\t')}` : answers.join('\n\t');
    out.push(`::${giftEscape(q.title)}::[markdown]${giftEscape(q.stem)}{\n\t${body}\n}`, '');
  }
  return { content: out.join('\n'), notExported };
}
