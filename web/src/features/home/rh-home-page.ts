import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { User } from '../../../../server/contract/index.js';
import { roleLabel } from '../../i18n/labels.js';
import { sessionContext } from '../../state/session.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import '../cohorts/rh-cohort-list.js';
import '../cohorts/rh-create-cohort.js';
import '../cohorts/rh-join-cohort.js';
import '../progress/rh-student-summary.js';
import './rh-bank-summary.js';

/** The home page: what each role comes here to do, first. */
@customElement('rh-home-page')
@localized()
export class RhHomePage extends LitElement {
  @consume({ context: sessionContext, subscribe: true }) @state() user: User | null = null;
  /** Bumped when a cohort is created or joined, so the list reloads. */
  @state() private version = 0;

  override render() {
    const user = this.user;
    if (!user) return nothing;
    const has = (r: User['roles'][number]) => user.roles.includes(r);
    const changed = () => {
      this.version++;
    };
    return html`
      <header class="welcome">
        <h1>${msg(str`Welcome, ${user.displayName}`)}</h1>
        <p class="roles">${user.roles.map((r) => html`<span class="badge">${roleLabel(r)}</span>`)}</p>
      </header>
      <div class="grid">
        ${has('student') ? html`<rh-student-summary class="wide"></rh-student-summary>` : nothing}
        ${has('student') ? html`<rh-join-cohort @rh-cohorts-changed=${changed}></rh-join-cohort>` : nothing}
        ${has('teacher') || has('admin') ? html`<rh-create-cohort @rh-cohorts-changed=${changed}></rh-create-cohort>` : nothing}
        ${has('teacher') || has('craftsman') || has('admin') ? html`<rh-bank-summary></rh-bank-summary>` : nothing}
        ${has('admin') ? this.renderAdminLinks() : nothing}
        <rh-cohort-list
          class="wide"
          .version=${this.version}
          .heading=${has('admin') ? msg('All cohorts') : has('craftsman') && !has('teacher') ? msg('Cohorts I mentor') : msg('My cohorts')}
          .emptyMessage=${this.emptyMessage(user)}
        ></rh-cohort-list>
      </div>
    `;
  }

  private emptyMessage(user: User) {
    if (user.roles.includes('admin') || user.roles.includes('teacher'))
      return msg('No cohorts yet. Create one and give its join code to your students.');
    if (user.roles.includes('craftsman'))
      return msg('You are not mentoring a cohort yet. A teacher attaches you to a cohort as its mentor.');
    return msg('You have not joined a cohort yet. Ask your teacher for the join code.');
  }

  private renderAdminLinks() {
    return html`<section class="card" aria-labelledby="admin-heading">
      <h2 id="admin-heading">${msg('Administration')}</h2>
      <ul class="links">
        <li><a href="/admin/users">${msg('Users')}</a><span class="muted">${msg('Create accounts, assign roles, deactivate, reset passwords')}</span></li>
        <li><a href="/admin/organisations">${msg('Schools and enterprises')}</a><span class="muted">${msg('The colleges and partner enterprises cohorts belong to')}</span></li>
      </ul>
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .welcome {
        margin-bottom: var(--rh-space-5);
      }
      .welcome h1 {
        margin-bottom: var(--rh-space-2);
      }
      .roles {
        display: flex;
        gap: var(--rh-space-2);
        margin: 0;
      }
      .grid {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-4);
      }
      .links {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--rh-space-3);
      }
      .links li {
        display: grid;
      }
      .links a {
        font-weight: 700;
      }
      @media (min-width: 900px) {
        .grid {
          grid-template-columns: 1fr 1fr;
          align-items: start;
        }
        .wide {
          grid-column: 1 / -1;
        }
      }
    `,
  ];
}
