import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api, call } from '../../api/client.js';
import type { PageChangeEvent } from '../../components/rh-pager.js';
import '../../components/rh-pager.js';
import '../../components/rh-search.js';
import type { SearchEvent } from '../../components/rh-search.js';
import '../../components/rh-status.js';
import { taskView } from '../../components/task-view.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles } from '../../styles/shared-styles.js';

const PAGE_SIZE = 10;

/** One list of organisations (schools or partner enterprises) with search, paging and a create form. */
@customElement('rh-organisation-list')
@localized()
export class RhOrganisationList extends LitElement {
  @property() kind: 'school' | 'enterprise' = 'school';
  @state() private page = 1;
  @state() private q = '';
  @state() private version = 0;
  @state() private error = '';
  @state() private notice = '';

  private endpoint() {
    return this.kind === 'school' ? api.api.schools : api.api.enterprises;
  }

  private readonly list = new Task(this, {
    task: ([page, q], { signal }) =>
      call(
        this.endpoint().$get(
          { query: { page: String(page), pageSize: String(PAGE_SIZE), ...(q ? { q } : {}) } },
          { init: { signal } },
        ),
      ),
    args: () => [this.page, this.q, this.version, this.kind] as const,
  });

  private async create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '').trim();
    this.error = '';
    this.notice = '';
    if (!name) return;
    try {
      await call(this.endpoint().$post({ json: { name } }));
      this.notice = msg(str`${name} was added.`);
      form.reset();
      this.version++;
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  override render() {
    const school = this.kind === 'school';
    const title = school ? msg('Schools') : msg('Partner enterprises');
    return html`<section class="card stack" aria-label=${title}>
      <h2>${title}</h2>
      <form class="row" @submit=${this.create}>
        <label>${school ? msg('New school') : msg('New partner enterprise')}<input name="name" required maxlength="200" /></label>
        <button type="submit">${msg('Add')}</button>
      </form>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.notice ? html`<p class="success" role="status">${this.notice}</p>` : nothing}
      <rh-search .label=${msg('Search')} @rh-search=${(e: SearchEvent) => {
        this.q = e.query;
        this.page = 1;
      }}></rh-search>
      ${taskView(this.list, (p) =>
        p.items.length === 0
          ? html`<rh-status kind="empty" .message=${this.q ? msg('Nothing matches this search.') : msg('None yet.')}></rh-status>`
          : html`<ul>${p.items.map((o) => html`<li>${o.name}</li>`)}</ul>
                <rh-pager .page=${p.page} .pageSize=${p.pageSize} .total=${p.total}
                  @rh-page-change=${(e: PageChangeEvent) => {
                    this.page = e.page;
                  }}></rh-pager>`,
      )}
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      h2 {
        margin: 0;
      }
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        padding: var(--rh-space-2) 0;
        border-top: 1px solid var(--rh-line);
      }
    `,
  ];
}

/** Admin: the schools and partner enterprises that cohorts and users belong to. */
@customElement('rh-organisations-page')
@localized()
export class RhOrganisationsPage extends LitElement {
  override render() {
    return html`<h1>${msg('Schools and enterprises')}</h1>
      <div class="grid">
        <rh-organisation-list kind="school"></rh-organisation-list>
        <rh-organisation-list kind="enterprise"></rh-organisation-list>
      </div>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-4);
      }
      @media (min-width: 860px) {
        .grid {
          grid-template-columns: 1fr 1fr;
          align-items: start;
        }
      }
    `,
  ];
}
