import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { allLocales } from '../generated/locale-codes.js';
import { getLocale, LOCALE_NAMES, type Locale, useLocale } from '../i18n/locale.js';

/** Chooses the interface language; the choice is remembered on this device. */
@customElement('rh-language-switch')
@localized()
export class RhLanguageSwitch extends LitElement {
  override render() {
    return html`<label>
      <span class="visually-hidden">${msg('Language')}</span>
      <select @change=${(e: Event) => useLocale((e.target as HTMLSelectElement).value as Locale)}>
        ${allLocales.map((l) => html`<option value=${l} lang=${l} ?selected=${l === getLocale()}>${LOCALE_NAMES[l]}</option>`)}
      </select>
    </label>`;
  }

  static override styles = css`
    select {
      font: inherit;
      min-height: 40px;
      padding: 4px 8px;
      border-radius: 6px;
      border: 1px solid rgb(255 255 255 / 50%);
      background: var(--rh-brand);
      color: #fff;
    }
    select:focus-visible {
      outline: 3px solid var(--rh-focus);
      outline-offset: 2px;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `;
}
