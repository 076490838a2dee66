import { consume } from '@lit/context';
import { localized, msg } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { User } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';
import { errorMessage } from '../../i18n/error-message.js';
import { roleLabel } from '../../i18n/labels.js';
import { sessionContext } from '../../state/session.js';
import { sharedStyles } from '../../styles/shared-styles.js';

/** My account: who I am, and changing my password. */
@customElement('rh-account-page')
@localized()
export class RhAccountPage extends LitElement {
  @consume({ context: sessionContext, subscribe: true }) @state() user: User | null = null;
  @state() private error = '';
  @state() private done = false;

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const d = new FormData(form);
    this.error = '';
    this.done = false;
    const newPassword = String(d.get('newPassword') ?? '');
    if (newPassword !== String(d.get('confirm') ?? '')) {
      this.error = msg('The two new passwords are not the same.');
      return;
    }
    if (newPassword.length < 8) {
      this.error = msg('The new password needs at least 8 characters.');
      return;
    }
    try {
      await call(
        api.api.me.password.$put({ json: { currentPassword: String(d.get('currentPassword') ?? ''), newPassword } }),
      );
      this.done = true;
      form.reset();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  override render() {
    const u = this.user;
    if (!u) return nothing;
    return html`<div class="stack">
      <h1>${msg('My account')}</h1>
      <section class="card">
        <h2>${u.displayName}</h2>
        <p class="muted">${u.email}</p>
        <p>${u.roles.map((r) => html`<span class="badge">${roleLabel(r)}</span> `)}</p>
      </section>
      <form class="card stack" @submit=${this.submit} aria-labelledby="pw-heading">
        <h2 id="pw-heading">${msg('Change password')}</h2>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        ${this.done ? html`<p class="success" role="status">${msg('Your password was changed.')}</p>` : nothing}
        <label>${msg('Current password')}<input name="currentPassword" type="password" autocomplete="current-password" required maxlength="256" /></label>
        <label>${msg('New password')}<input name="newPassword" type="password" autocomplete="new-password" required minlength="8" maxlength="256" /></label>
        <label>${msg('Repeat the new password')}<input name="confirm" type="password" autocomplete="new-password" required minlength="8" maxlength="256" /></label>
        <div><button type="submit">${msg('Change password')}</button></div>
      </form>
    </div>`;
  }

  static override styles = sharedStyles;
}
