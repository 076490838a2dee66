import type { Grade, Response } from '../item.js';
import { idProblems, labelIn, labelProblems, stemIn, textProblems } from '../item-text.js';
import type { KeyOf, QuestionKind } from '../question-kind.js';
import { fail, readField, readIdList } from '../response-shape.js';
import { shuffleHiding } from '../shuffle.js';

type Key = KeyOf<'ordering'>;

const EXAMPLE = '{ "order": ["s2", "s1", "s3"] }';

/** The question-bank format allows three to eight steps. */
export const MIN_STEPS = 3;
export const MAX_STEPS = 8;

const orderOf = (response: Response): readonly string[] => ('order' in response ? response.order : []);

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** The steps of a procedure, which the learner puts in order; right only for exactly the key's order. */
export const ordering: QuestionKind<Key> = {
  kind: 'ordering',

  parseResponse(key, raw) {
    const field = readField(raw, 'order', EXAMPLE);
    if (!field.ok) return field;
    const ids = readIdList(field.value, { field: 'order', noun: 'step', known: key.order });
    if (!ids.ok) return ids;
    if (ids.value.length !== key.order.length)
      return fail(`"order" must list every one of the ${key.order.length} steps exactly once`);
    return { ok: true, response: { order: ids.value } };
  },

  grade(key, _content, response): Grade {
    const correct = sameOrder(orderOf(response), key.order);
    return { score: correct ? 1 : 0, correct };
  },

  correctResponse: (key) => ({ order: [...key.order] }),

  // Reversed; with distinct ids that differs from the key whenever there are two or more steps.
  wrongResponse: (key) => ({ order: [...key.order].reverse() }),

  present: (key, content, lang, shuffle) => ({
    kind: 'ordering',
    stem: stemIn(content, lang),
    steps: shuffleHiding(key.order, shuffle, (order) => sameOrder(order, key.order)).map((id) => ({
      id,
      text: labelIn(content, lang, 'steps', id),
    })),
  }),

  check(key, content) {
    const problems = [...textProblems(content), ...idProblems(key.order, 'step')];
    if (key.order.length < MIN_STEPS || key.order.length > MAX_STEPS)
      problems.push(`an ordering question needs ${MIN_STEPS} to ${MAX_STEPS} steps, not ${key.order.length}`);
    return [...problems, ...labelProblems(content, 'steps', key.order, 'step')];
  },
};
