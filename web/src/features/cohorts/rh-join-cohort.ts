import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, call } from '../../api/client.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { CohortsChangedEvent } from './cohorts-changed-event.js';

/** A student joins a cohort with the code their teacher gave them. */
@customElement('rh-join-cohort')
@localized()
export class RhJoinCohort extends LitElement {
  @state() private error = '';
  @state() private joined = '';
  @state() private busy = false;

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const code = String(new FormData(form).get('code') ?? '').trim();
    this.error = '';
    this.joined = '';
    if (!code) {
      this.error = msg('Enter the join code.');
      return;
    }
    this.busy = true;
    try {
      const cohort = await call(api.api.cohorts.join.$post({ json: { code } }));
      this.joined = cohort.name;
      form.reset();
      this.dispatchEvent(new CohortsChangedEvent());
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<form class="card stack" @submit=${this.submit} aria-labelledby="join-heading" novalidate>
      <h2 id="join-heading">${msg('Join a cohort')}</h2>
      <p class="muted">${msg('Your teacher gives you an 8-character join code.')}</p>
      <label>${msg('Join code')}
        <input name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20"
          aria-invalid=${this.error ? 'true' : 'false'} />
      </label>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.joined ? html`<p class="success" role="status">${msg(str`You joined ${this.joined}.`)}</p>` : nothing}
      <button type="submit" ?disabled=${this.busy}>${msg('Join')}</button>
    </form>`;
  }

  static override styles = sharedStyles;
}
