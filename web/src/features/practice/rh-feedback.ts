import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Certification } from '../../../../server/contract/index.js';
import { ApiError } from '../../api/client.js';
import '../../components/rh-markdown.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import '../progress/rh-interval-bar.js';
import type { SubmitOutcome } from './answer-queue.js';
import { percent, relativeTime, titleOf } from './format.js';
import type { AnswerResult, PracticeItem } from './practice-api.js';

/**
 * What a learner sees right after answering: right or wrong (and how dangerous a confident error on a
 * safety item is), the explanation and references, the topic's mastery and the pass probability now.
 * For an answer saved offline, that it is safe and will be graded later.
 */
@customElement('rh-feedback')
@localized()
export class RhFeedback extends LitElement {
  @property({ attribute: false }) item: PracticeItem | null = null;
  @property({ attribute: false }) outcome: SubmitOutcome | null = null;
  @property({ attribute: false }) certifications: Certification[] = [];
  /** The pass probability before this answer, to show the change. */
  @property({ attribute: false }) previousPass: number | null = null;
  @property() confidence: 'sure' | 'unsure' | '' = '';

  override render() {
    const o = this.outcome;
    if (!o || !this.item) return nothing;
    if (o.status === 'queued')
      return html`<section class="panel saved" role="status" aria-labelledby="verdict">
        <div class="verdict-row">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M19.35 10.04A7.49 7.49 0 0 0 12 4C9.11 4 6.6 5.64 5.35 8.04A5.994 5.994 0 0 0 0 14c0 3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96zM10 17l-3.5-3.5 1.41-1.41L10 14.17l5.18-5.18 1.41 1.41L10 17z"/></svg>
          <h2 id="verdict">${msg('Answer saved on this device')}</h2>
        </div>
        ${
          o.error instanceof ApiError && o.error.code !== 'network'
            ? html`<p>${errorMessage(o.error)}</p>
                <p>${msg('Your answer is kept safely and sent as soon as the server accepts it; then you see whether it was right.')}</p>`
            : html`<p>${msg('The connection dropped, so your answer could not be graded yet. It is kept safely and sent as soon as you are back online; then you see whether it was right.')}</p>`
        }
      </section>`;
    if (o.status === 'rejected')
      return html`<section class="panel rejected" role="alert">
        <h2>${msg('This answer could not be graded')}</h2>
        <p>${errorMessage(o.error)}</p>
      </section>`;
    return this.renderResult(o.result);
  }

  private renderResult(r: AnswerResult) {
    const partial = !r.correct && r.score > 0;
    const tone = r.correct ? 'right' : partial ? 'partial' : 'wrong';
    const heading = r.correct
      ? msg('Correct!')
      : partial
        ? msg(str`Partly right: ${percent(r.score)} of the marks`)
        : msg('Not quite');
    return html`
      <section class="panel ${tone}" aria-labelledby="verdict">
        <div class="verdict-row">
          <span class="badge-icon" aria-hidden="true">${r.correct ? '✓' : partial ? '½' : '✗'}</span>
          <h2 id="verdict" tabindex="-1">${heading}</h2>
        </div>
        ${this.renderVerdictNote(r)}
      </section>
      ${
        r.confidentError
          ? html`<section class="panel danger" role="alert" aria-labelledby="confident-heading">
              <div class="verdict-row">
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z"/></svg>
                <h2 id="confident-heading">${msg('Confident error on a safety rule')}</h2>
              </div>
              <p>${msg('You were sure, and the answer is wrong. On the job this is the dangerous kind of mistake: read the explanation carefully. This question comes back soon, and your teacher sees confident errors on safety items.')}</p>
            </section>`
          : nothing
      }
      <section class="card explain" aria-labelledby="why-heading">
        <h2 id="why-heading">${msg('Explanation')}</h2>
        ${r.explanation.trim() ? html`<rh-markdown .source=${r.explanation}></rh-markdown>` : html`<p class="muted">${msg('No explanation for this question.')}</p>`}
        ${
          r.references.length > 0
            ? html`<h3>${msg('References')}</h3>
              <ul class="refs">${r.references.map((ref) => html`<li><rh-markdown inline .source=${ref}></rh-markdown></li>`)}</ul>`
            : nothing
        }
      </section>
      ${this.renderStanding(r)}
    `;
  }

  private renderVerdictNote(r: AnswerResult) {
    const notes: string[] = [];
    if (r.correct && this.confidence === 'unsure')
      notes.push(msg('You were unsure: it will come back a little sooner to make it stick.'));
    if (!r.correct && this.confidence === 'unsure' && !r.confidentError)
      notes.push(msg('Good that you marked it unsure: this is exactly what to review.'));
    if (!r.correct && r.inMistakes)
      notes.push(
        msg('Added to your mistakes notebook. It leaves only after you recall it correctly on separate days.'),
      );
    const when = relativeTime(r.nextReviewAt);
    return html`${notes.map((n) => html`<p>${n}</p>`)}
      <p class="next-review">${msg(str`Next review of this question: ${when}.`)}</p>`;
  }

