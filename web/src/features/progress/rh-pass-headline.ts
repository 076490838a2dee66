import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Certification } from '../../../../server/contract/index.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { percent, titleOf } from '../practice/format.js';
import type { Progress } from '../practice/practice-api.js';
import { progressCardStyles } from './progress-card-styles.js';
import { examCountdown, standing } from './progress-labels.js';
import './rh-goal-picker.js';
import './rh-interval-bar.js';
import { toneOf } from './rh-interval-bar.js';

/** Fired when the student asks to add the date of their exam. */
export class ExamDateRequestEvent extends Event {
  static readonly type = 'rh-exam-date-request';
  constructor() {
    super(ExamDateRequestEvent.type, { bubbles: true, composed: true });
  }
}

const calendarIcon = html`<svg class="cal" viewBox="0 0 24 24" aria-hidden="true"><path d="M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 16H5V10h14v10zm0-12H5V6h14v2z"/></svg>`;

/**
 * The headline of the progress page: the chance of passing a certification with its 80% interval, and the
 * countdown to the exam. Without a goal, the picker to choose one (its `rh-goal-changed` bubbles out).
 */
@customElement('rh-pass-headline')
@localized()
export class RhPassHeadline extends LitElement {
  @property({ attribute: false }) progress: Progress | null = null;
  @property({ attribute: false }) certifications: Certification[] = [];

  override render() {
    const progress = this.progress;
    if (!progress) return nothing;
    const cert = this.certifications.find((c) => c.id === progress.certificationId);
    const pass = progress.passProbability;
    const goal = progress.goal?.certificationId === progress.certificationId ? progress.goal : null;
    return html`<section class="card headline" aria-labelledby="pass-heading">
      <h2 id="pass-heading">${cert ? msg(str`Chance of passing ${titleOf(cert)}`) : msg('Chance of passing')}</h2>
      ${
        !progress.certificationId
          ? html`<rh-goal-picker .certifications=${this.certifications}></rh-goal-picker>`
          : pass
            ? html`<p class="big ${toneOf(pass.probability)}"><strong>${percent(pass.probability)}</strong>
                <span>${standing(pass.probability)}</span></p>
              <p class="range">${msg(str`Likely between ${percent(pass.low)} and ${percent(pass.high)}.`)}
                ${pass.high - pass.low > 0.4 ? msg('The estimate is still rough: more answers make it sharper.') : nothing}</p>
              <rh-interval-bar .value=${pass.probability} .low=${pass.low} .high=${pass.high}></rh-interval-bar>
              <p class="muted small">${msg('The chance that you reach the pass mark in every subject at one sitting, estimated from all your answers so far.')}</p>`
            : html`<p class="muted">${msg('Answer a few questions and your chance of passing appears here.')}</p>`
      }
      ${
        goal?.examDate
          ? html`<p class="exam">${calendarIcon} ${examCountdown(goal.examDate)}</p>`
          : goal
            ? html`<p class="exam">${calendarIcon} <button type="button" class="link"
                @click=${() => this.dispatchEvent(new ExamDateRequestEvent())}>${msg('Add your exam date')}</button></p>`
            : nothing
      }
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
      }
      .headline {
        display: grid;
        align-content: start;
        gap: var(--rh-space-2);
      }
      .headline h2 {
        margin: 0;
      }
      .big {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--rh-space-1) var(--rh-space-3);
        margin: 0;
      }
      .big strong {
        font-size: 3rem;
        line-height: 1;
        font-variant-numeric: tabular-nums;
      }
      .big span {
        font-weight: 700;
        font-size: 1.05rem;
      }
      .big.good {
        color: var(--rh-ok);
      }
      .big.fair {
        color: var(--rh-warn);
      }
      .big.poor {
        color: var(--rh-danger);
      }
      .range {
        margin: 0;
      }
      .exam {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        margin: var(--rh-space-2) 0 0;
        font-weight: 600;
        color: var(--rh-brand);
      }
      button.link {
        background: none;
        border: none;
        padding: 0;
        min-height: 0;
        color: var(--rh-action);
        text-decoration: underline;
        font-weight: 600;
      }
      .cal {
        width: 20px;
        height: 20px;
        fill: currentColor;
        flex: none;
      }
      @media (max-width: 480px) {
        .big strong {
          font-size: 2.5rem;
        }
      }
    `,
    progressCardStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-pass-headline': RhPassHeadline;
  }
}
