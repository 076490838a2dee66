import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { sharedStyles } from '../styles/shared-styles.js';

/** Fired with the trimmed query, as the user types (debounced) and at once on Enter. */
export class SearchEvent extends Event {
  static readonly type = 'rh-search';
  constructor(readonly query: string) {
    super(SearchEvent.type, { bubbles: true, composed: true });
  }
}

const DEBOUNCE_MS = 250;

/** A labelled search box shared by every searchable list. */
@customElement('rh-search')
export class RhSearch extends LitElement {
  @property() label = '';
  @property() placeholder = '';
  /** The query shown in the box (e.g. restored from the URL); typing changes it. */
  @property() value = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private last = '';

  override willUpdate(changed: Map<PropertyKey, unknown>) {
    if (changed.has('value')) this.last = this.value.trim();
  }

  private emit(value: string) {
    clearTimeout(this.timer);
    const q = value.trim();
    if (q === this.last) return;
    this.last = q;
    this.dispatchEvent(new SearchEvent(q));
  }

  override render() {
    return html`<label>${this.label}
      <input type="search" maxlength="200" placeholder=${this.placeholder} .value=${live(this.value)}
        @input=${(e: Event) => {
          const value = (e.target as HTMLInputElement).value;
          clearTimeout(this.timer);
          this.timer = setTimeout(() => this.emit(value), DEBOUNCE_MS);
        }}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter') this.emit((e.target as HTMLInputElement).value);
        }} />
    </label>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];
}
