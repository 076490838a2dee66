import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Certification } from '../../../../server/contract/index.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { titleOf } from '../practice/format.js';
import { type Progress, saveGoal } from '../practice/practice-api.js';
import { GoalChangedEvent } from './goal-changed-event.js';
import { progressCardStyles } from './progress-card-styles.js';

/** The student's exam goal: which certification, and the exam date if they know it. Saves it and fires `rh-goal-changed`. */
@customElement('rh-goal-form')
@localized()
export class RhGoalForm extends LitElement {
  @property({ attribute: false }) progress: Progress | null = null;
  @property({ attribute: false }) certifications: Certification[] = [];
  @state() private busy = false;
  @state() private error = '';
  @state() private saved = false;

  /** Scrolls the form into view and puts the focus on the certification. */
  async reveal() {
    await this.updateComplete;
    const section = this.renderRoot.querySelector<HTMLElement>('#goal');
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLSelectElement>('select')?.focus({ preventScroll: true });
  }

  /** Scrolls to the exam date and puts the focus on it. */
  async focusExamDate() {
    await this.updateComplete;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#goal input[type="date"]');
    input?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    input?.focus({ preventScroll: true });
  }

  private async save(e: SubmitEvent) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const certificationId = String(form.get('certification') ?? '');
    const examDate = String(form.get('examDate') ?? '') || null;
    if (!certificationId) return;
    this.busy = true;
    this.error = '';
    this.saved = false;
    try {
      await saveGoal({ certificationId, examDate });
      this.saved = true;
      this.dispatchEvent(new GoalChangedEvent(certificationId));
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const goal = this.progress?.goal;
    const current = goal?.certificationId ?? this.progress?.certificationId;
    return html`<section class="card" id="goal" aria-labelledby="goal-heading">
      <h2 id="goal-heading">${msg('Your exam goal')}</h2>
      <p class="muted small">${msg('Practice plans for this exam: reviews are spaced to be fresh on the day.')}</p>
      <form class="row" @submit=${this.save}>
        <label>${msg('Certification')}
          <select name="certification" required>
            ${this.certifications.map(
              (c) => html`<option value=${c.id} ?selected=${current === c.id}>${titleOf(c)}</option>`,
            )}
          </select>
        </label>
        <label>${msg('Exam date')}
          <input type="date" name="examDate" .value=${goal?.examDate ?? ''} />
        </label>
        <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Saving…') : msg('Save goal')}</button>
      </form>
      <p class="muted small hint">${msg('Leave the date empty if you do not know it yet.')}</p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.saved ? html`<p class="success" role="status">${msg('Your exam goal is saved. Practice now plans for it.')}</p>` : nothing}
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .row > label {
        flex: 1 1 220px;
      }
      .hint {
        margin: var(--rh-space-2) 0 0;
      }
      .success,
      .error {
        margin-top: var(--rh-space-3);
      }
    `,
    progressCardStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-goal-form': RhGoalForm;
  }
}
