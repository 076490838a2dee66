import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Certification, Syllabus } from '../../../../server/contract/index.js';
import { navigate } from '../../app/navigate.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';
import { percent, titleOf } from './format.js';
import { modeDescription, modeLabel } from './labels.js';
import type { PracticeMode, Progress } from './practice-api.js';
import { practiceCardStyles } from './practice-card-styles.js';
import { practiceHref } from './practice-session.js';

/**
 * The chooser of ways to practise: "Practise now" first and biggest, then the other modes with what is due
 * in each, a topic or an exam subject to pick, and the exam goal they are all for.
 */
@customElement('rh-practice-modes')
@localized()
export class RhPracticeModes extends LitElement {
  /** The student's progress, for the counts and the pass chance; null when it could not be read. */
  @property({ attribute: false }) progress: Progress | null = null;
  @property({ attribute: false }) syllabus: Syllabus | null = null;
  @property({ attribute: false }) certifications: Certification[] = [];

  override render() {
    const progress = this.progress;
    const cert = progress?.certificationId ?? null;
    const certification = this.certifications.find((c) => c.id === cert);
    const subjects = certification
      ? certification.subjects
      : [...new Map(this.certifications.flatMap((c) => c.subjects).map((x) => [x.id, x])).values()];
    const count = (n: number | undefined) => (n ? html`<span class="count">${n}</span>` : nothing);
    const link = (mode: PracticeMode, n?: number) =>
      html`<a class="mode card" href=${practiceHref(mode, { cert })}>
        <span class="mode-title">${modeLabel(mode)} ${count(n)}</span>
        <span class="muted">${modeDescription(mode)}</span>
      </a>`;
    const start = (mode: 'topic' | 'subject') => (e: SubmitEvent) => {
      e.preventDefault();
      const value = String(new FormData(e.target as HTMLFormElement).get(mode) ?? '');
      if (value) navigate(practiceHref(mode, { [mode]: value, cert }));
    };
    return html`
      <a class="hero" href=${practiceHref('adaptive', { cert })}>
        <span class="hero-text">
          <span class="hero-title">${modeLabel('adaptive')}</span>
          <span>${modeDescription('adaptive')}</span>
          ${
            progress?.passProbability
              ? html`<span class="hero-meta">${msg(str`Your chance of passing now: ${percent(progress.passProbability.probability)}`)}${
                  certification ? html` · ${titleOf(certification)}` : nothing
                }</span>`
              : nothing
          }
        </span>
        <span class="hero-go" aria-hidden="true">→</span>
      </a>
      <div class="modes">
        ${link('reviews', progress?.reviewsDue)}
        ${link('mistakes', progress?.mistakes)}
        ${link('sprint')}
        ${link('sequential')}
        ${link('flagged', progress?.flagged)}
        <form class="mode card" @submit=${start('topic')}>
          <label><span class="mode-title">${modeLabel('topic')}</span>
            <span class="muted desc">${modeDescription('topic')}</span>
            <select name="topic" required>
              <option value="">${msg('Choose a topic…')}</option>
              ${(this.syllabus?.areas ?? []).map(
                (a) =>
                  html`<optgroup label=${titleOf(a)}>${a.topics.map((t) => html`<option value=${t.id}>${titleOf(t)}</option>`)}</optgroup>`,
              )}
            </select>
          </label>
          <button type="submit" class="secondary">${msg('Start')}</button>
        </form>
        <form class="mode card" @submit=${start('subject')}>
          <label><span class="mode-title">${modeLabel('subject')}</span>
            <span class="muted desc">${modeDescription('subject')}</span>
            <select name="subject" required>
              <option value="">${msg('Choose a subject…')}</option>
              ${subjects.map((x) => html`<option value=${x.id}>${titleOf(x)}</option>`)}
            </select>
          </label>
          <button type="submit" class="secondary">${msg('Start')}</button>
        </form>
      </div>
      <p class="muted small">${
        certification
          ? html`${msg(str`Preparing for: ${titleOf(certification)}.`)} <a href="/progress?goal">${msg('Change your exam goal')}</a>`
          : html`<a href="/progress?goal">${msg('Set your exam goal')}</a>`
      }</p>
    `;
  }

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      .small {
        font-size: 0.9rem;
        margin: 0;
      }
      .hero {
        display: flex;
        align-items: center;
        gap: var(--rh-space-4);
        padding: var(--rh-space-5);
        border-radius: var(--rh-radius);
        background: linear-gradient(135deg, var(--rh-brand) 0%, #1b4c70 100%);
        color: #fff;
        text-decoration: none;
        box-shadow: var(--rh-shadow);
        border-bottom: 4px solid var(--rh-accent);
      }
      .hero:hover .hero-go {
        transform: translateX(4px);
      }
      .hero-text {
        display: grid;
        gap: var(--rh-space-1);
        flex: 1;
      }
      .hero-title {
        font-size: 1.45rem;
        font-weight: 700;
      }
      .hero-meta {
        margin-top: var(--rh-space-2);
        font-weight: 600;
        color: var(--rh-accent);
      }
      .hero-go {
        font-size: 2rem;
        font-weight: 700;
        transition: transform 0.15s;
      }
      .modes {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-3);
      }
      .mode {
        display: grid;
        align-content: start;
        gap: var(--rh-space-2);
        padding: var(--rh-space-4);
        text-decoration: none;
        color: inherit;
      }
      a.mode:hover {
        border-color: var(--rh-action);
      }
      .mode-title {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        font-weight: 700;
        font-size: 1.05rem;
        color: var(--rh-action);
      }
      form.mode .mode-title {
        color: var(--rh-ink);
      }
      .mode label {
        gap: var(--rh-space-2);
      }
      .desc {
        font-weight: 400;
      }
      .mode button {
        justify-self: start;
      }
      .count {
        display: inline-grid;
        place-items: center;
        min-width: 26px;
        height: 26px;
        padding: 0 8px;
        border-radius: 999px;
        background: var(--rh-accent);
        color: var(--rh-ink);
        font-size: 0.85rem;
      }
      @media (min-width: 640px) {
        .modes {
          grid-template-columns: 1fr 1fr;
        }
      }
      @media (max-width: 480px) {
        .hero {
          padding: var(--rh-space-4);
        }
      }
    `,
    practiceCardStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-practice-modes': RhPracticeModes;
  }
}
