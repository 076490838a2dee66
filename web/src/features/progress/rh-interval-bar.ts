import { css, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/** How good a probability is, for colour: at or above `good`, at or above `fair`, or below. */
export type Tone = 'good' | 'fair' | 'poor';
export const toneOf = (p: number, good = 0.8, fair = 0.5): Tone => (p >= good ? 'good' : p >= fair ? 'fair' : 'poor');

const clamp = (x: number) => Math.min(100, Math.max(0, x * 100));

/**
 * A probability on a 0–100% track with its uncertainty band: the band spans `low`–`high`, the tick marks
 * `value`, an optional dashed line marks `target` (a cut score, a goal). Decorative: the caller writes the
 * numbers as text next to it (`label` is read by screen readers when given).
 *
 * @example html`<rh-interval-bar .value=${0.62} .low=${0.5} .high=${0.73} label="Brake tests: 62%"></rh-interval-bar>`
 */
@customElement('rh-interval-bar')
export class RhIntervalBar extends LitElement {
  @property({ type: Number }) value = 0;
  @property({ type: Number }) low = 0;
  @property({ type: Number }) high = 0;
  @property({ type: Number }) target: number | null = null;
  @property() tone: Tone | '' = '';
  @property() label = '';

  override render() {
    const v = clamp(this.value);
    const lo = clamp(Math.min(this.low, this.value));
    const hi = clamp(Math.max(this.high, this.value));
    const tone = this.tone || toneOf(this.value);
    return svg`<svg viewBox="0 0 100 12" preserveAspectRatio="none" class=${tone}
        role=${this.label ? 'img' : 'presentation'} aria-label=${this.label || nothing} aria-hidden=${this.label ? nothing : 'true'}>
      <rect class="track" x="0" y="2" width="100" height="8"></rect>
      <rect class="band" x=${lo} y="2" width=${Math.max(0.8, hi - lo)} height="8"></rect>
      ${this.target === null ? nothing : svg`<line class="target" x1=${clamp(this.target)} x2=${clamp(this.target)} y1="0" y2="12" vector-effect="non-scaling-stroke"></line>`}
      <line class="value" x1=${v} x2=${v} y1="0" y2="12" vector-effect="non-scaling-stroke"></line>
    </svg>`;
  }

  static override styles = css`
    :host {
      display: block;
      min-width: 60px;
    }
    svg {
      display: block;
      width: 100%;
      height: 14px;
      overflow: visible;
    }
    .track {
      fill: #e6ebef;
    }
    .band {
      fill: #b9cfdf;
    }
    .value {
      stroke: var(--rh-brand);
      stroke-width: 4px;
      stroke-linecap: round;
    }
    .target {
      stroke: var(--rh-ink-soft);
      stroke-width: 1.5px;
      stroke-dasharray: 2 2;
    }
    .good .band {
      fill: #a9d8b9;
    }
    .good .value {
      stroke: var(--rh-ok);
    }
    .fair .band {
      fill: #f3d98b;
    }
    .fair .value {
      stroke: var(--rh-warn);
    }
    .poor .band {
      fill: #f0b8b3;
    }
    .poor .value {
      stroke: var(--rh-danger);
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-interval-bar': RhIntervalBar;
  }
}
