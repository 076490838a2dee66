import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { errorMessage } from '../i18n/error-message.js';
import { sharedStyles } from '../styles/shared-styles.js';

/** Fired by the "Try again" button of an error state. */
export class RetryEvent extends Event {
  static readonly type = 'rh-retry';
  constructor() {
    super(RetryEvent.type, { bubbles: true, composed: true });
  }
}

/** The loading, error and empty states every list shares. */
@customElement('rh-status')
@localized()
export class RhStatus extends LitElement {
  @property() kind: 'loading' | 'error' | 'empty' = 'loading';
  @property({ attribute: false }) error: unknown;
  @property() message = '';

  override render() {
    if (this.kind === 'loading') return html`<p class="muted" role="status">${msg('Loading…')}</p>`;
    if (this.kind === 'error')
      return html`<div class="error" role="alert">
        ${errorMessage(this.error)}
        <button class="secondary" @click=${() => this.dispatchEvent(new RetryEvent())}>${msg('Try again')}</button>
      </div>`;
    return this.message ? html`<p class="muted">${this.message}</p>` : nothing;
  }

  static override styles = sharedStyles;
}
