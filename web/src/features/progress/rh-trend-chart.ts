import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { percent, shortDay } from '../practice/format.js';

/** One day of the trend: the pass probability at the end of that day, with its 80% interval. */
export type TrendPoint = { day: string; probability: number; low: number; high: number };

const DAY_MS = 86_400_000;
const dayValue = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
};

/** Evenly spread indexes of at most `max` labels over `n` points, always the first and the last. */
export function tickIndexes(n: number, max: number): number[] {
  if (n <= 0) return [];
  if (n <= max) return [...Array(n).keys()];
  const step = (n - 1) / (max - 1);
  return [...new Set([...Array(max).keys()].map((i) => Math.round(i * step)))];
}

/**
 * The pass probability over time as a line inside its 80% band, drawn as plain SVG at the element's own
 * width (so labels stay readable on phones). A sentence summarises the trend, and the same numbers are
 * available as a table for screen readers and anyone who prefers one.
 */
@customElement('rh-trend-chart')
@localized()
export class RhTrendChart extends LitElement {
  @property({ attribute: false }) points: TrendPoint[] = [];
  /** A probability to mark with a dashed line (e.g. the pass probability the student aims for). */
  @property({ type: Number }) target: number | null = null;
  @state() private width = 640;
  private observer: ResizeObserver | null = null;

  override connectedCallback() {
    super.connectedCallback();
    this.observer = new ResizeObserver((entries) => {
      const w = Math.round(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && Math.abs(w - this.width) > 2) this.width = w;
    });
    this.observer.observe(this);
  }

  override disconnectedCallback() {
    this.observer?.disconnect();
    super.disconnectedCallback();
  }

  private summary(): string {
    const pts = this.points;
    const first = pts[0];
    const last = pts.at(-1);
    if (!first || !last) return '';
    if (pts.length === 1)
      return msg(
        str`On ${shortDay(last.day)} your chance of passing was ${percent(last.probability)} (likely ${percent(last.low)}–${percent(last.high)}).`,
      );
    const change = Math.round((last.probability - first.probability) * 100);
    const from = percent(first.probability);
    const to = percent(last.probability);
    const band = `${percent(last.low)}–${percent(last.high)}`;
    if (change > 0)
      return msg(str`Up from ${from} on ${shortDay(first.day)} to ${to} on ${shortDay(last.day)} (likely ${band}).`);
    if (change < 0)
      return msg(str`Down from ${from} on ${shortDay(first.day)} to ${to} on ${shortDay(last.day)} (likely ${band}).`);
    return msg(str`Steady at ${to} from ${shortDay(first.day)} to ${shortDay(last.day)} (likely ${band}).`);
  }

  override render() {
    const pts = this.points;
    if (pts.length === 0)
      return html`<p class="muted empty">${msg('Your trend appears here after your first day of practice.')}</p>`;
    const summary = this.summary();
    return html`
      <figure>
        ${this.renderChart(pts, summary)}
        <figcaption>${summary}</figcaption>
      </figure>
      <details>
        <summary>${msg('Show the numbers as a table')}</summary>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">${msg('Chance of passing by day')}</caption>
            <thead><tr><th scope="col">${msg('Day')}</th><th scope="col">${msg('Chance of passing')}</th><th scope="col">${msg('Likely range (80%)')}</th></tr></thead>
            <tbody>${[...pts]
              .reverse()
              .map(
                (p) =>
                  html`<tr><td>${shortDay(p.day, true)}</td><td>${percent(p.probability)}</td><td>${percent(p.low)}–${percent(p.high)}</td></tr>`,
              )}</tbody>
          </table>
        </div>
      </details>
    `;
  }

