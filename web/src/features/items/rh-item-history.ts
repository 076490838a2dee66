import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ItemDetail } from '../../../../server/contract/index.js';
import { api, call } from '../../api/client.js';
import '../../components/rh-status.js';
import { taskView } from '../../components/task-view.js';
import { errorMessage } from '../../i18n/error-message.js';
import { getLocale } from '../../i18n/locale.js';
import { sharedStyles } from '../../styles/shared-styles.js';

type DiffLine = { op: 'same' | 'added' | 'removed'; text: string };
/** A diff shown in blocks: changed lines, and runs of unchanged lines that fold away when long. */
type Block = { kind: 'lines'; lines: DiffLine[] } | { kind: 'fold'; lines: DiffLine[]; index: number };

/** Unchanged lines kept visible on each side of a change. */
const CONTEXT = 3;

/** Translated names of what happened to an item. */
const actionLabel = (action: string): string =>
  ({
    created: msg('Created'),
    edited: msg('Edited'),
    submit: msg('Submitted for review'),
    approve: msg('Published'),
    request_changes: msg('Changes requested'),
    retire: msg('Retired'),
    restore: msg('Restored'),
    commented: msg('Commented'),
  })[action] ?? action;

function blocksOf(lines: DiffLine[]): Block[] {
  const blocks: Block[] = [];
  let folds = 0;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && (lines[j]?.op === 'same') === (lines[i]?.op === 'same')) j++;
    const run = lines.slice(i, j);
    const first = i === 0;
    const last = j === lines.length;
    const keepBefore = first ? 0 : CONTEXT;
    const keepAfter = last ? 0 : CONTEXT;
    if (lines[i]?.op === 'same' && run.length > keepBefore + keepAfter + 2) {
      if (keepBefore) blocks.push({ kind: 'lines', lines: run.slice(0, keepBefore) });
      blocks.push({ kind: 'fold', lines: run.slice(keepBefore, run.length - keepAfter), index: folds++ });
      if (keepAfter) blocks.push({ kind: 'lines', lines: run.slice(run.length - keepAfter) });
    } else blocks.push({ kind: 'lines', lines: run });
    i = j;
  }
  return blocks;
}

/**
 * An item's versions with a diff between any two of them, its review timeline, and a comment form.
 * Dispatches `rh-item-changed` (a `CustomEvent<ItemDetail>`, bubbling and composed) after a comment is posted.
 *
 * @example html`<rh-item-history .item=${detail} @rh-item-changed=${(e: CustomEvent<ItemDetail>) => …}></rh-item-history>`
 */
@customElement('rh-item-history')
@localized()
export class RhItemHistory extends LitElement {
  @property({ attribute: false }) item: ItemDetail | null = null;
  @state() private from = 0;
  @state() private to = 0;
  /** Folded runs of unchanged lines the user opened, by their index in the current diff. */
  @state() private unfolded = new Set<number>();
  @state() private posting = false;
  @state() private error = '';
  @state() private notice = '';

  private readonly diff = new Task(this, {
    task: async ([id, from, to], { signal }) =>
      id && from && to && from !== to
        ? call(
            api.api.items[':id'].diff.$get(
              { param: { id }, query: { from: String(from), to: String(to) } },
              { init: { signal } },
            ),
          )
        : null,
    args: () => [this.item?.id ?? '', this.from, this.to] as const,
  });

  override willUpdate(changed: PropertyValues) {
    if (changed.has('item')) {
      const before = changed.get('item') as ItemDetail | null | undefined;
      const item = this.item;
      // A new item or a new version resets the comparison to "previous → current".
      if (item && (before?.id !== item.id || before?.currentVersion !== item.currentVersion)) {
        const versions = item.versions.map((v) => v.version);
        const previous = versions.filter((v) => v < item.currentVersion);
        this.to = item.currentVersion;
        this.from = previous.length ? Math.max(...previous) : item.currentVersion;
      }
    }
    if (changed.has('from') || changed.has('to')) this.unfolded = new Set();
  }

  private async postComment(e: SubmitEvent) {
    e.preventDefault();
    const item = this.item;
    if (!item) return;
    const form = e.target as HTMLFormElement;
    const comment = String(new FormData(form).get('comment') ?? '').trim();
    this.error = '';
    this.notice = '';
    if (!comment) {
      this.error = msg('Write a comment first.');
      return;
    }
    this.posting = true;
    try {
      const updated = await call(api.api.items[':id'].comments.$post({ param: { id: item.id }, json: { comment } }));
      form.reset();
      this.item = updated;
      this.notice = msg('Comment posted.');
      this.dispatchEvent(
        new CustomEvent<ItemDetail>('rh-item-changed', { detail: updated, bubbles: true, composed: true }),
      );
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.posting = false;
    }
  }

