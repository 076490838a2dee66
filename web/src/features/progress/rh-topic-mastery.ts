import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Syllabus } from '../../../../server/contract/index.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { percent, titleOf } from '../practice/format.js';
import type { Progress } from '../practice/practice-api.js';
import { practiceHref } from '../practice/practice-session.js';
import { progressCardStyles } from './progress-card-styles.js';
import './rh-interval-bar.js';
import { toneOf } from './rh-interval-bar.js';

type TopicRow = Progress['topics'][number];

/** Mastery of each topic with its likely range, grouped by syllabus area (weak topics first), each a link to practise it. */
@customElement('rh-topic-mastery')
@localized()
export class RhTopicMastery extends LitElement {
  @property({ attribute: false }) topics: TopicRow[] = [];
  @property({ attribute: false }) syllabus: Syllabus | null = null;
  /** The certification practice links stay within. */
  @property({ attribute: false }) certificationId: string | null = null;

  override render() {
    const byArea = new Map<string, TopicRow[]>();
    for (const t of this.topics) byArea.set(t.areaId, [...(byArea.get(t.areaId) ?? []), t]);
    const syllabusAreas = this.syllabus?.areas ?? [];
    const known = new Set(syllabusAreas.map((a) => a.id));
    const areas = [
      ...syllabusAreas.filter((a) => byArea.has(a.id)).map((a) => ({ id: a.id, title: titleOf(a) })),
      ...[...byArea.keys()].filter((id) => !known.has(id)).map((id) => ({ id, title: id })),
    ];
    const cert = this.certificationId;
    return html`<section class="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">${msg('Mastery by topic')}</h2>
      <p class="muted small">${msg('The chance of answering a typical question of the topic right, with its likely range. Weak topics first within each area.')}</p>
      ${
        areas.length === 0
          ? html`<p class="muted">${msg('No topics to show yet.')}</p>`
          : html`<div class="areas">${areas.map((area) => {
              const topics = [...(byArea.get(area.id) ?? [])].sort(
                (a, b) => (a.answers === 0 ? 1 : 0) - (b.answers === 0 ? 1 : 0) || a.level - b.level,
              );
              const practised = topics.filter((t) => t.answers > 0);
              const average = practised.length ? practised.reduce((n, t) => n + t.level, 0) / practised.length : null;
              return html`<details class="area" ?open=${practised.length > 0}>
                <summary>
                  <span class="area-title">${area.title}</span>
                  <span class="area-meta">
                    <span class="muted">${msg(str`${practised.length} of ${topics.length} topics practised`)}</span>
                    ${average === null ? nothing : html`<span class="area-figure ${toneOf(average)}">${percent(average)}</span>`}
                  </span>
                </summary>
                <ul class="topic-list">${topics.map(
                  (t) => html`<li class=${t.answers === 0 ? 'fresh' : ''}>
                    <span class="topic-name">${titleOf(t)}</span>
                    <span class="topic-mastery">${
                      t.answers === 0
                        ? html`<span class="muted">${msg('Not practised yet')}</span>`
                        : html`<span class="mastery-figure"><strong>${percent(t.level)}</strong>
                            <span class="muted">${percent(t.low)}–${percent(t.high)}</span></span>
                          <rh-interval-bar .value=${t.level} .low=${t.low} .high=${t.high}
                            label=${msg(str`${titleOf(t)}: ${percent(t.level)}, likely ${percent(t.low)}–${percent(t.high)}`)}></rh-interval-bar>`
                    }</span>
                    <span class="topic-answers muted">${
                      t.answers === 0 ? nothing : t.answers === 1 ? msg('1 answer') : msg(str`${t.answers} answers`)
                    }</span>
                    <a class="topic-go" href=${practiceHref('topic', { topic: t.topicId, cert })} aria-label=${msg(str`Practise ${titleOf(t)}`)}>${msg('Practise')}</a>
                  </li>`,
                )}</ul>
              </details>`;
            })}</div>`
      }
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .areas {
        display: grid;
        gap: var(--rh-space-2);
      }
      .area {
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
      }
      .area summary {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--rh-space-1) var(--rh-space-3);
        min-height: 48px;
        padding: var(--rh-space-2) var(--rh-space-3);
        cursor: pointer;
        list-style: none;
      }
      .area summary::-webkit-details-marker {
        display: none;
      }
      .area summary::before {
        content: '▸';
        color: var(--rh-ink-soft);
        transition: transform 0.15s;
      }
      .area[open] summary::before {
        transform: rotate(90deg);
      }
      .area[open] summary {
        border-bottom: 1px solid var(--rh-line);
      }
      .area-title {
        flex: 1 1 12rem;
        font-weight: 700;
        color: var(--rh-brand);
      }
      .area-meta {
        display: flex;
        align-items: center;
        gap: var(--rh-space-3);
        font-size: 0.9rem;
      }
      .area-figure {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .area-figure.good {
        color: var(--rh-ok);
      }
      .area-figure.fair {
        color: var(--rh-warn);
      }
      .area-figure.poor {
        color: var(--rh-danger);
      }
      .topic-list {
        list-style: none;
        margin: 0;
        padding: 0 var(--rh-space-3);
      }
      .topic-list li {
        display: grid;
        grid-template-columns: minmax(0, 5fr) minmax(0, 4fr) 6.5rem auto;
        align-items: center;
        gap: var(--rh-space-1) var(--rh-space-4);
        padding: var(--rh-space-2) 0;
        min-height: 48px;
      }
      .topic-list li + li {
        border-top: 1px solid #eef1f4;
      }
      .mastery-figure {
        display: flex;
        gap: var(--rh-space-2);
        align-items: baseline;
        font-size: 0.92rem;
      }
      .topic-answers {
        font-size: 0.88rem;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .topic-go {
        font-weight: 600;
        padding: 8px 0;
      }
      @media (max-width: 640px) {
        .topic-list li {
          grid-template-columns: minmax(0, 1fr) auto;
        }
        .topic-name {
          grid-column: 1 / -1;
          font-weight: 600;
        }
        .topic-mastery {
          grid-column: 1 / -1;
        }
        .topic-answers {
          text-align: left;
        }
        .fresh .topic-name {
          grid-column: 1;
          font-weight: 400;
        }
        .fresh .topic-mastery {
          display: none;
        }
        .fresh .topic-answers {
          display: none;
        }
      }
    `,
    progressCardStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-topic-mastery': RhTopicMastery;
  }
}
