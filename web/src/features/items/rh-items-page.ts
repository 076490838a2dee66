import { localized } from '@lit/localize';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';

@customElement('rh-items-page')
@localized()
export class RhItemsPage extends LitElement {
  /** The item id, or 'new' (item page only). */
  @property() itemId = '';

  override render() {
    return html`<h1>items-page</h1>`;
  }

  static override styles = sharedStyles;
}
