import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { emptyText } from './labels.js';
import type { NextItem } from './practice-api.js';
import { practiceCardStyles } from './practice-card-styles.js';
import { practiceHref, type Session } from './practice-session.js';

/** A way to practise with nothing to practise right now: why, and where to go instead. */
@customElement('rh-practice-empty')
@localized()
export class RhPracticeEmpty extends LitElement {
  @property({ attribute: false }) session: Session | null = null;
  @property() reason: NonNullable<NextItem['emptyReason']> = 'no-items';
  @property({ type: Number }) reviewsDue = 0;

  override render() {
    const s = this.session;
    if (!s) return nothing;
    const reviewsDue = this.reviewsDue;
    const text = emptyText(this.reason);
    const cert = s.cert || null;
    const actions: TemplateResult[] = [];
    if (s.mode !== 'adaptive' && s.mode !== 'sprint')
      actions.push(html`<a class="button" href=${practiceHref('adaptive', { cert })}>${msg('Practise now')}</a>`);
    if (reviewsDue > 0 && s.mode !== 'reviews')
      actions.push(
        html`<a class="button ${actions.length ? 'secondary' : ''}" href=${practiceHref('reviews', { cert })}>${
          reviewsDue === 1 ? msg('Review the 1 due question') : msg(str`Review ${reviewsDue} due questions`)
        }</a>`,
      );
    actions.push(html`<a class="button secondary" href="/practice">${msg('Other ways to practise')}</a>`);
    if (s.mode === 'adaptive' || s.mode === 'sprint')
      actions.push(html`<a class="button secondary" href="/progress">${msg('See your progress')}</a>`);
    return html`<section class="card empty" aria-labelledby="empty-heading">
      <svg class="empty-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/></svg>
      <h2 id="empty-heading">${text.title}</h2>
      <p class="muted">${text.body}</p>
      <div class="actions">${actions}</div>
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .empty {
        display: grid;
        justify-items: center;
        text-align: center;
        gap: var(--rh-space-2);
        padding: var(--rh-space-6) var(--rh-space-5);
      }
      .empty-icon {
        width: 56px;
        height: 56px;
        padding: 12px;
        border-radius: 50%;
        background: var(--rh-ok-soft);
        fill: var(--rh-ok);
      }
      .empty p {
        max-width: 36rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        gap: var(--rh-space-2);
      }
    `,
    practiceCardStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-practice-empty': RhPracticeEmpty;
  }
}
