import { localized } from '@lit/localize';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';

@customElement('rh-item-page')
@localized()
export class RhItemPage extends LitElement {
  /** The item id, or 'new' (item page only). */
  @property() itemId = '';

  override render() {
    return html`<h1>item-page</h1>`;
  }

  static override styles = sharedStyles;
}
