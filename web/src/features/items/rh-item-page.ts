import { consume } from '@lit/context';
import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ItemDetail, ItemDraft, ItemSource, User } from '../../../../server/contract/index.js';
import { ApiError, api, call } from '../../api/client.js';
import { navigate } from '../../app/navigate.js';
import { taskView } from '../../components/task-view.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sessionContext } from '../../state/session.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';
import './rh-item-form.js';
import { blankDraft, type DraftChangeEvent } from './rh-item-form.js';
import './rh-item-history.js';
import './rh-item-preview.js';
import { problemsOf } from './rh-item-preview.js';
import './rh-item-reports.js';
import { kindLabel, statusLabel } from './rh-items-page.js';

type ItemAction = ItemDetail['can']['actions'][number];

const actionLabel = (a: ItemAction): string =>
  ({
    submit: msg('Submit for review'),
    approve: msg('Publish'),
    request_changes: msg('Request changes'),
    retire: msg('Retire'),
    restore: msg('Restore'),
  })[a];

const actionNotice = (a: ItemAction): string =>
  ({
    submit: msg('Submitted for review. A teacher will check it and publish it or ask for changes.'),
    approve: msg('Published: students can now be given this item.'),
    request_changes: msg('Sent back to the author with your comment.'),
    retire: msg('Retired: students are no longer given this item.'),
    restore: msg('Restored: the item is published again.'),
  })[a];

/** The authored form of a stored item is the draft plus its id, which the server owns. */
function draftOf(source: ItemSource): ItemDraft {
  const { id: _id, ...draft } = source;
  return draft as ItemDraft;
}

/**
 * One item in the editor: its state and the actions allowed now, the form beside a live student preview,
 * saving (with a guard against overwriting someone else's newer version), and its history and reports.
 * `itemId` 'new' starts a blank draft.
 */
@customElement('rh-item-page')
@localized()
export class RhItemPage extends LitElement {
  /** The item id, or 'new'. */
  @property() itemId = '';
  @consume({ context: sessionContext, subscribe: true }) @state() user: User | null = null;
  @state() private detail: ItemDetail | null = null;
  /** What the form shows; replaced only on load, save and reload (the form owns the editing). */
  @state() private formValue: ItemDraft | null = null;
  /** The draft as it now stands in the form. */
  @state() private draft: ItemDraft | null = null;
  /** The version the draft was loaded from: a save says so, and the server refuses it if that is stale. */
  @state() private baseVersion = 0;
  @state() private dirty = false;
  @state() private busy = false;
  @state() private error = '';
  @state() private problems: string[] = [];
  @state() private conflict = false;
  @state() private notice = '';
  @state() private reloads = 0;
  @query('dialog') private dialog!: HTMLDialogElement;

