import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { clock } from './format.js';
import { SPRINT_LENGTH } from './practice-session.js';

/** The head of a practice session: the way back to the chooser, what is practised, and the tally so far. */
@customElement('rh-session-head')
@localized()
export class RhSessionHead extends LitElement {
  /** What is practised: the mode, or the topic or subject it is narrowed to. */
  @property() heading = '';
  @property({ type: Number }) answered = 0;
  @property({ type: Number }) right = 0;
  /** A sprint shows which question of how many, and its clock. */
  @property({ type: Boolean }) sprint = false;
  /** The number of the question on screen, in a sprint. */
  @property({ type: Number }) current = 0;
  /** The time the sprint has taken so far. */
  @property({ type: Number }) elapsedMs = 0;

  override render() {
    return html`<div class="session-head">
      <a class="back" href="/practice">${msg('← All ways to practise')}</a>
      <h1>${this.heading}</h1>
      <p class="tally" aria-live="polite">
        ${
          this.sprint
            ? html`<span class="pill">${msg(str`Question ${this.current} of ${SPRINT_LENGTH}`)}</span>
              <span class="pill timer" role="timer" aria-live="off" aria-label=${msg('Time')}>⏱ ${clock(this.elapsedMs)}</span>`
            : nothing
        }
        ${this.answered > 0 ? html`<span class="pill">${msg(str`${this.answered} answered · ${this.right} right`)}</span>` : nothing}
      </p>
    </div>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .session-head {
        display: grid;
        gap: var(--rh-space-1);
      }
      .session-head h1 {
        margin: 0;
      }
      .back {
        font-weight: 600;
        font-size: 0.95rem;
        justify-self: start;
        padding: 6px 0;
      }
      .tally {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-2);
        margin: 0;
      }
      .tally:empty {
        display: none;
      }
      .pill {
        display: inline-flex;
        align-items: center;
        gap: var(--rh-space-1);
        padding: 3px 10px;
        border-radius: 999px;
        background: var(--rh-surface);
        border: 1px solid var(--rh-line);
        font-size: 0.9rem;
        font-weight: 600;
        color: var(--rh-ink-soft);
      }
      .timer {
        font-variant-numeric: tabular-nums;
        color: var(--rh-brand);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-session-head': RhSessionHead;
  }
}
