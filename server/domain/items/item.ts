/** The kinds of question Roundhouse can ask. Each is one module in `kinds/` implementing `QuestionKind`. */
export const ITEM_KINDS = [
  'single',
  'multiple',
  'true_false',
  'fill_blank',
  'numeric',
  'ordering',
  'matching',
  'hotspot',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** Languages item text can be written in. */
export const ITEM_LANGUAGES = ['en', 'zh-Hans'] as const;
export type ItemLanguage = (typeof ITEM_LANGUAGES)[number];

/** A rectangle on an image, in fractions (0..1) of its width and height; x, y is the top-left corner. */
export type Region = { x: number; y: number; w: number; h: number };

/**
 * The language-independent structure and answer key of an item. Ids of options, steps, prompts and answers
 * are opaque strings; texts for them live in `ItemText`, one per language.
 */
export type ItemKey =
  | { kind: 'single'; optionIds: string[]; correct: string }
  | { kind: 'multiple'; optionIds: string[]; correct: string[]; scoring: 'all-or-nothing' | 'partial' }
  | { kind: 'true_false'; answer: boolean }
  | { kind: 'fill_blank'; caseSensitive: boolean }
  | { kind: 'numeric'; answer: number; tolerance: number; unit: string | null }
  | { kind: 'ordering'; order: string[] }
  | { kind: 'matching'; pairs: Record<string, string>; answerIds: string[] }
  | { kind: 'hotspot'; image: string; regions: Region[] };

/** What one language says: the stem, the explanation, and the texts of whatever the kind shows. Markdown. */
export type ItemText = {
  stem: string;
  explanation: string;
  /** single / multiple: option id → text. */
  options?: Record<string, string>;
  /** ordering: step id → text. */
  steps?: Record<string, string>;
  /** matching: prompt id → text. */
  prompts?: Record<string, string>;
  /** matching: answer id → text (the pairs' answers and the distractors). */
  answers?: Record<string, string>;
  /** fill_blank: the answers that earn full marks in this language. */
  accepted?: string[];
  /** hotspot: the image's text alternative. */
  imageAlt?: string;
};

/** An item's content at one version: its key and its text in each language it is written in. */
export type ItemContent = { key: ItemKey; texts: Partial<Record<ItemLanguage, ItemText>>; lang: ItemLanguage };

/** What a learner may see before answering: never the key, never the explanation. */
export type LearnerView =
  | { kind: 'single' | 'multiple' | 'true_false'; stem: string; options: { id: string; text: string }[] }
  | { kind: 'fill_blank'; stem: string }
  | { kind: 'numeric'; stem: string; unit: string | null }
  | { kind: 'ordering'; stem: string; steps: { id: string; text: string }[] }
  | { kind: 'matching'; stem: string; prompts: { id: string; text: string }[]; options: { id: string; text: string }[] }
  | { kind: 'hotspot'; stem: string; image: string; imageAlt: string };

/** A learner's response, one shape per family of kinds (the public API's response shapes). */
export type Response =
  | { selected: string[] }
  | { text: string }
  | { order: string[] }
  | { pairs: Record<string, string> }
  | { point: { x: number; y: number } };

/** The result of grading: a score between 0 and 1; `correct` only for full marks. */
export type Grade = { score: number; correct: boolean };
