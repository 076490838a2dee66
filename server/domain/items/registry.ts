import type { Grade, ItemContent, ItemKind, Response } from './item.js';
import { fillBlank } from './kinds/fill-blank.js';
import { hotspot } from './kinds/hotspot.js';
import { matching } from './kinds/matching.js';
import { multiple } from './kinds/multiple.js';
import { numeric } from './kinds/numeric.js';
import { ordering } from './kinds/ordering.js';
import { single } from './kinds/single.js';
import { trueFalse } from './kinds/true-false.js';
import type { KeyOf, QuestionKind } from './question-kind.js';

/** Every kind's module, by kind. The mapped type makes a missing or mismatched kind a compile error. */
const KINDS: { readonly [K in ItemKind]: QuestionKind<KeyOf<K>> } = {
  single,
  multiple,
  true_false: trueFalse,
  fill_blank: fillBlank,
  numeric,
  ordering,
  matching,
  hotspot,
};

/**
 * The module for one kind of question: the one place that dispatches on the kind.
 * @example questionKind(content.key.kind).correctResponse(content.key, content)
 */
export function questionKind<K extends ItemKind>(kind: K): QuestionKind<KeyOf<K>> {
  return KINDS[kind];
}

/** The outcome of grading an untrusted response: the parsed response and its grade, or why it was refused. */
export type GradeResult = { ok: true; response: Response; grade: Grade } | { ok: false; message: string };

/**
 * Validates an untrusted response against an item and grades it.
 * @example gradeResponse(content, { selected: ['a'] }) // { ok: true, response: { selected: ['a'] }, grade: { score: 1, correct: true } }
 */
export function gradeResponse(content: ItemContent, raw: unknown): GradeResult {
  const kind = questionKind(content.key.kind);
  const parsed = kind.parseResponse(content.key, raw);
  if (!parsed.ok) return parsed;
  return { ok: true, response: parsed.response, grade: kind.grade(content.key, content, parsed.response) };
}

/**
 * Everything wrong with an authored item: its kind's structural problems and, when there are none, proof that
 * the key discriminates (the correct response parses and earns full marks; the wrong one parses and does not).
 */
export function checkItem(content: ItemContent): string[] {
  const kind = questionKind(content.key.kind);
  const problems = kind.check(content.key, content);
  if (problems.length > 0) return problems;
  const right = gradeResponse(content, kind.correctResponse(content.key, content));
  if (!right.ok) problems.push(`the correct response is refused: ${right.message}`);
  else if (!right.grade.correct || right.grade.score !== 1)
    problems.push('the correct response does not earn full marks');
  const wrong = gradeResponse(content, kind.wrongResponse(content.key, content));
  if (!wrong.ok) problems.push(`the wrong response is refused: ${wrong.message}`);
  else if (wrong.grade.correct) problems.push('no response can be wrong: the key does not discriminate');
  return problems;
}
