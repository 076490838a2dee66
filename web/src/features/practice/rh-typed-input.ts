import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { AnswerDraftEvent } from './answer-draft.js';
import { answerInputStyles } from './answer-input-styles.js';
import type { LearnerView, Response } from './practice-api.js';
import { SubmitRequestEvent } from './submit-request-event.js';

const textOf = (r: Response | null): string | null => (r && 'text' in r ? r.text : null);

/**
 * The typed answer of a fill-in-the-blank or numeric item (with its unit). Fires {@link AnswerDraftEvent}
 * with the new `text` as typed, and {@link SubmitRequestEvent} on Enter.
 */
@customElement('rh-typed-input')
@localized()
export class RhTypedInput extends LitElement {
  @property({ attribute: false }) view: LearnerView | null = null;
  /** Answered: the input is disabled and, given the key, the correct answer is shown. */
  @property({ type: Boolean, reflect: true }) locked = false;
  @property({ attribute: false }) correctResponse: Response | null = null;
  /** The answer as typed. */
  @property({ attribute: false }) text = '';

  override render() {
    const v = this.view;
    if (!v) return nothing;
    const numeric = v.kind === 'numeric';
    const key = this.locked ? textOf(this.correctResponse) : null;
    return html`<form class="typed-form" @submit=${(e: Event) => {
      e.preventDefault();
      this.dispatchEvent(new SubmitRequestEvent());
    }}>
      <label class="answer">${msg('Your answer')}
        <span class="typed">
          <input type="text" name="answer" inputmode=${numeric ? 'decimal' : 'text'} autocomplete="off"
            autocapitalize="off" spellcheck="false" enterkeyhint="done" maxlength="500"
            .value=${live(this.text)} ?disabled=${this.locked}
            @input=${(e: InputEvent) => {
              this.text = (e.target as HTMLInputElement).value;
              this.dispatchEvent(new AnswerDraftEvent({ text: this.text }));
            }} />
          ${v.unit ? html`<span class="unit">${v.unit}</span>` : nothing}
        </span>
      </label>
    </form>
    ${
      key !== null
        ? html`<p class="key-line"><span class="muted">${msg('Correct answer:')}</span> <strong>${key}${v.unit ? ` ${v.unit}` : ''}</strong></p>`
        : nothing
    }`;
  }

  static override styles = [
    sharedStyles,
    answerInputStyles,
    css`
      :host {
        display: grid;
        gap: var(--rh-space-3);
      }
      .answer {
        font-weight: 600;
      }
      .typed {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
      }
      .typed input {
        max-width: 20rem;
        font-size: 1.1rem;
        min-height: 52px;
      }
      .unit {
        font-weight: 600;
      }
      .key-line {
        margin: 0;
        padding: var(--rh-space-2) var(--rh-space-3);
        background: var(--rh-ok-soft);
        border-radius: var(--rh-radius-small);
        color: var(--rh-ok);
      }
      .key-line .muted {
        color: var(--rh-ok);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-typed-input': RhTypedInput;
  }
}