  private renderChart(pts: TrendPoint[], summary: string) {
    const W = Math.max(260, this.width);
    const H = W < 480 ? 190 : 250;
    const m = { left: 42, right: 14, top: 12, bottom: 30 };
    const iw = W - m.left - m.right;
    const ih = H - m.top - m.bottom;
    const t0 = dayValue(pts[0]?.day ?? '');
    const t1 = dayValue(pts.at(-1)?.day ?? '');
    const span = Math.max(DAY_MS, t1 - t0);
    const x = (day: string) => (pts.length === 1 ? m.left + iw / 2 : m.left + ((dayValue(day) - t0) / span) * iw);
    const y = (p: number) => m.top + (1 - Math.min(1, Math.max(0, p))) * ih;
    const f = (n: number) => n.toFixed(1);
    const line = pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(x(p.day))},${f(y(p.probability))}`).join(' ');
    const band =
      pts.length === 1
        ? (() => {
            const p = pts[0] as TrendPoint;
            const cx = x(p.day);
            return `M${f(cx - 10)},${f(y(p.high))} H${f(cx + 10)} V${f(y(p.low))} H${f(cx - 10)} Z`;
          })()
        : `${pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${f(x(p.day))},${f(y(p.high))}`).join(' ')} ${[...pts]
            .reverse()
            .map((p) => `L${f(x(p.day))},${f(y(p.low))}`)
            .join(' ')} Z`;
    const ticks = tickIndexes(pts.length, W < 480 ? 3 : 6);
    return svg`<svg viewBox="0 0 ${W} ${H}" width=${W} height=${H} role="img" aria-label=${summary}>
      ${[0, 0.25, 0.5, 0.75, 1].map(
        (g) => svg`<line class="grid" x1=${m.left} x2=${W - m.right} y1=${f(y(g))} y2=${f(y(g))}></line>
          <text class="axis" x=${m.left - 6} y=${f(y(g) + 4)} text-anchor="end">${percent(g)}</text>`,
      )}
      ${
        this.target === null
          ? nothing
          : svg`<line class="target" x1=${m.left} x2=${W - m.right} y1=${f(y(this.target))} y2=${f(y(this.target))}></line>`
      }
      <path class="band" d=${band}></path>
      ${pts.length > 1 ? svg`<path class="line" d=${line}></path>` : nothing}
      ${pts.length <= 40 ? pts.map((p) => svg`<circle class="dot" cx=${f(x(p.day))} cy=${f(y(p.probability))} r="4"></circle>`) : nothing}
      ${ticks.map((i) => {
        const p = pts[i] as TrendPoint;
        const anchor = pts.length === 1 ? 'middle' : i === 0 ? 'start' : i === pts.length - 1 ? 'end' : 'middle';
        return svg`<text class="axis" x=${f(x(p.day))} y=${H - 8} text-anchor=${anchor}>${shortDay(p.day)}</text>`;
      })}
    </svg>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-width: 0;
      }
      figure {
        margin: 0;
      }
      svg {
        display: block;
        max-width: 100%;
        height: auto;
      }
      .grid {
        stroke: #e3e8ec;
        stroke-width: 1;
      }
      .axis {
        fill: var(--rh-ink-soft);
        font-size: 12px;
        font-family: var(--rh-font);
      }
      .band {
        fill: #b9cfdf;
        fill-opacity: 0.6;
      }
      .line {
        fill: none;
        stroke: var(--rh-brand);
        stroke-width: 2.5;
        stroke-linejoin: round;
        stroke-linecap: round;
      }
      .dot {
        fill: var(--rh-surface);
        stroke: var(--rh-brand);
        stroke-width: 2;
      }
      .target {
        stroke: var(--rh-ok);
        stroke-width: 1.5;
        stroke-dasharray: 5 4;
      }
      figcaption {
        margin-top: var(--rh-space-2);
        font-size: 0.95rem;
      }
      details {
        margin-top: var(--rh-space-2);
      }
      summary {
        cursor: pointer;
        color: var(--rh-action);
        font-weight: 600;
        font-size: 0.92rem;
        padding: 6px 0;
      }
      table {
        margin-top: var(--rh-space-2);
        font-size: 0.92rem;
      }
      .empty {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-trend-chart': RhTrendChart;
  }
}
