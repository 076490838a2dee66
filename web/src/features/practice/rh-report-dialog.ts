import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { reportReasonLabel } from './labels.js';
import { REPORT_REASONS, type ReportReason, reportItem } from './practice-api.js';

/** Fired after a report on a question was sent to its authors. */
export class ReportSentEvent extends Event {
  static readonly type = 'rh-report-sent';
  constructor() {
    super(ReportSentEvent.type, { bubbles: true, composed: true });
  }
}

/** A dialog to report a problem with a question (a wrong key, a typo…) to its authors. */
@customElement('rh-report-dialog')
@localized()
export class RhReportDialog extends LitElement {
  /** The question reported. */
  @property() itemId = '';
  @state() private error = '';
  @state() private busy = false;
  @query('dialog') private dialog?: HTMLDialogElement;

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens the dialog, with an empty form. */
  show() {
    this.error = '';
    this.dialog?.querySelector('form')?.reset();
    this.dialog?.showModal();
  }

  private async send(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const reason = String(data.get('reason') ?? '') as ReportReason;
    const comment = String(data.get('comment') ?? '').trim();
    if (!comment) {
      this.error = msg('Describe the problem in a few words.');
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      await reportItem(this.itemId, { reason, comment });
      this.dialog?.close();
      this.dispatchEvent(new ReportSentEvent());
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<dialog aria-labelledby="report-heading" @close=${() => {
      this.error = '';
    }}>
      <form class="stack" @submit=${this.send}>
        <h2 id="report-heading">${msg('Report a problem with this question')}</h2>
        <fieldset>
          <legend>${msg('What is wrong?')}</legend>
          ${REPORT_REASONS.map(
            (r, i) =>
              html`<label class="radio"><input type="radio" name="reason" value=${r} ?checked=${i === 0} /> ${reportReasonLabel(r)}</label>`,
          )}
        </fieldset>
        <label>${msg('Tell the authors more')}
          <textarea name="comment" rows="4" maxlength="2000" required
            placeholder=${msg('For example: option C is also right according to the regulation.')}></textarea>
        </label>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <div class="row">
          <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Sending…') : msg('Send report')}</button>
          <button type="button" class="secondary" @click=${() => this.dialog?.close()}>${msg('Cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: contents;
      }
      fieldset {
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
        padding: var(--rh-space-2) var(--rh-space-3) var(--rh-space-3);
        margin: 0;
        display: grid;
        gap: var(--rh-space-1);
      }
      legend {
        font-weight: 600;
        padding: 0 var(--rh-space-1);
      }
      label.radio {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        font-weight: 400;
        min-height: 40px;
      }
      label.radio input {
        width: 20px;
        height: 20px;
        min-height: 0;
        margin: 0;
      }
      textarea {
        font: inherit;
        font-weight: 400;
        padding: 9px 12px;
        border: 1px solid #8a99a6;
        border-radius: var(--rh-radius-small);
        width: 100%;
        resize: vertical;
      }
      dialog h2 {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-report-dialog': RhReportDialog;
  }
}
