import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../styles/shared-styles.js';

/** Fired when the user picks another page. */
export class PageChangeEvent extends Event {
  static readonly type = 'rh-page-change';
  constructor(readonly page: number) {
    super(PageChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** "Previous / page N of M / Next" for any paged list. */
@customElement('rh-pager')
@localized()
export class RhPager extends LitElement {
  @property({ type: Number }) page = 1;
  @property({ type: Number }) pageSize = 20;
  @property({ type: Number }) total = 0;

  override render() {
    const pages = Math.max(1, Math.ceil(this.total / this.pageSize));
    if (pages <= 1) return nothing;
    const go = (p: number) => this.dispatchEvent(new PageChangeEvent(p));
    return html`<nav aria-label=${msg('Pages')}>
      <button class="secondary" ?disabled=${this.page <= 1} @click=${() => go(this.page - 1)}>${msg('Previous')}</button>
      <span aria-live="polite">${msg(str`Page ${this.page} of ${pages}`)}</span>
      <button class="secondary" ?disabled=${this.page >= pages} @click=${() => go(this.page + 1)}>${msg('Next')}</button>
    </nav>`;
  }

  static override styles = [
    sharedStyles,
    css`
      nav {
        display: flex;
        gap: var(--rh-space-3);
        align-items: center;
        justify-content: center;
        margin-top: var(--rh-space-4);
      }
    `,
  ];
}
