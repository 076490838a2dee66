import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import '../../components/rh-markdown.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { AnswerDraftEvent } from './answer-draft.js';
import { answerInputStyles } from './answer-input-styles.js';
import { letter } from './option-letter.js';
import type { LearnerView, Response } from './practice-api.js';

const selectedOf = (r: Response | null): string[] => (r && 'selected' in r ? r.selected : []);

/** The choices after choosing `id`: toggled in a multiple choice, the only one chosen otherwise. */
export const toggled = (selected: string[], id: string, multiple: boolean): string[] =>
  multiple ? (selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]) : [id];

/**
 * The options of a single, multiple or true/false item as radio or checkbox cards with A, B, C…
 * Fires {@link AnswerDraftEvent} with the new `selected`. Its `rh-question` gives it the group's role and label.
 */
@customElement('rh-choice-input')
@localized()
export class RhChoiceInput extends LitElement {
  @property({ attribute: false }) view: LearnerView | null = null;
  /** Answered: inputs are disabled and, given the key, marked right or wrong. */
  @property({ type: Boolean, reflect: true }) locked = false;
  @property({ attribute: false }) correctResponse: Response | null = null;
  /** The ids of the options chosen. */
  @property({ attribute: false }) selected: string[] = [];

  /** Puts the focus on the option with this id. */
  focusOption(id: string) {
    const inputs = this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="answer"]');
    [...inputs].find((i) => i.value === id)?.focus();
  }

  private toggle(id: string) {
    this.selected = toggled(this.selected, id, this.view?.kind === 'multiple');
    this.dispatchEvent(new AnswerDraftEvent({ selected: this.selected }));
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    const multiple = v.kind === 'multiple';
    const key = this.locked ? selectedOf(this.correctResponse) : [];
    const marked = this.locked && this.correctResponse !== null;
    return (v.options ?? []).map((o, i) => {
      const chosen = this.selected.includes(o.id);
      const right = key.includes(o.id);
      const state = !marked ? '' : right ? (chosen ? 'right' : 'missed') : chosen ? 'wrong' : 'other';
      return html`<label class="choice ${chosen ? 'chosen' : ''} ${state}">
        <input type=${multiple ? 'checkbox' : 'radio'} name="answer" value=${o.id}
          .checked=${live(chosen)} ?disabled=${this.locked}
          @change=${() => this.toggle(o.id)} />
        <span class="key" aria-hidden="true">${
          multiple && chosen && !marked
            ? html`<svg viewBox="0 0 24 24"><path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/></svg>`
            : letter(i)
        }</span>
        <rh-markdown class="text" inline .source=${o.text}></rh-markdown>
        ${this.verdict(state)}
      </label>`;
    });
  }

  /** The mark on an option after answering, spelled out for screen readers. */
  private verdict(state: string) {
    switch (state) {
      case 'right':
        return html`<span class="verdict ok"><span aria-hidden="true">✓</span> ${msg('Your answer, correct')}</span>`;
      case 'wrong':
        return html`<span class="verdict bad"><span aria-hidden="true">✗</span> ${msg('Your answer, wrong')}</span>`;
      case 'missed':
        return html`<span class="verdict ok"><span aria-hidden="true">✓</span> ${msg('Correct answer')}</span>`;
      default:
        return nothing;
    }
  }

  static override styles = [
    sharedStyles,
    answerInputStyles,
    css`
      :host {
        display: grid;
        gap: var(--rh-space-2);
      }
      .choice {
        position: relative;
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: var(--rh-space-2) var(--rh-space-3);
        min-height: 56px;
        padding: var(--rh-space-3) var(--rh-space-4) var(--rh-space-3) var(--rh-space-3);
        font-weight: 400;
        font-size: 1rem;
        background: var(--rh-surface);
        border: 2px solid var(--rh-line);
        border-radius: var(--rh-radius);
        cursor: pointer;
        transition:
          border-color 0.12s,
          background-color 0.12s;
        -webkit-tap-highlight-color: transparent;
      }
      .choice input {
        position: absolute;
        opacity: 0;
        width: 1px;
        height: 1px;
        min-height: 0;
        margin: 0;
        pointer-events: none;
      }
      .choice:hover {
        border-color: #9fb4c4;
      }
      .choice:has(input:focus-visible) {
        outline: 3px solid var(--rh-focus);
        outline-offset: 2px;
      }
      .choice .text {
        flex: 1 1 12rem;
        min-width: 0;
      }
      .key svg {
        width: 18px;
        height: 18px;
        fill: currentColor;
      }
      .choice.chosen {
        border-color: var(--rh-action);
        background: #eef5fc;
      }
      .choice.chosen .key {
        background: var(--rh-action);
        border-color: var(--rh-action);
        color: #fff;
      }
      :host([locked]) .choice {
        cursor: default;
      }
      :host([locked]) .choice:hover {
        border-color: var(--rh-line);
      }
      .choice.other {
        opacity: 0.75;
      }
      .choice.right,
      .choice.missed {
        border-color: var(--rh-ok);
        background: var(--rh-ok-soft);
      }
      .choice.right .key,
      .choice.missed .key {
        background: var(--rh-ok);
        border-color: var(--rh-ok);
        color: #fff;
      }
      .choice.missed {
        border-style: dashed;
        background: var(--rh-surface);
      }
      .choice.missed .key {
        background: var(--rh-surface);
        color: var(--rh-ok);
      }
      .choice.wrong {
        border-color: var(--rh-danger);
        background: var(--rh-danger-soft);
      }
      .choice.wrong .key {
        background: var(--rh-danger);
        border-color: var(--rh-danger);
        color: #fff;
      }
      @media (max-width: 480px) {
        .choice {
          padding-right: var(--rh-space-3);
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-choice-input': RhChoiceInput;
  }
}
