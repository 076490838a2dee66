import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ItemDetail, ItemReport, User } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';
import { errorMessage } from '../../i18n/error-message.js';
import { getLocale } from '../../i18n/locale.js';
import { sessionContext } from '../../state/session.js';
import { sharedStyles } from '../../styles/shared-styles.js';

/** Translated reasons a learner can give when reporting an item. */
const reasonLabel = (reason: ItemReport['reason']): string =>
  ({
    wrong_key: msg('Wrong answer key'),
    unclear: msg('Unclear question'),
    typo: msg('Typo'),
    other: msg('Other problem'),
  })[reason];

const reportStatusLabel = (status: ItemReport['status']): string =>
  ({ open: msg('Open'), resolved: msg('Resolved'), dismissed: msg('Dismissed') })[status];

/**
 * Learners' reports on an item; reviewers (teachers and admins) resolve or dismiss the open ones with an optional
 * note. Dispatches `rh-item-changed` (a `CustomEvent<ItemDetail>`, bubbling and composed) after closing one.
 *
 * @example html`<rh-item-reports .item=${detail} @rh-item-changed=${(e: CustomEvent<ItemDetail>) => …}></rh-item-reports>`
 */
@customElement('rh-item-reports')
@localized()
export class RhItemReports extends LitElement {
  @property({ attribute: false }) item: ItemDetail | null = null;
  @consume({ context: sessionContext, subscribe: true }) @state() user: User | null = null;
  /** The report being closed, so its buttons wait. */
  @state() private busy = '';
  @state() private error = '';
  @state() private notice = '';

  private get reviewer() {
    const roles = this.user?.roles ?? [];
    return (
      roles.includes('teacher') ||
      roles.includes('admin') ||
      !!this.item?.can.actions.some((a) => a === 'approve' || a === 'retire' || a === 'restore')
    );
  }

  private async close(report: ItemReport, status: 'resolved' | 'dismissed', form: HTMLFormElement) {
    const resolution = String(new FormData(form).get('resolution') ?? '').trim();
    this.busy = report.id;
    this.error = '';
    this.notice = '';
    try {
      const updated = await call(
        api.api.reports[':id'].close.$post({
          param: { id: report.id },
          json: { status, ...(resolution ? { resolution } : {}) },
        }),
      );
      this.item = updated;
      this.notice = status === 'resolved' ? msg('Report resolved.') : msg('Report dismissed.');
      this.dispatchEvent(
        new CustomEvent<ItemDetail>('rh-item-changed', { detail: updated, bubbles: true, composed: true }),
      );
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.busy = '';
    }
  }

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const open = item.reports.filter((r) => r.status === 'open');
    const closed = item.reports.filter((r) => r.status !== 'open');
    return html`<section aria-labelledby="reports-heading">
      <h2 id="reports-heading">
        ${msg('Learner reports')}
        ${open.length ? html`<span class="badge open-count">${msg(str`${open.length} open`)}</span>` : nothing}
      </h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.notice ? html`<p class="success" role="status">${this.notice}</p>` : nothing}
      ${
        item.reports.length === 0
          ? html`<p class="muted">${msg('No learner has reported a problem with this item.')}</p>`
          : html`<ul class="reports">${[...open, ...closed].map((r) => this.renderReport(r))}</ul>`
      }
    </section>`;
  }

  private renderReport(r: ItemReport) {
    const date = new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' });
    return html`<li class="report ${r.status}">
      <div class="top">
        <strong>${reasonLabel(r.reason)}</strong>
        <span class="badge status-${r.status}">${reportStatusLabel(r.status)}</span>
        <span class="badge version">${msg(str`on v${r.version}`)}</span>
      </div>
      <div class="who muted">
        ${r.reporter} · <time datetime=${r.createdAt}>${date.format(new Date(r.createdAt))}</time>
      </div>
      <p class="comment">${r.comment}</p>
      ${
        r.resolution
          ? html`<p class="resolution"><span class="label">${msg('Resolution:')}</span> ${r.resolution}</p>`
          : nothing
      }
      ${r.status === 'open' && this.reviewer ? this.renderCloseForm(r) : nothing}
    </li>`;
  }

  private renderCloseForm(r: ItemReport) {
    const busy = this.busy === r.id;
    const submit = (status: 'resolved' | 'dismissed') => (e: Event) => {
      const form = (e.target as HTMLElement).closest('form');
      if (form) void this.close(r, status, form);
    };
    return html`<form class="close" @submit=${(e: SubmitEvent) => e.preventDefault()}>
      <label>${msg('Resolution note (optional)')}
        <input name="resolution" maxlength="2000" autocomplete="off"
          placeholder=${msg('What you changed, or why no change is needed')} />
      </label>
      <div class="buttons">
        <button type="button" ?disabled=${busy} @click=${submit('resolved')}>${msg('Resolve')}</button>
        <button type="button" class="secondary" ?disabled=${busy} @click=${submit('dismissed')}>${msg('Dismiss')}</button>
      </div>
    </form>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      section {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-3);
      }
      h2 {
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2);
      }
      .reports {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: var(--rh-space-3);
      }
      .report {
        border: 1px solid var(--rh-line);
        border-left: 4px solid var(--rh-danger);
        border-radius: var(--rh-radius-small);
        padding: var(--rh-space-3) var(--rh-space-4);
        display: grid;
        gap: var(--rh-space-2);
      }
      .report:not(.open) {
        border-left-color: var(--rh-line);
        background: var(--rh-paper);
      }
      .top {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2);
      }
      .who {
        font-size: 0.88rem;
      }
      .comment,
      .resolution {
        margin: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .resolution .label {
        font-weight: 600;
      }
      .badge.open-count,
      .status-open {
        background: var(--rh-danger-soft);
        color: var(--rh-danger);
      }
      .status-resolved {
        background: var(--rh-ok-soft);
        color: var(--rh-ok);
      }
      .status-dismissed {
        background: #eceff2;
        color: #37474f;
      }
      .badge.version {
        font-family: var(--rh-mono);
      }
      form.close {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: var(--rh-space-3);
        padding-top: var(--rh-space-2);
        border-top: 1px solid var(--rh-line);
      }
      form.close label {
        flex: 1 1 260px;
        min-width: 0;
      }
      .buttons {
        display: flex;
        gap: var(--rh-space-2);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-item-reports': RhItemReports;
  }
}
