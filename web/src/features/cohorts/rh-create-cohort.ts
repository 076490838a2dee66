import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CohortDetail } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { CohortsChangedEvent } from './cohorts-changed-event.js';

const ALL = { query: { pageSize: '100' } } as const;

/** A teacher creates a cohort, optionally for a partner enterprise, and gets its join code. */
@customElement('rh-create-cohort')
@localized()
export class RhCreateCohort extends LitElement {
  @state() private error = '';
  @state() private created: CohortDetail | null = null;
  @state() private busy = false;

  private readonly options = new Task(this, {
    task: async () => {
      const [schools, enterprises] = await Promise.all([
        call(api.api.schools.$get(ALL)),
        call(api.api.enterprises.$get(ALL)),
      ]);
      return { schools: schools.items, enterprises: enterprises.items };
    },
    args: () => [],
  });

  private async submit(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    this.error = '';
    if (!name) {
      this.error = msg('Give the cohort a name.');
      return;
    }
    this.busy = true;
    try {
      this.created = await call(
        api.api.cohorts.$post({
          json: {
            name,
            schoolId: String(data.get('schoolId') ?? '') || null,
            enterpriseId: String(data.get('enterpriseId') ?? '') || null,
          },
        }),
      );
      form.reset();
      this.dispatchEvent(new CohortsChangedEvent());
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const opts = this.options.value;
    return html`<form class="card stack" @submit=${this.submit} aria-labelledby="create-heading" novalidate>
      <h2 id="create-heading">${msg('Create a cohort')}</h2>
      <label>${msg('Cohort name')}
        <input name="name" maxlength="200" placeholder=${msg('e.g. Locomotive driving, class of 2027')} aria-invalid=${this.error ? 'true' : 'false'} />
      </label>
      <div class="row">
        <label>${msg('School')}
          <select name="schoolId">
            <option value="">${msg('None')}</option>
            ${opts?.schools.map((s) => html`<option value=${s.id}>${s.name}</option>`)}
          </select>
        </label>
        <label>${msg('Partner enterprise')}
          <select name="enterpriseId">
            <option value="">${msg('None')}</option>
            ${opts?.enterprises.map((s) => html`<option value=${s.id}>${s.name}</option>`)}
          </select>
        </label>
      </div>
      ${this.options.error ? html`<p class="error" role="alert">${errorMessage(this.options.error)}</p>` : nothing}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        this.created
          ? html`<p class="success" role="status">
              ${msg('Created. Give your students this join code:')} <span class="code">${this.created.joinCode}</span>
              <a href="/cohorts/${this.created.id}">${msg('Open the cohort')}</a>
            </p>`
          : nothing
      }
      <button type="submit" ?disabled=${this.busy}>${msg('Create cohort')}</button>
    </form>`;
  }

  static override styles = sharedStyles;
}
