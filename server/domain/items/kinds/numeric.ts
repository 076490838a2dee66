import type { Grade } from '../item.js';
import { stemIn, textProblems } from '../item-text.js';
import { compactAnswer } from '../normalise.js';
import type { KeyOf, QuestionKind } from '../question-kind.js';
import { fail, type Read, readField, readText, show, textOf } from '../response-shape.js';

type Key = KeyOf<'numeric'>;

const EXAMPLE = '{ "text": "500" }';

/** Sign, digits with an optional decimal point, optional exponent; whatever follows is the unit. */
const NUMBER = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(.*)$/isu;

/**
 * Reads a typed number, after NFKC (so full-width `５００．５` is `500.5`), optionally followed by `unit`
 * (compared ignoring case and spaces, so `500kpa` and `500 KPA` both read as 500 when the unit is `kPa`).
 * @example readNumber('－1.5e3 kPa', 'kPa') // { ok: true, value: -1500 }
 */
export function readNumber(text: string, unit: string | null): Read<number> {
  // NFKC leaves U+2212 MINUS SIGN alone, but it is what word processors and some keyboards type.
  const plain = text
    .normalize('NFKC')
    .replace(/\u2212/g, '-')
    .trim();
  const match = NUMBER.exec(plain);
  if (match === null) return fail(`${show(text)} is not a number (write it like 500, -2.5 or 1.2e3)`);
  const [, digits = '', rest = ''] = match;
  if (compactAnswer(rest, false) !== '' && (unit === null || compactAnswer(rest, false) !== compactAnswer(unit, false)))
    return fail(
      unit === null
        ? `unexpected ${show(rest.trim())} after the number: write the number only`
        : `unexpected ${show(rest.trim())} after the number: write the number, optionally followed by ${unit}`,
    );
  const value = Number(digits);
  if (!Number.isFinite(value)) return fail(`${show(text)} is too large a number`);
  return { ok: true, value };
}

/** How far from the answer a response may be: the tolerance, plus a hair for floating-point rounding. */
const allowance = (key: Key) => key.tolerance + 1e-9 * Math.max(1, Math.abs(key.answer));

const within = (key: Key, x: number) => Math.abs(x - key.answer) <= allowance(key);

const withUnit = (key: Key, x: number) => (key.unit === null ? String(x) : `${x} ${key.unit}`);

/** A number typed by the learner, right when within the key's tolerance; the key's unit may follow it. */
export const numeric: QuestionKind<Key> = {
  kind: 'numeric',

  parseResponse(key, raw) {
    const field = readField(raw, 'text', EXAMPLE);
    if (!field.ok) return field;
    const text = readText(field.value);
    if (!text.ok) return text;
    const number = readNumber(text.value, key.unit);
    return number.ok ? { ok: true, response: { text: text.value } } : number;
  },

  grade(key, _content, response): Grade {
    const text = textOf(response);
    const number = text === undefined ? undefined : readNumber(text, key.unit);
    const correct = number?.ok === true && within(key, number.value);
    return { score: correct ? 1 : 0, correct };
  },

  correctResponse: (key) => ({ text: withUnit(key, key.answer) }),

  // Well outside the tolerance; the later candidates cover answers so large that adding a little is lost.
  wrongResponse(key) {
    const step = 10 * key.tolerance + 1;
    const candidates = [key.answer + step, key.answer - step, key.answer * 2 + step, key.answer / 2 - step];
    const wrong = candidates.find((x) => Number.isFinite(x) && !within(key, x)) ?? key.answer + 1;
    return { text: withUnit(key, wrong) };
  },

  present: (key, content, lang) => ({ kind: 'numeric', stem: stemIn(content, lang), unit: key.unit }),

  check(key, content) {
    const problems = textProblems(content);
    if (!Number.isFinite(key.answer)) problems.push('the answer is not a finite number');
    if (!Number.isFinite(key.tolerance) || key.tolerance < 0) problems.push('the tolerance must be a number ≥ 0');
    const unit = key.unit === null ? null : compactAnswer(key.unit, false);
    if (unit === '') problems.push('the unit is empty');
    // With a unit like "3m" or "e3", a learner's "53m" or "5e3" would read as 53 or 5000, not as 5 and a unit.
    else if (unit !== null && /^(?:[\d.+-]|e[\d+-])/.test(unit))
      problems.push(`the unit ${show(key.unit)} starts like a number, so it would be read as part of the number`);
    if (problems.length === 0 && numeric.grade(key, content, numeric.wrongResponse(key, content)).correct)
      problems.push('the tolerance is so large that no answer would be wrong');
    return problems;
  },
};
