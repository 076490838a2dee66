import type { ItemContent, ItemKey, ItemLanguage, ItemText } from '../domain/items/item.js';
import type { BankItem } from './bank-files.js';

/** Makes the id of the n-th step, prompt or answer of an item. */
export type IdMaker = (part: 'step' | 'prompt' | 'answer', n: number) => string;

/** Readable ids for validation and tests; stored versions get random ones so ids never reveal the key. */
export const positionalIds: IdMaker = (part, n) => `${part[0]}${n + 1}`;

type Texts = {
  stem: string;
  explanation: string;
  options?: Record<string, string> | undefined;
  steps?: string[] | undefined;
  pairs?: { prompt: string; answer: string }[] | undefined;
  distractors?: string[] | undefined;
  accepted?: string[] | undefined;
  image_alt?: string | undefined;
};

/** Converts a bank item (as a teacher writes it) into the domain's content: a key plus texts per language. */
export function toItemContent(item: BankItem, ids: IdMaker): ItemContent {
  const stepIds = item.type === 'ordering' ? item.steps.map((_, i) => ids('step', i)) : [];
  const promptIds = item.type === 'matching' ? item.pairs.map((_, i) => ids('prompt', i)) : [];
  const answerIds =
    item.type === 'matching' ? [...item.pairs, ...(item.distractors ?? [])].map((_, i) => ids('answer', i)) : [];

  const text = (t: Texts): ItemText => {
    const out: ItemText = { stem: t.stem, explanation: t.explanation };
    if (t.options) out.options = t.options;
    if (t.steps) out.steps = Object.fromEntries(t.steps.map((s, i) => [stepIds[i] ?? `?${i}`, s]));
    if (t.pairs) {
      out.prompts = Object.fromEntries(t.pairs.map((p, i) => [promptIds[i] ?? `?${i}`, p.prompt]));
      const answers = [...t.pairs.map((p) => p.answer), ...(t.distractors ?? [])];
      out.answers = Object.fromEntries(answers.map((a, i) => [answerIds[i] ?? `?${i}`, a]));
    }
    if (t.accepted) out.accepted = t.accepted;
    if (t.image_alt) out.imageAlt = t.image_alt;
    return out;
  };

  const main: Texts = {
    stem: item.stem,
    explanation: item.explanation,
    ...(item.type === 'single' || item.type === 'multiple'
      ? { options: Object.fromEntries(item.options.map((o) => [o.id, o.text])) }
      : {}),
    ...(item.type === 'ordering' ? { steps: item.steps } : {}),
    ...(item.type === 'matching' ? { pairs: item.pairs, distractors: item.distractors } : {}),
    ...(item.type === 'fill_blank' ? { accepted: item.accepted } : {}),
    ...(item.type === 'hotspot' ? { image_alt: item.image_alt } : {}),
  };
  const texts: Partial<Record<ItemLanguage, ItemText>> = { [item.lang]: text(main) };
  for (const [lang, t] of Object.entries(item.translations ?? {}) as [ItemLanguage, Texts][]) texts[lang] = text(t);
  return { key: keyOf(item, stepIds, promptIds, answerIds), texts, lang: item.lang };
}

function keyOf(item: BankItem, stepIds: string[], promptIds: string[], answerIds: string[]): ItemKey {
  switch (item.type) {
    case 'single':
      return {
        kind: 'single',
        optionIds: item.options.map((o) => o.id),
        correct: item.options.find((o) => o.correct)?.id ?? '',
      };
    case 'multiple':
      return {
        kind: 'multiple',
        optionIds: item.options.map((o) => o.id),
        correct: item.options.filter((o) => o.correct).map((o) => o.id),
        scoring: item.scoring,
      };
    case 'true_false':
      return { kind: 'true_false', answer: item.answer };
    case 'fill_blank':
      return { kind: 'fill_blank', caseSensitive: item.case_sensitive ?? false };
    case 'numeric':
      return { kind: 'numeric', answer: item.answer, tolerance: item.tolerance, unit: item.unit ?? null };
    case 'ordering':
      return { kind: 'ordering', order: stepIds };
    case 'matching':
      return {
        kind: 'matching',
        pairs: Object.fromEntries(promptIds.map((p, i) => [p, answerIds[i] ?? ''])),
        answerIds,
      };
    case 'hotspot':
      return { kind: 'hotspot', image: item.image, regions: item.regions };
  }
}
