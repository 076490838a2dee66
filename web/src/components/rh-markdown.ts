import { css, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderMarkdown } from '../markdown/render-markdown.js';
import { sharedStyles } from '../styles/shared-styles.js';

/**
 * Untrusted Markdown (item stems, options, explanations) rendered as sanitised rich text: emphasis, lists,
 * tables, code, images from `/api/media/`, links that open in a new tab, and `$…$` formulas shown as code.
 * Raw HTML in the source shows as text. See {@link renderMarkdown} for the exact rules.
 *
 * @example
 * ```ts
 * html`<rh-markdown .source=${item.stem}></rh-markdown>
 *   <label><input type="radio" name="answer" /> <rh-markdown inline .source=${option.text}></rh-markdown></label>`
 * ```
 */
@customElement('rh-markdown')
export class RhMarkdown extends LitElement {
  /** The Markdown source; never trusted. */
  @property({ attribute: false }) source = '';
  /** Inline content only (no paragraphs, lists, tables or headings), laid out inline: for options and labels. */
  @property({ type: Boolean, reflect: true }) inline = false;

  override render() {
    // Only the sanitiser's output ever reaches unsafeHTML.
    return unsafeHTML(renderMarkdown(this.source, { inline: this.inline }));
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        overflow-wrap: break-word;
      }
      :host([inline]) {
        display: inline;
      }
      :host > :last-child {
        margin-bottom: 0;
      }
      p,
      ul,
      ol,
      blockquote,
      pre,
      table {
        margin: 0 0 var(--rh-space-3);
      }
      ul,
      ol {
        padding-left: 1.5em;
      }
      h3,
      h4,
      h5,
      h6 {
        line-height: 1.25;
        margin: var(--rh-space-4) 0 var(--rh-space-2);
        font-size: 1rem;
      }
      h3 {
        font-size: 1.05rem;
      }
      /* Wide tables scroll sideways on phones instead of widening the page. */
      table {
        display: block;
        width: max-content;
        max-width: 100%;
        overflow-x: auto;
      }
      th,
      td {
        border: 1px solid var(--rh-line);
      }
      th[align='center'],
      td[align='center'] {
        text-align: center;
      }
      th[align='right'],
      td[align='right'] {
        text-align: right;
      }
      img {
        max-width: 100%;
        height: auto;
        vertical-align: middle;
      }
      code {
        font-family: var(--rh-mono);
        font-size: 0.92em;
        background: var(--rh-brand-soft);
        padding: 0.1em 0.3em;
        border-radius: var(--rh-radius-small);
      }
      pre {
        overflow-x: auto;
        padding: var(--rh-space-3);
        background: var(--rh-brand-soft);
        border-radius: var(--rh-radius-small);
      }
      pre code {
        padding: 0;
        background: none;
      }
      code.math {
        font-style: italic;
        white-space: nowrap;
      }
      code.math.display {
        display: block;
        width: fit-content;
        max-width: 100%;
        overflow-x: auto;
        margin: var(--rh-space-2) auto;
      }
      blockquote {
        padding-left: var(--rh-space-3);
        border-left: 4px solid var(--rh-line);
        color: var(--rh-ink-soft);
      }
      hr {
        border: none;
        border-top: 1px solid var(--rh-line);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-markdown': RhMarkdown;
  }
}
