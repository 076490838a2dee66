import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { taskView } from '../../components/task-view.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { loadCertifications } from '../practice/catalogue.js';
import { percent, titleOf } from '../practice/format.js';
import { nextWhy } from '../practice/labels.js';
import { fetchProgress } from '../practice/practice-api.js';
import { nextStep } from './next-step.js';
import { examCountdown, standing } from './progress-labels.js';
import './rh-goal-picker.js';
import './rh-interval-bar.js';
import { toneOf } from './rh-interval-bar.js';

/** The student's home: am I going to pass, and the one thing to do next. */
@customElement('rh-student-summary')
@localized()
export class RhStudentSummary extends LitElement {
  private readonly data = new Task(this, {
    task: async (_args, { signal }) => {
      const [progress, certifications] = await Promise.all([
        fetchProgress(undefined, signal),
        loadCertifications().catch(() => []),
      ]);
      return { progress, certifications, cert: certifications.find((c) => c.id === progress.certificationId) };
    },
    args: () => [],
  });

  override render() {
    return html`<section class="card" aria-labelledby="summary-heading">
      ${taskView(this.data, ({ progress, certifications, cert }) => {
        const pass = progress.passProbability;
        const { topicTitle, action, href } = nextStep(progress);
        const cid = progress.certificationId;
        return html`<div class="layout">
          <div class="pass">
            <h2 id="summary-heading">${cert ? msg(str`Chance of passing ${titleOf(cert)}`) : msg('Chance of passing')}</h2>
            ${
              !progress.certificationId && certifications.length > 0
                ? html`<rh-goal-picker .certifications=${certifications} @rh-goal-changed=${() => this.data.run()}></rh-goal-picker>`
                : pass
                  ? html`<p class="big ${toneOf(pass.probability)}"><strong>${percent(pass.probability)}</strong> <span>${standing(pass.probability)}</span></p>
                  <p class="muted">${msg(str`Likely between ${percent(pass.low)} and ${percent(pass.high)}.`)}</p>
                  <rh-interval-bar .value=${pass.probability} .low=${pass.low} .high=${pass.high}></rh-interval-bar>`
                  : html`<p class="muted">${msg('Answer a few questions and your chance of passing appears here.')}</p>`
            }
            ${progress.goal?.examDate && progress.goal.certificationId === cid ? html`<p class="exam">${examCountdown(progress.goal.examDate)}</p>` : nothing}
          </div>
          <div class="next">
            <h3>${msg('Do this next')}</h3>
            <p>${nextWhy(progress.next, progress.reviewsDue, progress.mistakes, topicTitle)}</p>
            <p class="actions">
              <a class="button" href=${href}>${action} <span aria-hidden="true">→</span></a>
              <a href="/practice">${msg('Other ways to practise')}</a>
              <a href="/progress">${msg('See your progress')}</a>
            </p>
          </div>
        </div>`;
      })}
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .card {
        border-top: 4px solid var(--rh-accent);
      }
      .layout {
        display: grid;
        gap: var(--rh-space-5);
      }
      h2,
      h3 {
        margin-bottom: var(--rh-space-2);
      }
      .big {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--rh-space-1) var(--rh-space-3);
        margin: 0 0 var(--rh-space-1);
      }
      .big strong {
        font-size: 2.6rem;
        line-height: 1;
      }
      .big span {
        font-weight: 700;
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
      .exam {
        margin: var(--rh-space-3) 0 0;
        font-weight: 600;
        color: var(--rh-brand);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-3) var(--rh-space-4);
        margin: 0;
      }
      .actions a:not(.button) {
        font-weight: 600;
      }
      a.button {
        color: #fff;
        min-height: 48px;
      }
      @media (min-width: 760px) {
        .layout {
          grid-template-columns: 1fr 1fr;
        }
        .next {
          border-left: 1px solid var(--rh-line);
          padding-left: var(--rh-space-5);
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-student-summary': RhStudentSummary;
  }
}
