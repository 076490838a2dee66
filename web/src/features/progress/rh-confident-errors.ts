import { localized, msg } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../components/rh-markdown.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { titleOf } from '../practice/format.js';
import type { Progress } from '../practice/practice-api.js';
import { practiceHref } from '../practice/practice-session.js';
import { progressCardStyles } from './progress-card-styles.js';

/** Safety questions the student was sure of and got wrong: the dangerous kind of error, with a way to practise them. */
@customElement('rh-confident-errors')
@localized()
export class RhConfidentErrors extends LitElement {
  @property({ attribute: false }) errors: Progress['confidentErrors'] = [];
  /** The student's topics, to name the topic of each error. */
  @property({ attribute: false }) topics: Progress['topics'] = [];
  /** The certification the practice link stays within. */
  @property({ attribute: false }) certificationId: string | null = null;

  override render() {
    const errors = this.errors;
    const date = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'medium' });
    const topics = new Map(this.topics.map((t) => [t.topicId, titleOf(t)]));
    return html`<section class="card" aria-labelledby="confident-heading">
      <h2 id="confident-heading">${msg('Confident errors on safety items')}</h2>
      ${
        errors.length === 0
          ? html`<p class="muted">${msg('None. When you are sure of an answer on a safety rule and it is wrong, it shows here: that is the dangerous kind of error.')}</p>`
          : html`<p class="muted small">${msg('You were sure, and wrong, on these safety questions. They come back in your reviews until you know them.')}</p>
            <ul class="errors">${errors.map(
              (e) => html`<li>
                <rh-markdown class="stem" .source=${e.stem}></rh-markdown>
                <span class="muted small">${topics.get(e.topicId) ?? e.topicId} · ${date.format(new Date(e.answeredAt))}</span>
              </li>`,
            )}</ul>
            <a class="button secondary" href=${practiceHref('mistakes', { cert: this.certificationId })}>${msg('Practise your mistakes')}</a>`
      }
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      a.button.secondary {
        background: var(--rh-surface);
        color: var(--rh-action);
        margin-top: var(--rh-space-3);
      }
      .errors {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--rh-space-3);
      }
      .errors li {
        display: grid;
        gap: var(--rh-space-1);
        padding: var(--rh-space-3);
        border-left: 4px solid var(--rh-danger);
        background: var(--rh-danger-soft);
        border-radius: var(--rh-radius-small);
      }
    `,
    progressCardStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-confident-errors': RhConfidentErrors;
  }
}
