import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { nextWhy } from '../practice/labels.js';
import type { Progress } from '../practice/practice-api.js';
import { practiceHref } from '../practice/practice-session.js';
import { nextStep } from './next-step.js';
import { progressCardStyles } from './progress-card-styles.js';

/** "Do this next": the one recommended way to practise and why, with the counts of answers, reviews, mistakes, flags. */
@customElement('rh-next-step')
@localized()
export class RhNextStep extends LitElement {
  @property({ attribute: false }) progress: Progress | null = null;

  override render() {
    const progress = this.progress;
    if (!progress) return nothing;
    const { topicTitle, action, href } = nextStep(progress);
    const cert = progress.certificationId;
    return html`<aside class="card next" aria-labelledby="next-heading">
      <h2 id="next-heading">${msg('Do this next')}</h2>
      <p>${nextWhy(progress.next, progress.reviewsDue, progress.mistakes, topicTitle)}</p>
      <a class="button go" href=${href}>${action} <span aria-hidden="true">→</span></a>
      <dl class="numbers">
        <div><dt>${msg('Answers')}</dt><dd data-testid="answers-count">${progress.answers}</dd></div>
        <div><dt>${msg('Reviews due')}</dt><dd>${
          progress.reviewsDue > 0 ? html`<a href=${practiceHref('reviews', { cert })}>${progress.reviewsDue}</a>` : '0'
        }</dd></div>
        <div><dt>${msg('Mistakes')}</dt><dd>${
          progress.mistakes > 0 ? html`<a href=${practiceHref('mistakes', { cert })}>${progress.mistakes}</a>` : '0'
        }</dd></div>
        <div><dt>${msg('Flagged')}</dt><dd>${
          progress.flagged > 0 ? html`<a href=${practiceHref('flagged', { cert })}>${progress.flagged}</a>` : '0'
        }</dd></div>
      </dl>
    </aside>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
      }
      .next {
        display: grid;
        align-content: start;
        gap: var(--rh-space-3);
        border-top: 4px solid var(--rh-accent);
      }
      .next h2,
      .next p {
        margin: 0;
      }
      .go {
        justify-self: start;
        min-height: 52px;
        padding: 12px 24px;
        font-size: 1.05rem;
      }
      .numbers {
        display: grid;
        grid-template-columns: repeat(4, minmax(0, 1fr));
        gap: var(--rh-space-2);
        margin: var(--rh-space-2) 0 0;
        border-top: 1px solid var(--rh-line);
        padding-top: var(--rh-space-3);
      }
      .numbers > div {
        display: flex;
        flex-direction: column;
        justify-content: space-between;
      }
      .numbers dt {
        font-size: 0.8rem;
        font-weight: 600;
        color: var(--rh-ink-soft);
      }
      .numbers dd {
        margin: 0;
        font-size: 1.5rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
    `,
    progressCardStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-next-step': RhNextStep;
  }
}
