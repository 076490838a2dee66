import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { AdminUser, Role, User } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';
import type { PageChangeEvent } from '../../components/rh-pager.js';
import '../../components/rh-pager.js';
import '../../components/rh-search.js';
import type { SearchEvent } from '../../components/rh-search.js';
import '../../components/rh-status.js';
import { taskView } from '../../components/task-view.js';
import { errorMessage } from '../../i18n/error-message.js';
import { roleLabel } from '../../i18n/labels.js';
import { sessionContext } from '../../state/session.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';

const ROLES: Role[] = ['student', 'teacher', 'craftsman', 'admin'];
const PAGE_SIZE = 20;
const ALL = { query: { pageSize: '100' } } as const;

/** Admin: find, create, edit, deactivate users and reset their passwords. */
@customElement('rh-users-page')
@localized()
export class RhUsersPage extends LitElement {
  @consume({ context: sessionContext, subscribe: true }) @state() me: User | null = null;
  @state() private page = 1;
  @state() private q = '';
  @state() private roleFilter: Role | '' = '';
  @state() private version = 0;
  @state() private error = '';
  @state() private notice = '';
  /** Offered after a reversible change (deactivation), until the next action. */
  @state() private undo: { label: string; run: () => void } | null = null;
  @state() private editing: AdminUser | null = null;
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly users = new Task(this, {
    task: ([page, q, role], { signal }) =>
      call(
        api.api.users.$get(
          {
            query: { page: String(page), pageSize: String(PAGE_SIZE), ...(q ? { q } : {}), ...(role ? { role } : {}) },
          },
          { init: { signal } },
        ),
      ),
    args: () => [this.page, this.q, this.roleFilter, this.version] as const,
  });

  private readonly organisations = new Task(this, {
    task: async () => {
      const [schools, enterprises] = await Promise.all([
        call(api.api.schools.$get(ALL)),
        call(api.api.enterprises.$get(ALL)),
      ]);
      return { schools: schools.items, enterprises: enterprises.items };
    },
    args: () => [],
  });

  private async run(action: () => Promise<unknown>, notice: string) {
    this.error = '';
    this.notice = '';
    this.undo = null;
    try {
      await action();
      this.notice = notice;
      this.version++;
      return true;
    } catch (e) {
      this.error = errorMessage(e);
      return false;
    }
  }