  private readonly item = new Task(this, {
    task: async ([id, reloads], { signal }) => {
      if (id === 'new' || id === '') return null;
      // Just created here: the page already has it.
      if (this.detail?.id === id && reloads === this.loadedReloads) return this.detail;
      const detail = await call(api.api.items[':id'].$get({ param: { id } }, { init: { signal } }));
      this.loadedReloads = reloads;
      this.adopt(detail);
      return detail;
    },
    args: () => [this.itemId, this.reloads] as const,
  });
  private loadedReloads = 0;

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
    window.addEventListener('click', this.onLinkClick, true);
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback() {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    window.removeEventListener('click', this.onLinkClick, true);
    this.removeEventListener('keydown', this.onKeyDown);
    super.disconnectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('itemId') && this.itemId === 'new') this.startNew();
  }

  private startNew() {
    const roles = this.user?.roles ?? [];
    const topic = new URLSearchParams(location.search).get('topic') ?? '';
    const craftsman = roles.includes('craftsman') && !roles.includes('teacher') && !roles.includes('admin');
    this.detail = null;
    this.formValue = blankDraft('single', { topic, source: craftsman ? 'craftsman' : 'teacher' });
    this.draft = this.formValue;
    this.dirty = false;
    this.clearMessages();
  }

  /** Takes the server's item; the form follows it unless `keepForm` (the author kept typing meanwhile). */
  private adopt(detail: ItemDetail, keepForm = false) {
    this.detail = detail;
    if (keepForm) return;
    this.formValue = draftOf(detail.source);
    this.draft = this.formValue;
    this.baseVersion = detail.currentVersion;
    this.dirty = false;
  }

  private clearMessages() {
    this.error = '';
    this.problems = [];
    this.conflict = false;
    this.notice = '';
  }

  private onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    e.preventDefault();
    e.returnValue = '';
  };

  /** Links inside the app do not unload the page, so they ask here (before `<rh-app>` handles the click). */
  private onLinkClick = (e: MouseEvent) => {
    if (!this.dirty || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const anchor = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!anchor || anchor.target || anchor.origin !== location.origin || anchor.hasAttribute('download')) return;
    if (confirm(msg('You have unsaved changes. Leave this page and lose them?'))) this.dirty = false;
    else {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  private onKeyDown = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void this.save();
    }
  };

  private get canEdit() {
    return this.detail ? this.detail.can.edit : true;
  }

  private async save() {
    const draft = this.draft;
    if (!draft || this.busy || !this.canEdit) return;
    this.busy = true;
    this.clearMessages();
    try {
      if (!this.detail) {
        const created = await call(api.api.items.$post({ json: { source: draft } }));
        this.adopt(created, this.draft !== draft);
        this.baseVersion = created.currentVersion;
        this.notice = msg(str`Saved as ${created.id}. It stays a draft until it is submitted for review.`);
        navigate(`/items/${created.id}`, true);
      } else {
        const id = this.detail.id;
        const saved = await call(
          api.api.items[':id'].$put({ param: { id }, json: { source: draft, baseVersion: this.baseVersion } }),
        );
        const newVersion = saved.currentVersion !== this.baseVersion;
        this.adopt(saved, this.draft !== draft);
        this.baseVersion = saved.currentVersion;
        this.notice = newVersion ? msg(str`Saved as version ${saved.currentVersion}.`) : msg('Saved.');
      }
    } catch (e) {
      if (e instanceof ApiError && e.code === 'conflict') this.conflict = true;
      else {
        this.error = errorMessage(e);
        this.problems = problemsOf(e) ?? [];
      }
    } finally {
      this.busy = false;
    }
  }

  private reload() {
    this.dirty = false;
    this.clearMessages();
    this.reloads++;
  }

  private async act(action: ItemAction, comment?: string) {
    const id = this.detail?.id;
    if (!id || this.busy) return false;
    if (action === 'retire' && !confirm(msg('Retire this item? Students will no longer be given it.'))) return false;
    this.busy = true;
    this.clearMessages();
    try {
      const updated = await call(
        api.api.items[':id'].transitions.$post({ param: { id }, json: { action, ...(comment ? { comment } : {}) } }),
      );
      this.adopt(updated, this.dirty);
      this.notice = actionNotice(action);
      return true;
    } catch (e) {
      this.error = errorMessage(e);
      return false;
    } finally {
      this.busy = false;
    }
  }

  private async requestChanges(e: SubmitEvent) {
    e.preventDefault();
    const comment = String(new FormData(e.target as HTMLFormElement).get('comment') ?? '').trim();
    if (!comment) return;
    if (await this.act('request_changes', comment)) this.dialog.close();
  }

  private onItemChanged(e: CustomEvent<ItemDetail>) {
    this.adopt(e.detail, this.dirty);
  }

  override render() {
    if (this.itemId === 'new') return this.renderEditor();
    return taskView(this.item, () => this.renderEditor());
  }

  private renderEditor() {
    const d = this.detail;
    const draft = this.draft;
    const actions = d?.can.actions ?? [];
    return html`
      <p class="back"><a href="/items">${msg('← Question bank')}</a></p>
      <header class="card head">
        <div class="title">
          <h1 class=${d ? 'id' : ''}>${d ? d.id : msg('New item')}</h1>
          <div class="meta">
            ${
              d
                ? html`<span class="badge status-${d.status}">${statusLabel(d.status)}</span>
                    <span>${msg(str`Version ${d.currentVersion}`)}</span>`
                : html`<span class="badge status-draft">${msg('Not saved yet')}</span>`
            }
            ${draft ? html`<span>${kindLabel(draft.type)}</span>` : nothing}
            <span class="save-state ${this.dirty ? 'unsaved' : ''}" role="status">${
              this.dirty ? msg('Unsaved changes') : d ? msg('All changes saved') : ''
            }</span>
          </div>
        </div>
        <div class="actions">
          ${
            this.canEdit
              ? html`<button type="button" @click=${this.save} ?disabled=${this.busy || (!!d && !this.dirty)}
                  aria-keyshortcuts="Control+S">${this.busy ? msg('Saving…') : msg('Save')}</button>`
              : nothing
          }
          ${actions.map(
            (
              a,
            ) => html`<button type="button" class=${a === 'retire' ? 'danger' : 'secondary'} ?disabled=${this.busy || this.dirty}
              @click=${() => (a === 'request_changes' ? this.dialog.showModal() : this.act(a))}>${actionLabel(a)}</button>`,
          )}
        </div>
        ${
          this.dirty && actions.length > 0
            ? html`<p class="muted hint">${msg('Save your changes before you submit, publish or retire the item.')}</p>`
            : nothing
        }
        ${
          d && !d.can.edit
            ? html`<p class="muted hint">${
                d.status === 'retired'
                  ? msg('A retired item cannot be edited. Restore it first.')
                  : msg('You can read this item but not change it in its current state.')
              }</p>`
            : nothing
        }
      </header>
      ${this.renderMessages()}
      <div class="layout">
        <rh-item-form .value=${this.formValue} .isNew=${!d} .readonly=${!this.canEdit}
          @rh-draft-change=${(e: DraftChangeEvent) => {
            this.draft = e.detail;
            this.dirty = true;
          }}></rh-item-form>
        <rh-item-preview class="preview" .draft=${draft}></rh-item-preview>
      </div>
      ${
        this.canEdit
          ? html`<div class="bottom-save">
              <button type="button" @click=${this.save} ?disabled=${this.busy || (!!d && !this.dirty)}>${this.busy ? msg('Saving…') : msg('Save')}</button>
              <span class="muted">${this.dirty ? msg('Unsaved changes') : nothing}</span>
            </div>`
          : nothing
      }
      ${
        d
          ? html`<div class="extra" @rh-item-changed=${this.onItemChanged}>
              <div class="card"><rh-item-history .item=${d}></rh-item-history></div>
              <div class="card"><rh-item-reports .item=${d}></rh-item-reports></div>
            </div>`
          : nothing
      }
      <dialog aria-labelledby="changes-heading">
        <form class="stack" @submit=${this.requestChanges}>
          <h2 id="changes-heading">${msg('Request changes')}</h2>
          <label>${msg('What should the author change?')}
            <textarea name="comment" rows="5" required maxlength="2000"></textarea>
          </label>
          <div class="row">
            <button type="submit" ?disabled=${this.busy}>${msg('Send back to the author')}</button>
            <button type="button" class="secondary" @click=${() => this.dialog.close()}>${msg('Cancel')}</button>
          </div>
        </form>
      </dialog>
    `;
  }

  private renderMessages() {
    if (this.conflict)
      return html`<div class="error conflict" role="alert">
        <p>${msg('Someone else saved a newer version of this item while you were editing it, so your changes were not saved. Reload to see their version; your unsaved changes here will be lost.')}</p>
        <button type="button" class="secondary" @click=${this.reload}>${msg('Reload')}</button>
      </div>`;
    return html`
      ${
        this.error
          ? html`<div class="error" role="alert">
              <p>${this.error}</p>
              ${this.problems.length > 0 ? html`<ul>${this.problems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
            </div>`
          : nothing
      }
      ${this.notice ? html`<p class="success" role="status">${this.notice}</p>` : nothing}
    `;
  }

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      .back {
        margin: 0;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--rh-space-3) var(--rh-space-4);
        padding: var(--rh-space-4) var(--rh-space-5);
      }
      h1 {
        margin: 0;
        font-size: 1.5rem;
      }
      h1.id {
        font-family: var(--rh-mono);
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-1) var(--rh-space-3);
        margin-top: var(--rh-space-1);
        color: var(--rh-ink-soft);
        font-size: 0.95rem;
      }
      .save-state.unsaved {
        color: var(--rh-warn);
        font-weight: 600;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-2);
      }
      .head .hint {
        flex-basis: 100%;
        margin: 0;
        font-size: 0.9rem;
      }
      .error p {
        margin: 0;
      }
      .error ul {
        margin: var(--rh-space-2) 0 0;
        padding-left: 1.25em;
      }
      .conflict {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--rh-space-3);
      }
      .conflict p {
        flex: 1 1 300px;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-4);
        align-items: start;
      }
      .bottom-save {
        display: flex;
        align-items: center;
        gap: var(--rh-space-3);
      }
      .extra {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-4);
      }
      textarea {
        font: inherit;
        font-weight: 400;
        padding: 9px 12px;
        border: 1px solid #8a99a6;
        border-radius: var(--rh-radius-small);
        width: 100%;
        resize: vertical;
      }
      @media (max-width: 640px) {
        .head {
          padding: var(--rh-space-4);
        }
      }
      @media (min-width: 960px) {
        .layout {
          grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr);
        }
        .preview {
          position: sticky;
          top: var(--rh-space-4);
          max-height: calc(100vh - 2 * var(--rh-space-4));
          overflow-y: auto;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-item-page': RhItemPage;
  }
}
