import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../../components/rh-markdown.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import type { AnswerDraft, AnswerDraftEvent } from './answer-draft.js';
import { answerInputStyles } from './answer-input-styles.js';
import type { LearnerView, Response } from './practice-api.js';
import { toggled } from './rh-choice-input.js';
import './rh-hotspot-input.js';
import './rh-matching-input.js';
import './rh-ordering-input.js';
import './rh-typed-input.js';

export { letter } from './option-letter.js';
export { SubmitRequestEvent } from './submit-request-event.js';

/** Fired whenever the answer changes: the complete response, or null while there is nothing to submit. */
export class ResponseChangeEvent extends Event {
  static readonly type = 'rh-response-change';
  constructor(readonly response: Response | null) {
    super(ResponseChangeEvent.type, { bubbles: true, composed: true });
  }
}

const CHOICE_KINDS: readonly string[] = ['single', 'multiple', 'true_false'];

/** What the answer input of each kind can be focused on first. */
const FIRST_FOCUSABLE = 'input:not([disabled]), select, .hotspot, .steps button';

/**
 * An item as a learner answers it, for all eight kinds: the stem, then the answer input of its kind —
 * choices (`rh-choice-input`), a typed answer (`rh-typed-input`), steps to put in order (`rh-ordering-input`),
 * prompts to match (`rh-matching-input`) or a place to tap on an image (`rh-hotspot-input`).
 * It keeps the answer as it stands and fires {@link ResponseChangeEvent} on every change.
 *
 * Once `locked` with the `correctResponse`, it shows what was right and wrong in place.
 *
 * @example html`<rh-question .view=${item.view} @rh-response-change=${(e) => (this.response = e.response)}></rh-question>`
 */
@customElement('rh-question')
@localized()
export class RhQuestion extends LitElement {
  @property({ attribute: false }) view: LearnerView | null = null;
  /** Answered: inputs are disabled and, given the key, marked right or wrong. */
  @property({ type: Boolean, reflect: true }) locked = false;
  /** A response that earns full marks, shown once locked. */
  @property({ attribute: false }) correctResponse: Response | null = null;
  /** Shown for the stem's `id` (an `aria-labelledby` target for the page). */
  @property() stemId = 'question-stem';

  @state() private draft: AnswerDraft = { selected: [], text: '', order: [], pairs: {}, point: null };

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('view'))
      this.draft = { selected: [], text: '', order: (this.view?.steps ?? []).map((s) => s.id), pairs: {}, point: null };
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('view')) this.emit();
  }

  /** Complete once the answer input has drawn too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.answerInput()?.updateComplete;
    return done;
  }

  private answerInput() {
    return this.renderRoot.querySelector<LitElement>('[data-answer]');
  }

  /** The answer as it stands: a complete response, or null when there is nothing to submit. */
  get value(): Response | null {
    const v = this.view;
    if (!v) return null;
    const d = this.draft;
    switch (v.kind) {
      case 'single':
      case 'multiple':
      case 'true_false':
        return d.selected.length > 0 ? { selected: [...d.selected] } : null;
      case 'fill_blank':
      case 'numeric':
        return d.text.trim() !== '' ? { text: d.text.trim() } : null;
      case 'ordering':
        return d.order.length > 0 ? { order: [...d.order] } : null;
      case 'matching':
        return Object.keys(d.pairs).length > 0 ? { pairs: { ...d.pairs } } : null;
      case 'hotspot':
        return d.point ? { point: { ...d.point } } : null;
      default:
        return null;
    }
  }

  private emit() {
    this.dispatchEvent(new ResponseChangeEvent(this.value));
  }

  private change(part: Partial<AnswerDraft>) {
    this.draft = { ...this.draft, ...part };
    this.emit();
  }

  private onDraft = (e: AnswerDraftEvent) => this.change(e.change);

  /**
   * Chooses the option at `index` (0 for A or 1): selects it (single, true/false) or toggles it (multiple).
   * Returns false when this item has no such option or is answered.
   */
  pick(index: number): boolean {
    const v = this.view;
    if (!v || this.locked || !CHOICE_KINDS.includes(v.kind)) return false;
    const option = v.options?.[index];
    if (!option) return false;
    this.change({ selected: toggled(this.draft.selected, option.id, v.kind === 'multiple') });
    this.renderRoot.querySelector('rh-choice-input')?.focusOption(option.id);
    return true;
  }

  /** Puts the keyboard focus on the first thing to answer with. */
  focusAnswer() {
    this.answerInput()?.renderRoot.querySelector<HTMLElement>(FIRST_FOCUSABLE)?.focus();
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    return html`
      <rh-markdown class="stem" id=${this.stemId} .source=${v.stem}></rh-markdown>
      ${this.renderAnswer(v)}
    `;
  }

  private renderAnswer(v: LearnerView): TemplateResult {
    const d = this.draft;
    switch (v.kind) {
      case 'single':
      case 'multiple':
      case 'true_false': {
        const multiple = v.kind === 'multiple';
        // The hint and the group stay here, next to the stem that names the group with them.
        return html`<p class="hint" id="hint">${multiple ? msg('Select all that apply.') : msg('Choose one answer.')}</p>
          <rh-choice-input data-answer role=${multiple ? 'group' : 'radiogroup'} aria-labelledby="${this.stemId} hint"
            .view=${v} ?locked=${this.locked} .correctResponse=${this.correctResponse} .selected=${d.selected}
            @rh-answer-draft=${this.onDraft}></rh-choice-input>`;
      }
      case 'fill_blank':
      case 'numeric':
        return html`<rh-typed-input data-answer .view=${v} ?locked=${this.locked} .correctResponse=${this.correctResponse}
          .text=${d.text} @rh-answer-draft=${this.onDraft}></rh-typed-input>`;
      case 'ordering':
        return html`<rh-ordering-input data-answer .view=${v} ?locked=${this.locked} .correctResponse=${this.correctResponse}
          .order=${d.order} @rh-answer-draft=${this.onDraft}></rh-ordering-input>`;
      case 'matching':
        return html`<rh-matching-input data-answer .view=${v} ?locked=${this.locked} .correctResponse=${this.correctResponse}
          .pairs=${d.pairs} @rh-answer-draft=${this.onDraft}></rh-matching-input>`;
      case 'hotspot':
        return html`<rh-hotspot-input data-answer .view=${v} ?locked=${this.locked} .correctResponse=${this.correctResponse}
          .point=${d.point} @rh-answer-draft=${this.onDraft}></rh-hotspot-input>`;
    }
  }

  static override styles = [
    sharedStyles,
    answerInputStyles,
    css`
      :host {
        display: grid;
        gap: var(--rh-space-3);
      }
      .stem {
        font-size: 1.1rem;
        line-height: 1.55;
      }
      @media (max-width: 480px) {
        .stem {
          font-size: 1.05rem;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-question': RhQuestion;
  }
}