  private async create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const d = new FormData(form);
    const roles = d.getAll('roles').map(String) as Role[];
    if (roles.length === 0) {
      this.error = msg('Choose at least one role.');
      return;
    }
    const email = String(d.get('email') ?? '');
    const ok = await this.run(
      () =>
        call(
          api.api.users.$post({
            json: {
              email,
              displayName: String(d.get('displayName') ?? ''),
              password: String(d.get('password') ?? ''),
              roles,
              schoolId: String(d.get('schoolId') ?? '') || null,
              enterpriseId: String(d.get('enterpriseId') ?? '') || null,
            },
          }),
        ),
      msg(str`Account ${email} created.`),
    );
    if (ok) form.reset();
  }

  /** Deactivation takes effect at once (sessions end) and offers an undo instead of asking first. */
  private async setActive(u: AdminUser, active: boolean) {
    const ok = await this.run(
      () => call(api.api.users[':id'].$patch({ param: { id: u.id }, json: { active } })),
      active
        ? msg(str`${u.displayName} can sign in again.`)
        : msg(str`${u.displayName} was deactivated and signed out.`),
    );
    if (ok && !active)
      this.undo = { label: msg(str`Undo: reactivate ${u.displayName}`), run: () => this.setActive(u, true) };
  }

  private async resetPassword(u: AdminUser) {
    if (!confirm(msg(str`Reset the password of ${u.displayName}? They are signed out everywhere.`))) return;
    this.error = '';
    this.notice = '';
    this.undo = null;
    try {
      const { temporaryPassword } = await call(api.api.users[':id']['password-reset'].$post({ param: { id: u.id } }));
      this.notice = msg(
        str`Temporary password for ${u.email}: ${temporaryPassword} — give it to them; it is shown only once.`,
      );
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  private openEditor(u: AdminUser) {
    this.editing = u;
    void this.updateComplete.then(() => this.dialog.showModal());
  }

  private async saveEdit(e: SubmitEvent) {
    e.preventDefault();
    const u = this.editing;
    if (!u) return;
    const d = new FormData(e.target as HTMLFormElement);
    const roles = d.getAll('roles').map(String) as Role[];
    if (roles.length === 0) {
      this.error = msg('Choose at least one role.');
      return;
    }
    const ok = await this.run(
      () =>
        call(
          api.api.users[':id'].$patch({
            param: { id: u.id },
            json: {
              displayName: String(d.get('displayName') ?? ''),
              roles,
              schoolId: String(d.get('schoolId') ?? '') || null,
              enterpriseId: String(d.get('enterpriseId') ?? '') || null,
            },
          }),
        ),
      msg(str`${u.email} saved.`),
    );
    if (ok) this.dialog.close();
  }

  override render() {
    return html`
      <h1>${msg('Users')}</h1>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        this.notice
          ? html`<div class="success notice" role="status">
              <span>${this.notice}</span>
              ${this.undo ? html`<button class="secondary" @click=${this.undo.run}>${this.undo.label}</button>` : nothing}
            </div>`
          : nothing
      }
      <details class="card">
        <summary>${msg('Create an account')}</summary>
        <form class="stack" @submit=${this.create}>
          <div class="row">
            <label>${msg('Email')}<input name="email" type="email" required maxlength="254" autocomplete="off" /></label>
            <label>${msg('Name')}<input name="displayName" required maxlength="100" autocomplete="off" /></label>
            <label>${msg('Initial password')}<input name="password" type="text" required minlength="8" maxlength="256" autocomplete="off" /></label>
          </div>
          ${this.renderRoleChoice([])}
          ${this.renderOrganisationChoice(null, null)}
          <div><button type="submit">${msg('Create account')}</button></div>
        </form>
      </details>
      <section class="card">
        <div class="row filters">
          <rh-search .label=${msg('Search')} .placeholder=${msg('Name or email')} @rh-search=${(e: SearchEvent) => {
            this.q = e.query;
            this.page = 1;
          }}></rh-search>
          <label>${msg('Role')}
            <select @change=${(e: Event) => {
              this.roleFilter = (e.target as HTMLSelectElement).value as Role | '';
              this.page = 1;
            }}>
              <option value="">${msg('All roles')}</option>
              ${ROLES.map((r) => html`<option value=${r}>${roleLabel(r)}</option>`)}
            </select>
          </label>
        </div>
        ${taskView(this.users, (p) =>
          p.items.length === 0
            ? html`<rh-status kind="empty" .message=${msg('No user matches.')}></rh-status>`
            : html`<div class="table-wrap"><table class="cards">
                    <caption class="visually-hidden">${msg('Users')}</caption>
                    <thead><tr><th scope="col">${msg('Name')}</th><th scope="col">${msg('Email')}</th><th scope="col">${msg('Roles')}</th><th scope="col">${msg('Status')}</th><th scope="col"><span class="visually-hidden">${msg('Actions')}</span></th></tr></thead>
                    <tbody>${p.items.map((u) => this.renderUser(u))}</tbody>
                  </table></div>
                  <rh-pager .page=${p.page} .pageSize=${p.pageSize} .total=${p.total}
                    @rh-page-change=${(e: PageChangeEvent) => {
                      this.page = e.page;
                    }}></rh-pager>`,
        )}
      </section>
      <dialog aria-labelledby="edit-heading" @close=${() => {
        this.editing = null;
      }}>
        ${this.editing ? this.renderEditor(this.editing) : nothing}
      </dialog>
    `;
  }

  private renderUser(u: AdminUser) {
    const self = u.id === this.me?.id;
    return html`<tr>
      <td>${u.displayName}</td>
      <td>${u.email}</td>
      <td>${u.roles.map((r) => html`<span class="badge">${roleLabel(r)}</span> `)}</td>
      <td>${u.active ? msg('Active') : html`<span class="inactive">${msg('Deactivated')}</span>`}</td>
      <td class="actions">
        <button class="secondary" @click=${() => this.openEditor(u)} aria-label=${msg(str`Edit ${u.displayName}`)}>${msg('Edit')}</button>
        <button class="secondary" @click=${() => this.resetPassword(u)} aria-label=${msg(str`Reset password of ${u.displayName}`)}>${msg('Reset password')}</button>
        ${
          self
            ? nothing
            : u.active
              ? html`<button class="danger" @click=${() => this.setActive(u, false)} aria-label=${msg(str`Deactivate ${u.displayName}`)}>${msg('Deactivate')}</button>`
              : html`<button class="secondary" @click=${() => this.setActive(u, true)} aria-label=${msg(str`Reactivate ${u.displayName}`)}>${msg('Reactivate')}</button>`
        }
      </td>
    </tr>`;
  }

  private renderEditor(u: AdminUser) {
    return html`<form class="stack" @submit=${this.saveEdit}>
      <h2 id="edit-heading">${msg(str`Edit ${u.email}`)}</h2>
      <label>${msg('Name')}<input name="displayName" required maxlength="100" .value=${u.displayName} /></label>
      ${this.renderRoleChoice(u.roles)}
      ${this.renderOrganisationChoice(u.schoolId, u.enterpriseId)}
      <div class="row">
        <button type="submit">${msg('Save')}</button>
        <button type="button" class="secondary" @click=${() => this.dialog.close()}>${msg('Cancel')}</button>
      </div>
    </form>`;
  }

  private renderRoleChoice(selected: Role[]) {
    return html`<fieldset>
      <legend>${msg('Roles')}</legend>
      ${ROLES.map(
        (r) =>
          html`<label class="check"><input type="checkbox" name="roles" value=${r} ?checked=${selected.includes(r)} /> ${roleLabel(r)}</label>`,
      )}
    </fieldset>`;
  }

  private renderOrganisationChoice(schoolId: string | null, enterpriseId: string | null) {
    const o = this.organisations.value;
    return html`<div class="row">
      <label>${msg('School')}
        <select name="schoolId">
          <option value="">${msg('None')}</option>
          ${o?.schools.map((s) => html`<option value=${s.id} ?selected=${s.id === schoolId}>${s.name}</option>`)}
        </select>
      </label>
      <label>${msg('Enterprise (for craftsmen)')}
        <select name="enterpriseId">
          <option value="">${msg('None')}</option>
          ${o?.enterprises.map((s) => html`<option value=${s.id} ?selected=${s.id === enterpriseId}>${s.name}</option>`)}
        </select>
      </label>
    </div>`;
  }

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      h1 {
        margin: 0;
      }
      summary {
        cursor: pointer;
        font-weight: 700;
        font-size: 1.1rem;
        min-height: 32px;
      }
      details[open] summary {
        margin-bottom: var(--rh-space-4);
      }
      fieldset {
        min-width: 0;
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-2) var(--rh-space-5);
      }
      legend {
        font-weight: 600;
      }
      label.check {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        font-weight: 400;
        min-height: 44px;
      }
      label.check input {
        width: 20px;
        min-height: 20px;
        height: 20px;
      }
      .filters {
        margin-bottom: var(--rh-space-4);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-2);
      }
      .actions button {
        min-height: 36px;
        padding: 4px 10px;
        font-size: 0.9rem;
      }
      .notice {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--rh-space-3);
      }
      .inactive {
        color: var(--rh-danger);
        font-weight: 600;
      }
    `,
  ];
}
