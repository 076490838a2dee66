import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CohortDetail, CohortMember, User } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';
import '../../components/rh-status.js';
import { taskView } from '../../components/task-view.js';
import { errorMessage } from '../../i18n/error-message.js';
import { cohortRoleLabel } from '../../i18n/labels.js';
import { sessionContext } from '../../state/session.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';

/** One cohort: its join code and, for the people who run it, its members and mentors. */
@customElement('rh-cohort-page')
@localized()
export class RhCohortPage extends LitElement {
  @property() cohortId = '';
  @consume({ context: sessionContext, subscribe: true }) @state() user: User | null = null;
  @state() private actionError = '';
  @state() private notice = '';

  private readonly cohort = new Task(this, {
    task: ([id], { signal }) => call(api.api.cohorts[':id'].$get({ param: { id } }, { init: { signal } })),
    args: () => [this.cohortId] as const,
  });

  private readonly craftsmen = new Task(this, {
    task: async ([manages]) =>
      manages ? (await call(api.api.craftsmen.$get({ query: { pageSize: '100' } }))).items : [],
    args: () => [this.manages(this.cohort.value)] as const,
  });

  private manages(c: CohortDetail | undefined) {
    return !!c && (c.myRole === 'teacher' || !!this.user?.roles.includes('admin'));
  }

  /** Runs a change, shows its error or notice, and swaps in the updated cohort. */
  private async act(run: () => Promise<CohortDetail>, notice: string) {
    this.actionError = '';
    this.notice = '';
    try {
      const updated = await run();
      this.cohort.run([updated.id]);
      this.notice = notice;
    } catch (e) {
      this.actionError = errorMessage(e);
    }
  }

  private newCode(c: CohortDetail) {
    if (!confirm(msg('Replace the join code? The old code stops working at once.'))) return;
    void this.act(
      () => call(api.api.cohorts[':id']['join-code'].$post({ param: { id: c.id } })),
      msg('The join code was replaced.'),
    );
  }

  private removeMember(c: CohortDetail, m: CohortMember) {
    if (!confirm(msg(str`Remove ${m.displayName} from this cohort?`))) return;
    void this.act(
      () => call(api.api.cohorts[':id'].members[':userId'].$delete({ param: { id: c.id, userId: m.userId } })),
      msg(str`${m.displayName} was removed.`),
    );
  }

  private addMentor(c: CohortDetail, e: SubmitEvent) {
    e.preventDefault();
    const userId = String(new FormData(e.target as HTMLFormElement).get('userId') ?? '');
    if (!userId) return;
    void this.act(
      () => call(api.api.cohorts[':id'].mentors.$post({ param: { id: c.id }, json: { userId } })),
      msg('Mentor added.'),
    );
  }

  override render() {
    return taskView(this.cohort, (c) => this.renderCohort(c));
  }

  private renderCohort(c: CohortDetail) {
    const manages = this.manages(c);
    const students = c.members.filter((m) => m.role === 'student');
    const staff = c.members.filter((m) => m.role !== 'student');
    return html`
      <p><a href="/">${msg('← Back to home')}</a></p>
      <header class="card head">
        <h1>${c.name}</h1>
        <dl>
          ${c.schoolName ? html`<div><dt>${msg('School')}</dt><dd>${c.schoolName}</dd></div>` : nothing}
          ${c.enterpriseName ? html`<div><dt>${msg('Partner enterprise')}</dt><dd>${c.enterpriseName}</dd></div>` : nothing}
          <div><dt>${msg('Students')}</dt><dd>${c.memberCount}</dd></div>
          ${c.myRole ? html`<div><dt>${msg('My role')}</dt><dd>${cohortRoleLabel(c.myRole)}</dd></div>` : nothing}
          ${
            c.joinCode
              ? html`<div><dt>${msg('Join code')}</dt><dd><span class="code">${c.joinCode}</span>
                  ${manages ? html`<button class="secondary" @click=${() => this.newCode(c)}>${msg('New code')}</button>` : nothing}</dd></div>`
              : nothing
          }
        </dl>
      </header>
      ${this.actionError ? html`<p class="error" role="alert">${this.actionError}</p>` : nothing}
      ${this.notice ? html`<p class="success" role="status">${this.notice}</p>` : nothing}
      ${
        c.members.length > 0 || manages
          ? html`
              <section class="card" aria-labelledby="staff-heading">
                <h2 id="staff-heading">${msg('Teachers and mentors')}</h2>
                ${this.renderMembers(c, staff, manages)}
                ${manages ? this.renderMentorForm(c) : nothing}
              </section>
              <section class="card" aria-labelledby="students-heading">
                <h2 id="students-heading">${msg('Students')}</h2>
                ${
                  students.length === 0
                    ? html`<p class="muted">${msg('No students yet. Give them the join code above.')}</p>`
                    : this.renderMembers(c, students, manages)
                }
              </section>
            `
          : nothing
      }
    `;
  }

  private renderMembers(c: CohortDetail, members: CohortMember[], manages: boolean) {
    const dateFormat = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium' });
    return html`<div class="table-wrap"><table class="cards">
      <thead><tr><th scope="col">${msg('Name')}</th><th scope="col">${msg('Email')}</th><th scope="col">${msg('Role')}</th><th scope="col">${msg('Joined')}</th>${manages ? html`<th scope="col"><span class="visually-hidden">${msg('Actions')}</span></th>` : nothing}</tr></thead>
      <tbody>${members.map(
        (m) => html`<tr>
          <td>${m.displayName}</td><td>${m.email}</td><td>${cohortRoleLabel(m.role)}</td>
          <td>${dateFormat.format(new Date(m.joinedAt))}</td>
          ${
            manages
              ? html`<td>${
                  m.role === 'teacher'
                    ? nothing
                    : html`<button class="danger" @click=${() => this.removeMember(c, m)} aria-label=${msg(str`Remove ${m.displayName}`)}>${msg('Remove')}</button>`
                }</td>`
              : nothing
          }
        </tr>`,
      )}</tbody>
    </table></div>`;
  }

  private renderMentorForm(c: CohortDetail) {
    const taken = new Set(c.members.map((m) => m.userId));
    const available = (this.craftsmen.value ?? []).filter((m) => !taken.has(m.id));
    return html`<form class="row mentor" @submit=${(e: SubmitEvent) => this.addMentor(c, e)}>
      <label>${msg('Add a craftsman as mentor')}
        <select name="userId" ?disabled=${available.length === 0}>
          ${
            available.length === 0
              ? html`<option value="">${msg('No other craftsmen available')}</option>`
              : available.map(
                  (m) =>
                    html`<option value=${m.id}>${m.displayName}${m.enterpriseName ? ` — ${m.enterpriseName}` : ''}</option>`,
                )
          }
        </select>
      </label>
      <button type="submit" class="secondary" ?disabled=${available.length === 0}>${msg('Add mentor')}</button>
    </form>`;
  }

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      :host > p {
        margin: 0;
      }
      dl {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-3) var(--rh-space-6);
        margin: 0;
      }
      dt {
        font-size: 0.85rem;
        color: var(--rh-ink-soft);
        font-weight: 600;
      }
      dd {
        margin: 0;
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        flex-wrap: wrap;
      }
      .mentor {
        margin-top: var(--rh-space-4);
      }
      .mentor label {
        flex: 1 1 240px;
      }
    `,
  ];
}
