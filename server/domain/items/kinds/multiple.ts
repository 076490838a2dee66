import type { Grade } from '../item.js';
import { idProblems, labelIn, labelProblems, stemIn, textProblems } from '../item-text.js';
import type { KeyOf, QuestionKind } from '../question-kind.js';
import { fail, readField, readIdList, selectedOf } from '../response-shape.js';

type Key = KeyOf<'multiple'>;

const EXAMPLE = '{ "selected": ["a", "c"] }';

/**
 * The score of a selection. `partial`: each right choice earns 1/k (k correct options), each wrong choice loses
 * as much, never below 0. `all-or-nothing`: 1 only for exactly the key set.
 */
function score(key: Key, selected: readonly string[]): number {
  const correct = new Set(key.correct);
  const right = selected.filter((id) => correct.has(id)).length;
  const wrong = new Set(selected).size - right;
  if (key.scoring === 'all-or-nothing') return right === correct.size && wrong === 0 ? 1 : 0;
  // Integer arithmetic first, so a perfect selection scores exactly 1.
  return correct.size === 0 ? 0 : Math.min(1, Math.max(0, (right - wrong) / correct.size));
}

/** Several correct options; the learner selects any number of them (at least one). */
export const multiple: QuestionKind<Key> = {
  kind: 'multiple',

  parseResponse(key, raw) {
    const field = readField(raw, 'selected', EXAMPLE);
    if (!field.ok) return field;
    const ids = readIdList(field.value, { field: 'selected', noun: 'option', known: key.optionIds });
    if (!ids.ok) return ids;
    if (ids.value.length === 0) return fail(`select at least one option, like ${EXAMPLE}`);
    return { ok: true, response: { selected: ids.value } };
  },

  grade(key, _content, response): Grade {
    const s = score(key, selectedOf(response));
    return { score: s, correct: s === 1 };
  },

  correctResponse: (key) => ({ selected: [...key.correct] }),

  // Only wrong options when there are any (scores 0 even with partial credit); when every option is correct,
  // leaving one out scores (k−1)/k: not full marks.
  wrongResponse(key) {
    const wrong = key.optionIds.filter((id) => !key.correct.includes(id));
    return { selected: wrong.length > 0 ? wrong : key.correct.slice(1) };
  },

  present: (key, content, lang) => ({
    kind: 'multiple',
    stem: stemIn(content, lang),
    options: key.optionIds.map((id) => ({ id, text: labelIn(content, lang, 'options', id) })),
  }),

  check(key, content) {
    const problems = [...textProblems(content), ...idProblems(key.optionIds, 'option')];
    if (key.optionIds.length < 2) problems.push('a multiple-choice question needs at least two options');
    if (new Set(key.correct).size < 2) problems.push('a multiple-choice question needs at least two correct options');
    if (new Set(key.correct).size !== key.correct.length) problems.push('an option is marked correct twice');
    for (const id of key.correct)
      if (!key.optionIds.includes(id)) problems.push(`correct option "${id}" is not one of the options`);
    return [...problems, ...labelProblems(content, 'options', key.optionIds, 'option')];
  },
};
