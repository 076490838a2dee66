import type { Grade, ItemLanguage } from '../item.js';
import { shownLanguage, stemIn, textProblems } from '../item-text.js';
import type { KeyOf, QuestionKind } from '../question-kind.js';
import { fail, readField, readIdList, selectedOf } from '../response-shape.js';

type Key = KeyOf<'true_false'>;

const EXAMPLE = '{ "selected": ["true"] }';
const IDS = ['true', 'false'] as const;

/** The two options' labels, in the language the stem is shown in. */
const LABELS: Record<ItemLanguage, Record<(typeof IDS)[number], string>> = {
  en: { true: 'True', false: 'False' },
  'zh-Hans': { true: '正确', false: '错误' },
};

const idOf = (answer: boolean) => (answer ? 'true' : 'false');

/** A statement the learner judges true or false: options `"true"` and `"false"`, select exactly one. */
export const trueFalse: QuestionKind<Key> = {
  kind: 'true_false',

  parseResponse(_key, raw) {
    const field = readField(raw, 'selected', EXAMPLE);
    if (!field.ok) return field;
    const ids = readIdList(field.value, { field: 'selected', noun: 'option', known: IDS });
    if (!ids.ok) return ids;
    if (ids.value.length !== 1) return fail(`select exactly one of "true" and "false", like ${EXAMPLE}`);
    return { ok: true, response: { selected: ids.value } };
  },

  grade(key, _content, response): Grade {
    const selected = selectedOf(response);
    const correct = selected.length === 1 && selected[0] === idOf(key.answer);
    return { score: correct ? 1 : 0, correct };
  },

  correctResponse: (key) => ({ selected: [idOf(key.answer)] }),

  wrongResponse: (key) => ({ selected: [idOf(!key.answer)] }),

  present(_key, content, lang) {
    const labels = LABELS[shownLanguage(content, lang)];
    return { kind: 'true_false', stem: stemIn(content, lang), options: IDS.map((id) => ({ id, text: labels[id] })) };
  },

  check: (_key, content) => textProblems(content),
};
