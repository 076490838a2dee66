import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Cohort } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';
import type { PageChangeEvent } from '../../components/rh-pager.js';
import '../../components/rh-pager.js';
import '../../components/rh-search.js';
import type { SearchEvent } from '../../components/rh-search.js';
import '../../components/rh-status.js';
import { taskView } from '../../components/task-view.js';
import { cohortRoleLabel } from '../../i18n/labels.js';
import { sharedStyles } from '../../styles/shared-styles.js';

const PAGE_SIZE = 10;

/** A searchable, paged list of the cohorts the viewer can see. */
@customElement('rh-cohort-list')
@localized()
export class RhCohortList extends LitElement {
  /** Bump to reload (after a cohort was created or joined). */
  @property({ type: Number }) version = 0;
  @property() heading = '';
  @property() emptyMessage = '';
  @state() private page = 1;
  @state() private q = '';

  private readonly cohorts = new Task(this, {
    task: ([page, q], { signal }) =>
      call(
        api.api.cohorts.$get(
          { query: { page: String(page), pageSize: String(PAGE_SIZE), ...(q ? { q } : {}) } },
          { init: { signal } },
        ),
      ),
    args: () => [this.page, this.q, this.version] as const,
  });

  private search(e: SearchEvent) {
    this.q = e.query;
    this.page = 1;
  }

  override render() {
    return html`<section class="card" aria-labelledby="cohorts-heading">
      <div class="head">
        <h2 id="cohorts-heading">${this.heading || msg('My cohorts')}</h2>
        <rh-search class="search" .label=${msg('Search cohorts')} @rh-search=${this.search}></rh-search>
      </div>
      ${taskView(this.cohorts, (p) =>
        p.items.length === 0
          ? html`<rh-status kind="empty" .message=${this.q ? msg('No cohort matches this search.') : this.emptyMessage || msg('No cohorts yet.')}></rh-status>`
          : html`<ul>${p.items.map((c) => this.renderCohort(c))}</ul>
                <rh-pager .page=${p.page} .pageSize=${p.pageSize} .total=${p.total}
                  @rh-page-change=${(e: PageChangeEvent) => {
                    this.page = e.page;
                  }}></rh-pager>`,
      )}
    </section>`;
  }

  private renderCohort(c: Cohort) {
    return html`<li>
      <a href="/cohorts/${c.id}" class="name">${c.name}</a>
      <div class="meta muted">
        ${c.schoolName ? html`<span>${c.schoolName}</span>` : nothing}
        ${c.enterpriseName ? html`<span>${msg(str`Partner: ${c.enterpriseName}`)}</span>` : nothing}
        <span>${msg(str`${c.memberCount} students`)}</span>
      </div>
      <div class="tags">
        ${c.myRole ? html`<span class="badge">${cohortRoleLabel(c.myRole)}</span>` : nothing}
        ${c.joinCode ? html`<span class="muted">${msg('Join code')}</span> <span class="code">${c.joinCode}</span>` : nothing}
      </div>
    </li>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: var(--rh-space-3);
        align-items: center;
        margin-bottom: var(--rh-space-3);
      }
      .head h2 {
        margin: 0;
      }
      .search {
        flex: 1 1 200px;
        max-width: 280px;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        padding: var(--rh-space-3) 0;
        border-top: 1px solid var(--rh-line);
        display: grid;
        gap: var(--rh-space-1);
      }
      .name {
        font-weight: 700;
        font-size: 1.05rem;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-1) var(--rh-space-4);
        font-size: 0.9rem;
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-2);
        align-items: center;
      }
      .code {
        font-size: 1rem;
      }
    `,
  ];
}
