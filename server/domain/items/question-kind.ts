import type { Grade, ItemContent, ItemKey, ItemKind, ItemLanguage, LearnerView, Response } from './item.js';

/** The answer key of one kind of item, e.g. `KeyOf<'single'>`. */
export type KeyOf<K extends ItemKind> = Extract<ItemKey, { kind: K }>;

/** The outcome of validating an untrusted response: the typed response, or a readable problem. */
export type ParseResult = { ok: true; response: Response } | { ok: false; message: string };

/** A seeded shuffle: returns a new array with the elements of `xs` in some order; never mutates `xs`. */
export type Shuffle = <T>(xs: readonly T[]) => T[];

/**
 * How one kind of question behaves: validating, grading, presenting and checking items of that kind.
 * One module per kind in `kinds/`, all listed in `registry.ts`; nothing else branches on the kind.
 *
 * Response shapes (the public API):
 * - single, multiple, true_false: `{ selected: [optionId, …] }` (true_false options are `"true"` and `"false"`)
 * - fill_blank, numeric: `{ text }`
 * - ordering: `{ order: [stepId, …] }`
 * - matching: `{ pairs: { promptId: answerId } }`
 * - hotspot: `{ point: { x, y } }` with x and y fractions (0..1) of the image's width and height
 *
 * An empty response (nothing selected, blank text, no pairs) is not a response: skipping is not answering.
 */
export interface QuestionKind<K extends ItemKey = ItemKey> {
  readonly kind: K['kind'];
  /**
   * Validates an untrusted response for this item; returns a readable problem or the typed response.
   * Rejects wrong shapes, unexpected fields, unknown ids, an id listed twice, non-finite numbers and
   * text over 500 characters. Never throws.
   */
  parseResponse(key: K, raw: unknown): ParseResult;
  /**
   * Grades a (parsed) response. Fill-in answers accepted in ANY of the item's languages count. Total: a
   * response of another kind's shape scores 0 rather than throwing.
   */
  grade(key: K, content: ItemContent, response: Response): Grade;
  /** A response that earns full marks (used to validate the bank, and shown after answering). */
  correctResponse(key: K, content: ItemContent): Response;
  /**
   * A well-formed response that is certainly not correct, for every key `check` accepts (the bank
   * validator uses it to prove the key discriminates).
   */
  wrongResponse(key: K, content: ItemContent): Response;
  /**
   * What the learner sees in language `lang` (falling back to `content.lang`): no key, no explanation.
   * Ordering steps and matching options are shuffled with the given seeded `shuffle`.
   */
  present(key: K, content: ItemContent, lang: ItemLanguage, shuffle: Shuffle): LearnerView;
  /** Structural problems of an authored key and its texts, as readable messages; `[]` when fine. */
  check(key: K, content: ItemContent): string[];
}
