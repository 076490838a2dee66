import type { Grade, ItemContent } from '../item.js';
import { languagesOf, stemIn, textProblems } from '../item-text.js';
import { answerAccepted, normaliseAnswer } from '../normalise.js';
import type { KeyOf, QuestionKind } from '../question-kind.js';
import { MAX_TEXT_LENGTH, readField, readText, textOf } from '../response-shape.js';

type Key = KeyOf<'fill_blank'>;

const EXAMPLE = '{ "text": "brake" }';

/** Every accepted answer in every language: a learner may answer in any language the item is written in. */
const allAccepted = (content: ItemContent): string[] =>
  languagesOf(content).flatMap((lang) => content.texts[lang]?.accepted ?? []);

/** A short typed answer, compared with the accepted answers after normalisation (see `normalise.ts`). */
export const fillBlank: QuestionKind<Key> = {
  kind: 'fill_blank',

  parseResponse(_key, raw) {
    const field = readField(raw, 'text', EXAMPLE);
    if (!field.ok) return field;
    const text = readText(field.value);
    return text.ok ? { ok: true, response: { text: text.value } } : text;
  },

  grade(key, content, response): Grade {
    const text = textOf(response);
    const correct = text !== undefined && answerAccepted(allAccepted(content), text, key.caseSensitive);
    return { score: correct ? 1 : 0, correct };
  },

  correctResponse: (_key, content) => ({ text: allAccepted(content)[0] ?? '' }),

  // "?", "??", … — the first that no accepted answer matches (there are finitely many, so one soon is).
  wrongResponse(key, content) {
    const accepted = allAccepted(content);
    let text = '?';
    while (answerAccepted(accepted, text, key.caseSensitive)) text += '?';
    return { text };
  },

  present: (_key, content, lang) => ({ kind: 'fill_blank', stem: stemIn(content, lang) }),

  check(key, content) {
    const problems = textProblems(content);
    for (const lang of languagesOf(content)) {
      const accepted = content.texts[lang]?.accepted ?? [];
      if (accepted.length === 0) problems.push(`${lang}: there is no accepted answer`);
      for (const answer of accepted) {
        if (normaliseAnswer(answer, key.caseSensitive) === '') problems.push(`${lang}: an accepted answer is empty`);
        if (answer.length > MAX_TEXT_LENGTH)
          problems.push(
            `${lang}: an accepted answer is longer than a learner may type (${MAX_TEXT_LENGTH} characters)`,
          );
      }
    }
    return problems;
  },
};
