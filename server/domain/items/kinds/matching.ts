import type { Grade, Response } from '../item.js';
import { idProblems, labelIn, labelProblems, stemIn, textProblems } from '../item-text.js';
import type { KeyOf, QuestionKind } from '../question-kind.js';
import { expected, fail, isRecord, readField, show } from '../response-shape.js';
import { shuffleHiding } from '../shuffle.js';

type Key = KeyOf<'matching'>;

const EXAMPLE = '{ "pairs": { "p1": "a2", "p2": "a1" } }';

/** The question-bank format allows two to eight pairs. */
export const MIN_PAIRS = 2;
export const MAX_PAIRS = 8;

/** The prompt ids, in authored order. */
const promptsOf = (key: Key): string[] => Object.keys(key.pairs);

const pairsOf = (response: Response): Record<string, string> => ('pairs' in response ? response.pairs : {});

/** Prompts whose response answer is the key's; an own-property check, so "constructor" matches nothing. */
const rightCount = (key: Key, pairs: Record<string, string>) =>
  promptsOf(key).filter((p) => Object.hasOwn(pairs, p) && pairs[p] === key.pairs[p]).length;

/**
 * Prompts the learner matches with answers (the pairs' answers plus distractors). Each prompt matched right
 * earns 1/n; a prompt left unmatched is wrong. An answer may be given to more than one prompt: with a
 * drop-down per prompt that is a legitimate (if certainly partly wrong) response, not a malformed one.
 */
export const matching: QuestionKind<Key> = {
  kind: 'matching',

  parseResponse(key, raw) {
    const field = readField(raw, 'pairs', EXAMPLE);
    if (!field.ok) return field;
    const value = field.value;
    if (!isRecord(value)) return fail(`"pairs" must map prompt ids to answer ids, like ${EXAMPLE}`);
    const prompts = promptsOf(key);
    const entries = Object.entries(value);
    const pairs: [string, string][] = [];
    if (entries.length === 0) return fail(`match at least one prompt, like ${EXAMPLE}`);
    if (entries.length > prompts.length)
      return fail(`"pairs" has ${entries.length} prompts but there are only ${prompts.length}`);
    for (const [prompt, answer] of entries) {
      if (!prompts.includes(prompt))
        return fail(`${show(prompt)} is not one of this question's prompts (expected ${expected(prompts)})`);
      if (typeof answer !== 'string')
        return fail(`prompt ${show(prompt)} must be matched with an answer id, not ${show(answer)}`);
      if (!key.answerIds.includes(answer))
        return fail(`${show(answer)} is not one of this question's answers (expected ${expected(key.answerIds)})`);
      pairs.push([prompt, answer]);
    }
    // fromEntries defines own properties, so even a "__proto__" key could not touch the prototype.
    return { ok: true, response: { pairs: Object.fromEntries(pairs) } };
  },

  grade(key, _content, response): Grade {
    const n = promptsOf(key).length;
    const right = rightCount(key, pairsOf(response));
    return { score: n === 0 ? 0 : right / n, correct: n > 0 && right === n };
  },

  correctResponse: (key) => ({ pairs: { ...key.pairs } }),

  // Each prompt gets the next prompt's answer: with distinct answers, every prompt is wrong.
  wrongResponse(key) {
    const prompts = promptsOf(key);
    return {
      pairs: Object.fromEntries(prompts.map((p, i) => [p, key.pairs[prompts[(i + 1) % prompts.length] ?? p] ?? ''])),
    };
  },

  present(key, content, lang, shuffle) {
    const prompts = promptsOf(key);
    // An order listing each prompt's answer beside it would give the key away.
    const aligned = (order: readonly string[]) => prompts.every((p, i) => order[i] === key.pairs[p]);
    return {
      kind: 'matching',
      stem: stemIn(content, lang),
      prompts: prompts.map((id) => ({ id, text: labelIn(content, lang, 'prompts', id) })),
      options: shuffleHiding(key.answerIds, shuffle, aligned).map((id) => ({
        id,
        text: labelIn(content, lang, 'answers', id),
      })),
    };
  },

  check(key, content) {
    const prompts = promptsOf(key);
    const answers = Object.values(key.pairs);
    const problems = [
      ...textProblems(content),
      ...idProblems(prompts, 'prompt'),
      ...idProblems(key.answerIds, 'answer'),
    ];
    if (prompts.length < MIN_PAIRS || prompts.length > MAX_PAIRS)
      problems.push(`a matching question needs ${MIN_PAIRS} to ${MAX_PAIRS} pairs, not ${prompts.length}`);
    for (const [prompt, answer] of Object.entries(key.pairs))
      if (!key.answerIds.includes(answer))
        problems.push(`prompt "${prompt}" is matched with "${answer}", which is not an answer`);
    if (new Set(answers).size !== answers.length) problems.push('two prompts are matched with the same answer');
    return [
      ...problems,
      ...labelProblems(content, 'prompts', prompts, 'prompt'),
      ...labelProblems(content, 'answers', key.answerIds, 'answer'),
    ];
  },
};