  override render() {
    const item = this.item;
    if (!item) return nothing;
    return html`
      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">${msg('Versions')}</h2>
        ${this.renderVersions(item)}
        ${item.versions.length > 1 ? this.renderCompare(item) : nothing}
      </section>
      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">${msg('Activity')}</h2>
        ${this.renderTimeline(item)}
        ${this.renderCommentForm()}
      </section>
    `;
  }

  private when(iso: string, withTime = true) {
    const format = new Intl.DateTimeFormat(getLocale(), {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
    });
    return html`<time datetime=${iso}>${format.format(new Date(iso))}</time>`;
  }

  private renderVersions(item: ItemDetail) {
    const versions = [...item.versions].sort((a, b) => b.version - a.version);
    return html`<div class="table-wrap"><table class="versions cards">
      <caption class="visually-hidden">${msg('Versions of this item')}</caption>
      <thead><tr><th scope="col">${msg('Version')}</th><th scope="col">${msg('Date')}</th><th scope="col">${msg('By')}</th></tr></thead>
      <tbody>${versions.map(
        (v) => html`<tr>
          <td class="version">v${v.version}${
            v.version === item.currentVersion ? html` <span class="badge">${msg('current')}</span>` : nothing
          }</td>
          <td>${this.when(v.createdAt)}</td>
          <td>${v.createdBy ?? html`<span class="muted">${msg('Question-bank files')}</span>`}</td>
        </tr>`,
      )}</tbody>
    </table></div>`;
  }

  private renderCompare(item: ItemDetail) {
    const versions = [...item.versions].sort((a, b) => a.version - b.version);
    const picker = (label: string, value: number, set: (v: number) => void) =>
      html`<label>${label}
        <select @change=${(e: Event) => set(Number((e.target as HTMLSelectElement).value))}>
          ${versions.map((v) => html`<option value=${v.version} .selected=${v.version === value}>v${v.version}</option>`)}
        </select>
      </label>`;
    return html`<div class="compare">
      <h3>${msg('Compare versions')}</h3>
      <div class="row pickers">
        ${picker(msg('From version'), this.from, (v) => {
          this.from = v;
        })}
        ${picker(msg('To version'), this.to, (v) => {
          this.to = v;
        })}
      </div>
      ${
        this.from === this.to
          ? html`<p class="muted">${msg('Pick two different versions to see what changed.')}</p>`
          : taskView(this.diff, (d) => (d ? this.renderDiff(d.lines) : html``))
      }
    </div>`;
  }

  private renderDiff(lines: DiffLine[]) {
    if (!lines.some((l) => l.op !== 'same'))
      return html`<p class="muted">${msg('These two versions have the same content.')}</p>`;
    const line = (l: DiffLine) =>
      html`<div class="line ${l.op}"><span class="sign" aria-hidden="true">${l.op === 'added' ? '+' : l.op === 'removed' ? '−' : ' '}</span>${
        l.op === 'same'
          ? nothing
          : html`<span class="visually-hidden">${l.op === 'added' ? msg('Added:') : msg('Removed:')} </span>`
      }<span class="text">${l.text || ' '}</span></div>`;
    const added = lines.filter((l) => l.op === 'added').length;
    const removed = lines.filter((l) => l.op === 'removed').length;
    return html`
      <p class="diff-summary">
        <span class="plus">${added === 1 ? msg('1 line added') : msg(str`${added} lines added`)}</span>
        <span class="minus">${removed === 1 ? msg('1 line removed') : msg(str`${removed} lines removed`)}</span>
      </p>
      <div class="diff" role="group" aria-label=${msg(str`Changes from v${this.from} to v${this.to}`)}>
        ${blocksOf(lines).map((b) =>
          b.kind === 'lines' || this.unfolded.has(b.index)
            ? b.lines.map(line)
            : html`<button type="button" class="fold" @click=${() => {
                this.unfolded = new Set([...this.unfolded, b.index]);
              }}>${msg(str`Show ${b.lines.length} unchanged lines`)}</button>`,
        )}
      </div>
    `;
  }

  private renderTimeline(item: ItemDetail) {
    if (item.events.length === 0) return html`<p class="muted">${msg('No activity yet.')}</p>`;
    return html`<ol class="timeline">
      ${item.events.map(
        (e) => html`<li class="event ${e.action}">
          <div class="what">
            <strong>${actionLabel(e.action)}</strong>
            <span class="badge">v${e.version}</span>
          </div>
          <div class="who muted">
            ${e.actor ?? msg('Question-bank files')} · ${this.when(e.at)}
          </div>
          ${e.comment ? html`<p class="comment">${e.comment}</p>` : nothing}
        </li>`,
      )}
    </ol>`;
  }