  private renderStanding(r: AnswerResult) {
    const item = this.item;
    if (!item) return nothing;
    const m = r.mastery;
    const topic = titleOf({ title: item.topicTitle, titleZh: item.topicTitleZh });
    const pass = r.passProbability;
    const cert = pass ? this.certifications.find((c) => c.id === pass.certificationId) : undefined;
    const delta = pass && this.previousPass !== null ? Math.round((pass.probability - this.previousPass) * 100) : null;
    return html`<section class="card standing" aria-labelledby="standing-heading">
      <h2 id="standing-heading" class="visually-hidden">${msg('Where you stand now')}</h2>
      <div class="stat">
        <p class="label">${msg(str`Mastery of ${topic}`)}</p>
        <p class="figure"><strong>${percent(m.level)}</strong>
          <span class="muted">${msg(str`likely ${percent(m.low)}–${percent(m.high)}`)}</span></p>
        <rh-interval-bar .value=${m.level} .low=${m.low} .high=${m.high}></rh-interval-bar>
        <p class="muted small">${m.answers === 1 ? msg('From 1 answer in this topic.') : msg(str`From ${m.answers} answers in this topic.`)}</p>
      </div>
      ${
        pass
          ? html`<div class="stat">
              <p class="label">${cert ? msg(str`Chance of passing ${titleOf(cert)}`) : msg('Chance of passing')}</p>
              <p class="figure"><strong>${percent(pass.probability)}</strong>
                <span class="muted">${msg(str`likely ${percent(pass.low)}–${percent(pass.high)}`)}</span>
                ${
                  delta !== null && delta !== 0
                    ? html`<span class="delta ${delta > 0 ? 'up' : 'down'}">${delta > 0 ? msg(str`up ${delta} points`) : msg(str`down ${-delta} points`)}</span>`
                    : nothing
                }</p>
              <rh-interval-bar .value=${pass.probability} .low=${pass.low} .high=${pass.high}></rh-interval-bar>
              <p class="muted small"><a href="/progress">${msg('See your progress')}</a></p>
            </div>`
          : html`<div class="stat">
              <p class="label">${msg('Chance of passing')}</p>
              <p class="muted">${msg('Choose the exam you are preparing for to see your chance of passing after each answer.')}
                <a href="/progress?goal">${msg('Set your exam goal')}</a></p>
            </div>`
      }
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        gap: var(--rh-space-3);
      }
      .panel {
        border-radius: var(--rh-radius);
        padding: var(--rh-space-4);
        border: 2px solid;
      }
      .panel p {
        margin: var(--rh-space-2) 0 0;
      }
      .panel h2 {
        margin: 0;
        color: inherit;
        font-size: 1.25rem;
      }
      .panel h2:focus {
        outline: none;
      }
      .verdict-row {
        display: flex;
        align-items: center;
        gap: var(--rh-space-3);
      }
      .badge-icon {
        flex: none;
        display: inline-grid;
        place-items: center;
        width: 36px;
        height: 36px;
        border-radius: 50%;
        color: #fff;
        font-weight: 800;
        font-size: 1.15rem;
      }
      .icon {
        flex: none;
        width: 30px;
        height: 30px;
        fill: currentColor;
      }
      .right {
        background: var(--rh-ok-soft);
        border-color: #9ccdac;
        color: #134a28;
      }
      .right .badge-icon {
        background: var(--rh-ok);
      }
      .partial {
        background: #fff7e0;
        border-color: #e9c46a;
        color: #5c4400;
      }
      .partial .badge-icon {
        background: var(--rh-warn);
      }
      .wrong {
        background: var(--rh-danger-soft);
        border-color: #eab5b1;
        color: #7d1a15;
      }
      .wrong .badge-icon {
        background: var(--rh-danger);
      }
      .danger {
        background: var(--rh-danger);
        border-color: var(--rh-danger);
        color: #fff;
      }
      .saved {
        background: var(--rh-brand-soft);
        border-color: #b9cfdf;
        color: var(--rh-brand);
      }
      .rejected {
        background: var(--rh-danger-soft);
        border-color: #eab5b1;
        color: var(--rh-danger);
      }
      .next-review {
        font-size: 0.9rem;
        opacity: 0.9;
      }
      .card {
        padding: var(--rh-space-4) var(--rh-space-5);
      }
      .explain h3 {
        margin-top: var(--rh-space-4);
        font-size: 0.95rem;
        color: var(--rh-ink-soft);
      }
      .refs {
        margin: 0;
        padding-left: 1.25em;
        display: grid;
        gap: var(--rh-space-1);
        font-size: 0.92rem;
        color: var(--rh-ink-soft);
      }
      .standing {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-4);
      }
      .stat {
        display: grid;
        gap: var(--rh-space-1);
      }
      .stat p {
        margin: 0;
      }
      .label {
        font-weight: 600;
        font-size: 0.92rem;
        color: var(--rh-ink-soft);
      }
      .figure {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--rh-space-1) var(--rh-space-3);
      }
      .figure strong {
        font-size: 1.6rem;
        line-height: 1.1;
        color: var(--rh-ink);
      }
      .delta {
        font-weight: 700;
        font-size: 0.9rem;
        padding: 1px 8px;
        border-radius: 999px;
      }
      .delta.up {
        background: var(--rh-ok-soft);
        color: var(--rh-ok);
      }
      .delta.down {
        background: var(--rh-danger-soft);
        color: var(--rh-danger);
      }
      .small {
        font-size: 0.85rem;
      }
      @media (min-width: 700px) {
        .standing {
          grid-template-columns: 1fr 1fr;
          gap: var(--rh-space-5);
        }
      }
      @media (max-width: 480px) {
        .card {
          padding: var(--rh-space-4);
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-feedback': RhFeedback;
  }
}
