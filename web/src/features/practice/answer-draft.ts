/** A place on an image, as fractions of its width and height (0 to 1). */
export type Point = { x: number; y: number };

/**
 * What the learner has entered so far, for every kind of answer input. `rh-question` keeps it
 * and turns it into the {@link Response} it reports; the answer inputs show it and change it.
 */
export type AnswerDraft = {
  selected: string[];
  text: string;
  order: string[];
  pairs: Record<string, string>;
  point: Point | null;
};

/** Fired by an answer input (`rh-choice-input`, `rh-typed-input`…) to its `rh-question`: the parts of the draft it changed. */
export class AnswerDraftEvent extends Event {
  static readonly type = 'rh-answer-draft';
  constructor(readonly change: Partial<AnswerDraft>) {
    super(AnswerDraftEvent.type);
  }
}
