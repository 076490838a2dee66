import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { SubmitRequestEvent } from './rh-question.js';

export type Confidence = 'sure' | 'unsure' | '';

/** Fired when the student says how sure they are of their answer ('' when they take it back). */
export class ConfidenceChangeEvent extends Event {
  static readonly type = 'rh-confidence-change';
  constructor(readonly confidence: Confidence) {
    super(ConfidenceChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when the student wants to go on from the feedback. */
export class NextRequestEvent extends Event {
  static readonly type = 'rh-next-request';
  constructor() {
    super(NextRequestEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * The bar stuck to the bottom of a practice session, in reach of a thumb: how sure you are and "Submit
 * answer" (`rh-submit-request`) before the answer, "Next question" after it.
 */
@customElement('rh-practice-actionbar')
@localized()
export class RhPracticeActionbar extends LitElement {
  /** Whether the question on screen was answered. */
  @property({ type: Boolean }) answered = false;
  /** Whether the answer given was the last of a sprint. */
  @property({ type: Boolean }) last = false;
  /** Whether there is an answer to submit. */
  @property({ type: Boolean }) ready = false;
  @property({ type: Boolean }) submitting = false;
  @property() confidence: Confidence = '';

  override render() {
    return this.answered
      ? html`<button class="primary next" @click=${() => this.dispatchEvent(new NextRequestEvent())}>
          ${this.last ? msg('See your sprint result') : msg('Next question')}
          <span aria-hidden="true">→</span></button>`
      : html`<div class="confidence" role="group" aria-label=${msg('How sure are you?')}>
          <span class="confidence-label" aria-hidden="true">${msg('How sure are you?')}</span>
          ${(['sure', 'unsure'] as const).map(
            (c) => html`<button type="button" class="seg" aria-pressed=${this.confidence === c ? 'true' : 'false'}
              @click=${() => this.dispatchEvent(new ConfidenceChangeEvent(this.confidence === c ? '' : c))}>${
                c === 'sure' ? msg('Sure') : msg('Unsure')
              }</button>`,
          )}
        </div>
        <button class="primary submit" ?disabled=${!this.ready || this.submitting}
          @click=${() => this.dispatchEvent(new SubmitRequestEvent())}>
          ${this.submitting ? msg('Checking…') : msg('Submit answer')}</button>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        position: sticky;
        bottom: 0;
        z-index: 2;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--rh-space-3);
        margin: 0 calc(-1 * var(--rh-space-2));
        padding: var(--rh-space-3) var(--rh-space-2);
        background: rgb(245 247 248 / 94%);
        backdrop-filter: blur(6px);
        border-top: 1px solid var(--rh-line);
      }
      .confidence {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        flex-wrap: wrap;
      }
      .confidence-label {
        font-weight: 600;
        font-size: 0.92rem;
        color: var(--rh-ink-soft);
      }
      .seg {
        min-width: 84px;
        background: var(--rh-surface);
        color: var(--rh-ink);
        border-color: #9fb4c4;
      }
      .seg:hover {
        background: var(--rh-brand-soft);
      }
      .seg[aria-pressed='true'] {
        background: var(--rh-brand);
        border-color: var(--rh-brand);
        color: #fff;
      }
      .primary {
        min-height: 52px;
        padding: 12px 28px;
        font-size: 1.05rem;
      }
      .next {
        margin-left: auto;
      }
      @media (max-width: 560px) {
        .primary {
          flex: 1 1 100%;
        }
        .confidence {
          flex: 1 1 100%;
        }
        .seg {
          flex: 1;
        }
        .confidence-label {
          flex: 1 1 100%;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-practice-actionbar': RhPracticeActionbar;
  }
}
