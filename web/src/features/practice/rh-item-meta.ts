import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { titleOf } from './format.js';
import { reasonLabel } from './labels.js';
import type { PracticeItem } from './practice-api.js';

/** Fired when the student flags the question on screen, or removes its flag. */
export class FlagToggleEvent extends Event {
  static readonly type = 'rh-flag-toggle';
  constructor() {
    super(FlagToggleEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when the student wants to report a problem with the question on screen. */
export class ReportRequestEvent extends Event {
  static readonly type = 'rh-report-request';
  constructor() {
    super(ReportRequestEvent.type, { bubbles: true, composed: true });
  }
}

/** The line above a question: why it was chosen, its topic, whether it is a safety item, and the flag and report tools. */
@customElement('rh-item-meta')
@localized()
export class RhItemMeta extends LitElement {
  @property({ attribute: false }) item: PracticeItem | null = null;
  @property({ type: Boolean }) flagged = false;
  /** While the flag is being saved. */
  @property({ type: Boolean }) flagBusy = false;

  override render() {
    const item = this.item;
    if (!item) return nothing;
    return html`<div class="meta">
      <span class="labels">
        <span class="chip reason-${item.reason}">${reasonLabel(item.reason)}</span>
        <span class="topic">${titleOf({ title: item.topicTitle, titleZh: item.topicTitleZh })}</span>
        ${item.safety ? html`<span class="chip safety">${msg('Safety')}</span>` : nothing}
      </span>
      <span class="tools">
        <button type="button" class="tool ${this.flagged ? 'on' : ''}" aria-pressed=${this.flagged ? 'true' : 'false'}
          ?disabled=${this.flagBusy} @click=${() => this.dispatchEvent(new FlagToggleEvent())}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M14.4 6 14 4H5v17h2v-7h5.6l.4 2h7V6z"/></svg>
          ${this.flagged ? msg('Flagged') : msg('Flag')}
        </button>
        <button type="button" class="tool" @click=${() => this.dispatchEvent(new ReportRequestEvent())}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z"/></svg>
          ${msg('Report a problem')}
        </button>
      </span>
    </div>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        justify-content: space-between;
        gap: var(--rh-space-2);
        font-size: 0.88rem;
      }
      .labels {
        flex: 1 1 16rem;
        min-width: 0;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2);
        min-height: 40px;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        padding: 2px 10px;
        border-radius: 999px;
        font-weight: 700;
        background: var(--rh-brand-soft);
        color: var(--rh-brand);
      }
      .chip.reason-review {
        background: #e8e4f7;
        color: #3f2d84;
      }
      .chip.reason-mistake {
        background: var(--rh-danger-soft);
        color: var(--rh-danger);
      }
      .chip.reason-flagged {
        background: #fff1c7;
        color: #6b4400;
      }
      .chip.safety {
        background: #fde7cf;
        color: #8a3b00;
      }
      .topic {
        color: var(--rh-ink-soft);
        font-weight: 600;
      }
      .tools {
        flex: none;
        display: flex;
        gap: var(--rh-space-1);
        margin: -4px -8px 0 0;
      }
      button.tool {
        min-height: 40px;
        padding: 4px 10px;
        background: transparent;
        color: var(--rh-ink-soft);
        border-color: transparent;
        font-size: 0.88rem;
      }
      button.tool:hover {
        background: var(--rh-brand-soft);
        color: var(--rh-brand);
      }
      button.tool svg {
        width: 18px;
        height: 18px;
        fill: currentColor;
      }
      button.tool.on {
        color: var(--rh-warn);
        background: #fff1c7;
      }
      @media (max-width: 560px) {
        .tools {
          margin: 0 0 0 -10px;
          width: 100%;
          justify-content: flex-start;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-item-meta': RhItemMeta;
  }
}
