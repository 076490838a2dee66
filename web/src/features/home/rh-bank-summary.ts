import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { api, call } from '../../api/client.js';
import { taskView } from '../../components/task-view.js';
import { sharedStyles } from '../../styles/shared-styles.js';

const totalOf = (query: Record<string, string>) =>
  call(api.api.items.$get({ query: { ...query, pageSize: '1' } })).then((p) => p.total);

/** For authors and reviewers: how big the bank is and what waits for them. */
@customElement('rh-bank-summary')
@localized()
export class RhBankSummary extends LitElement {
  private readonly counts = new Task(this, {
    task: async () => {
      const [published, inReview, reported, drafts] = await Promise.all([
        totalOf({ status: 'published' }),
        totalOf({ status: 'in_review' }),
        totalOf({ reported: 'true' }),
        totalOf({ status: 'draft' }),
      ]);
      return { published, inReview, reported, drafts };
    },
    args: () => [],
  });

  override render() {
    return html`<section class="card" aria-labelledby="bank-heading">
      <h2 id="bank-heading">${msg('Question bank')}</h2>
      ${taskView(
        this.counts,
        (c) => html`<ul class="stack">
            <li><a href="/items?status=published">${msg(str`${c.published} published items`)}</a></li>
            <li><a href="/items?status=in_review">${msg(str`${c.inReview} waiting for review`)}</a></li>
            <li><a href="/items?reported=true">${msg(str`${c.reported} reported by students`)}</a></li>
            <li><a href="/items?status=draft">${msg(str`${c.drafts} drafts`)}</a></li>
          </ul>
          <p><a class="button" href="/items/new">${msg('Write a new item')}</a></p>`,
      )}
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      ul {
        list-style: none;
        padding: 0;
        margin: 0 0 var(--rh-space-4);
        gap: var(--rh-space-2);
      }
      a {
        font-weight: 600;
      }
      a.button {
        color: #fff;
      }
    `,
  ];
}