  private renderCommentForm() {
    return html`<form class="comment-form" @submit=${this.postComment}>
      <label>${msg('Add a comment')}
        <textarea name="comment" rows="3" maxlength="2000" required
          placeholder=${msg('A note for the author or the other reviewers')}></textarea>
      </label>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.notice ? html`<p class="success" role="status">${this.notice}</p>` : nothing}
      <div><button type="submit" ?disabled=${this.posting}>${msg('Post comment')}</button></div>
    </form>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-5);
      }
      section {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-3);
      }
      h2,
      h3 {
        margin: 0;
      }
      table.versions {
        max-width: 640px;
      }
      td {
        font-size: 0.92rem;
      }
      td.version {
        font-family: var(--rh-mono);
        white-space: nowrap;
      }
      @media (max-width: 640px) {
        table.versions tr {
          display: flex;
          flex-wrap: wrap;
          align-items: baseline;
          gap: var(--rh-space-1) var(--rh-space-3);
          padding: var(--rh-space-2) 0;
        }
      }
      .compare {
        display: grid;
        gap: var(--rh-space-3);
        margin-top: var(--rh-space-2);
      }
      .pickers > label {
        flex: 0 1 180px;
      }
      .diff-summary {
        display: flex;
        gap: var(--rh-space-4);
        margin: 0;
        font-size: 0.9rem;
        font-weight: 600;
      }
      .plus {
        color: var(--rh-ok);
      }
      .minus {
        color: var(--rh-danger);
      }
      .diff {
        font-family: var(--rh-mono);
        font-size: 0.85rem;
        line-height: 1.5;
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
        background: #fbfcfd;
        padding: var(--rh-space-2) 0;
      }
      .line {
        display: flex;
        padding: 0 var(--rh-space-3) 0 0;
      }
      .sign {
        flex: 0 0 2ch;
        text-align: center;
        user-select: none;
        font-weight: 700;
      }
      .text {
        flex: 1;
        min-width: 0;
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .line.added {
        background: #e3f4e8;
        color: #14532d;
      }
      .line.removed {
        background: #fbe9e8;
        color: #8c1d17;
      }
      .line.same {
        color: var(--rh-ink-soft);
      }
      button.fold {
        display: flex;
        width: 100%;
        min-height: 44px;
        margin: 2px 0;
        border: none;
        border-top: 1px dashed var(--rh-line);
        border-bottom: 1px dashed var(--rh-line);
        border-radius: 0;
        background: var(--rh-brand-soft);
        color: var(--rh-action);
        font-family: var(--rh-font);
        font-size: 0.85rem;
        justify-content: flex-start;
        padding: 4px var(--rh-space-3);
      }
      button.fold:hover {
        background: #d3e3ef;
      }
      .timeline {
        list-style: none;
        margin: 0;
        padding: 0;
        border-left: 2px solid var(--rh-line);
        margin-left: 6px;
      }
      .event {
        position: relative;
        padding: 0 0 var(--rh-space-4) var(--rh-space-4);
      }
      .event::before {
        content: '';
        position: absolute;
        left: -7px;
        top: 6px;
        width: 12px;
        height: 12px;
        border-radius: 50%;
        background: var(--rh-surface);
        border: 2px solid var(--rh-action);
      }
      .event.approve::before,
      .event.restore::before {
        border-color: var(--rh-ok);
        background: var(--rh-ok);
      }
      .event.request_changes::before,
      .event.retire::before {
        border-color: var(--rh-danger);
      }
      .event.commented::before {
        border-color: var(--rh-ink-soft);
      }
      .what {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2);
      }
      .who {
        font-size: 0.88rem;
      }
      .comment {
        margin: var(--rh-space-2) 0 0;
        padding: var(--rh-space-2) var(--rh-space-3);
        background: var(--rh-paper);
        border-radius: var(--rh-radius-small);
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .comment-form {
        display: grid;
        gap: var(--rh-space-3);
        max-width: 640px;
      }
      textarea {
        font: inherit;
        font-weight: 400;
        padding: 9px 12px;
        border: 1px solid #8a99a6;
        border-radius: var(--rh-radius-small);
        width: 100%;
        resize: vertical;
        color: var(--rh-ink);
        background: #fff;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-item-history': RhItemHistory;
  }
}
