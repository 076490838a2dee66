import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Certification } from '../../../../server/contract/index.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { clock } from './format.js';
import { practiceCardStyles } from './practice-card-styles.js';
import { practiceHref } from './practice-session.js';

/** Fired when the student wants to run another sprint. */
export class AnotherSprintEvent extends Event {
  static readonly type = 'rh-another-sprint';
  constructor() {
    super(AnotherSprintEvent.type, { bubbles: true, composed: true });
  }
}

/** The end of a sprint: how many were right, how long it took, and the pace against the exam's. */
@customElement('rh-sprint-summary')
@localized()
export class RhSprintSummary extends LitElement {
  /** Each answer of the sprint: graded right or wrong, or waiting on the device. */
  @property({ attribute: false }) answers: ReadonlyMap<string, 'right' | 'wrong' | 'waiting'> = new Map();
  @property({ type: Number }) elapsedMs = 0;
  /** The certification practised, whose exam sets the pace. */
  @property({ attribute: false }) certification: Certification | undefined;
  /** The certification the sprint was narrowed to, if any, for the link to practise on. */
  @property() cert = '';

  override render() {
    const total = this.answers.size;
    const right = [...this.answers.values()].filter((a) => a === 'right').length;
    const waiting = [...this.answers.values()].filter((a) => a === 'waiting').length;
    const ms = this.elapsedMs;
    const perQuestion = total > 0 ? Math.round(ms / total / 1000) : 0;
    const subjects = this.certification?.subjects ?? [];
    const items = subjects.reduce((n, x) => n + Object.values(x.blueprint.items).reduce((a, b) => a + (b ?? 0), 0), 0);
    const minutes = subjects.reduce((n, x) => n + x.blueprint.durationMinutes, 0);
    const pace = items > 0 ? Math.round((minutes * 60) / items) : 0;
    return html`<section class="card summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">${msg('Sprint finished')}</h2>
      <dl class="numbers">
        <div><dt>${msg('Right')}</dt><dd>${right} / ${total}</dd></div>
        <div><dt>${msg('Time')}</dt><dd>${clock(ms)}</dd></div>
        <div><dt>${msg('Per question')}</dt><dd>${msg(str`${perQuestion} s`)}</dd></div>
      </dl>
      ${
        pace > 0
          ? html`<p>${
              perQuestion <= pace
                ? msg(str`Faster than exam pace (${pace} s a question). Keep your accuracy up at this speed.`)
                : msg(str`Slower than exam pace (${pace} s a question). Sprints help you get faster.`)
            }</p>`
          : nothing
      }
      ${waiting > 0 ? html`<p class="muted">${msg(str`${waiting} of your answers are saved on this device and are graded when you are back online.`)}</p>` : nothing}
      <div class="actions">
        <button @click=${() => this.dispatchEvent(new AnotherSprintEvent())}>${msg('Another sprint')}</button>
        <a class="button secondary" href=${practiceHref('adaptive', { cert: this.cert || null })}>${msg('Practise now')}</a>
        <a class="button secondary" href="/progress">${msg('See your progress')}</a>
      </div>
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: flex-start;
        gap: var(--rh-space-2);
      }
      .numbers {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-4) var(--rh-space-6);
        margin: 0 0 var(--rh-space-4);
      }
      .numbers dt {
        font-size: 0.85rem;
        font-weight: 600;
        color: var(--rh-ink-soft);
      }
      .numbers dd {
        margin: 0;
        font-size: 1.8rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
    `,
    practiceCardStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-sprint-summary': RhSprintSummary;
  }
}
