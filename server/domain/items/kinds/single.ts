import type { Grade } from '../item.js';
import { idProblems, labelIn, labelProblems, stemIn, textProblems } from '../item-text.js';
import type { KeyOf, QuestionKind } from '../question-kind.js';
import { fail, readField, readIdList, selectedOf } from '../response-shape.js';

type Key = KeyOf<'single'>;

const EXAMPLE = '{ "selected": ["a"] }';

/** One correct option among several; the learner selects exactly one. */
export const single: QuestionKind<Key> = {
  kind: 'single',

  parseResponse(key, raw) {
    const field = readField(raw, 'selected', EXAMPLE);
    if (!field.ok) return field;
    const ids = readIdList(field.value, { field: 'selected', noun: 'option', known: key.optionIds });
    if (!ids.ok) return ids;
    if (ids.value.length !== 1) return fail(`select exactly one option, like ${EXAMPLE}`);
    return { ok: true, response: { selected: ids.value } };
  },

  grade(key, _content, response): Grade {
    const selected = selectedOf(response);
    const correct = selected.length === 1 && selected[0] === key.correct;
    return { score: correct ? 1 : 0, correct };
  },

  correctResponse: (key) => ({ selected: [key.correct] }),

  wrongResponse(key) {
    const other = key.optionIds.find((id) => id !== key.correct);
    return { selected: other === undefined ? [] : [other] };
  },

  present: (key, content, lang) => ({
    kind: 'single',
    stem: stemIn(content, lang),
    options: key.optionIds.map((id) => ({ id, text: labelIn(content, lang, 'options', id) })),
  }),

  check(key, content) {
    const problems = [...textProblems(content), ...idProblems(key.optionIds, 'option')];
    if (key.optionIds.length < 2) problems.push('a single-choice question needs at least two options');
    if (!key.optionIds.includes(key.correct)) problems.push('no option is marked correct');
    return [...problems, ...labelProblems(content, 'options', key.optionIds, 'option')];
  },
};
