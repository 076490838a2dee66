import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { api, call } from '../../api/client.js';
import { errorMessage } from '../../i18n/error-message.js';
import { SessionChangedEvent } from '../../state/session.js';
import { sharedStyles } from '../../styles/shared-styles.js';

/** Sign-in form. */
@customElement('rh-login-page')
@localized()
export class RhLoginPage extends LitElement {
  @state() private error = '';
  @state() private busy = false;

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    this.busy = true;
    this.error = '';
    try {
      const { user } = await call(
        api.api.auth.login.$post({
          json: { email: String(data.get('email')), password: String(data.get('password')) },
        }),
      );
      this.dispatchEvent(new SessionChangedEvent(user));
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`
      <div class="layout">
        <section class="intro" aria-labelledby="tagline">
          <p class="eyebrow">${msg('Locomotive certification practice')}</p>
          <h1 id="tagline">${msg('Know where you stand before exam day.')}</h1>
          <p>
            ${msg('Practise theory questions from your teachers and real fault cases from depot craftsmen, and see honestly whether you are on track to pass.')}
          </p>
        </section>
        <form class="card stack" @submit=${this.submit} aria-labelledby="signin-title" novalidate>
          <h2 id="signin-title">${msg('Sign in')}</h2>
          ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
          <label>${msg('Email')}
            <input name="email" type="email" autocomplete="username" required maxlength="254" />
          </label>
          <label>${msg('Password')}
            <input name="password" type="password" autocomplete="current-password" required maxlength="256" />
          </label>
          <button type="submit" ?disabled=${this.busy}>${this.busy ? msg('Signing in…') : msg('Sign in')}</button>
          <p class="muted small">${msg('No account yet? Your teacher or administrator creates it for you.')}</p>
        </form>
      </div>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      .layout {
        display: grid;
        gap: var(--rh-space-5);
        align-items: center;
        max-width: 960px;
        margin: var(--rh-space-4) auto 0;
      }
      .intro h1 {
        font-size: clamp(1.6rem, 4vw, 2.4rem);
        color: var(--rh-brand);
      }
      .eyebrow {
        text-transform: uppercase;
        letter-spacing: 0.08em;
        font-weight: 700;
        font-size: 0.8rem;
        color: var(--rh-warn);
        margin: 0 0 var(--rh-space-2);
      }
      .intro p {
        color: var(--rh-ink-soft);
        font-size: 1.05rem;
      }
      form {
        width: 100%;
        max-width: 420px;
        justify-self: center;
      }
      .small {
        font-size: 0.9rem;
        margin: 0;
      }
      @media (min-width: 760px) {
        .layout {
          grid-template-columns: 1.1fr 1fr;
          margin-top: var(--rh-space-6);
        }
      }
    `,
  ];
}
