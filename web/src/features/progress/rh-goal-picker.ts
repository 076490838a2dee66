import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Certification } from '../../../../server/contract/index.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { titleOf } from '../practice/format.js';
import { saveGoal } from '../practice/practice-api.js';
import { GoalChangedEvent } from './goal-changed-event.js';

/**
 * One tap to say which exam the student prepares for, shown until they have a goal: without it there is
 * no pass probability to show. The exam date can be added later on the progress page.
 */
@customElement('rh-goal-picker')
@localized()
export class RhGoalPicker extends LitElement {
  @property({ attribute: false }) certifications: Certification[] = [];
  @state() private busy = '';
  @state() private error = '';

  private async choose(c: Certification) {
    this.busy = c.id;
    this.error = '';
    try {
      await saveGoal({ certificationId: c.id, examDate: null });
      this.dispatchEvent(new GoalChangedEvent(c.id));
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.busy = '';
    }
  }

  override render() {
    return html`<div class="picker" role="group" aria-labelledby="picker-heading">
      <p id="picker-heading"><strong>${msg('Which exam are you preparing for?')}</strong>
        <span class="muted">${msg('Choose it to see your chance of passing.')}</span></p>
      <div class="choices">
        ${this.certifications.map(
          (
            c,
          ) => html`<button type="button" class="secondary" ?disabled=${this.busy !== ''} @click=${() => this.choose(c)}>
            ${this.busy === c.id ? msg('Saving…') : titleOf(c)}</button>`,
        )}
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
    </div>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .picker {
        display: grid;
        gap: var(--rh-space-3);
        padding: var(--rh-space-4);
        border-radius: var(--rh-radius);
        background: var(--rh-brand-soft);
      }
      p {
        margin: 0;
        display: grid;
        gap: var(--rh-space-1);
      }
      .choices {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-2);
      }
      .choices button {
        flex: 1 1 220px;
        justify-content: flex-start;
        text-align: left;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-goal-picker': RhGoalPicker;
  }
}
