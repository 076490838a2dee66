import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Certification } from '../../../../server/contract/index.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { percent, points, titleOf } from '../practice/format.js';
import type { Progress } from '../practice/practice-api.js';
import { progressCardStyles } from './progress-card-styles.js';
import './rh-interval-bar.js';

type SubjectChance = NonNullable<Progress['passProbability']>['subjects'][number];

/** The chance of passing each exam subject, with its likely range, expected score and pass mark. */
@customElement('rh-subject-chances')
@localized()
export class RhSubjectChances extends LitElement {
  @property({ attribute: false }) subjects: SubjectChance[] = [];
  /** The certification the subjects belong to, for their names and maximum scores. */
  @property({ attribute: false }) certification: Certification | undefined;

  override render() {
    return html`<section class="card subjects" aria-labelledby="subjects-heading">
      <h2 id="subjects-heading">${msg('By exam subject')}</h2>
      <p class="muted small">${msg('Each subject must be passed at the same sitting')}</p>
      <ul>
        ${this.subjects.map((s) => {
          const info = this.certification?.subjects.find((x) => x.id === s.subjectId);
          const name = info ? titleOf(info) : s.subjectId;
          const max = info?.maxScore ?? 100;
          return html`<li>
            <div class="subject-line">
              <span class="subject-name">${name}</span>
              <strong>${percent(s.probability)}</strong>
            </div>
            <rh-interval-bar .value=${s.probability} .low=${s.low} .high=${s.high}></rh-interval-bar>
            <span class="muted small">${msg(str`Expected score ${points(s.expectedScore)} of ${max}; the pass mark is ${points(s.passScore)}.`)}
              ${msg(str`Chance likely ${percent(s.low)}–${percent(s.high)}.`)}</span>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .subjects ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--rh-space-4) var(--rh-space-6);
      }
      @media (min-width: 760px) {
        .subjects ul {
          grid-template-columns: 1fr 1fr;
        }
      }
      .subjects li {
        display: grid;
        gap: var(--rh-space-1);
      }
      .subject-line {
        display: flex;
        justify-content: space-between;
        gap: var(--rh-space-3);
        font-weight: 600;
      }
    `,
    progressCardStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-subject-chances': RhSubjectChances;
  }
}
