import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { toImageSrc } from '../../markdown/url-policy.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { AnswerDraftEvent, type Point } from './answer-draft.js';
import { answerInputStyles } from './answer-input-styles.js';
import type { LearnerView, Response } from './practice-api.js';

const HOTSPOT_STEP = 0.02;

const pointOf = (r: Response | null): Point | null => (r && 'point' in r ? r.point : null);

/**
 * The image of a hotspot item to tap the right place on; the arrow keys move the marker (Shift for bigger steps).
 * Fires {@link AnswerDraftEvent} with the new `point`.
 */
@customElement('rh-hotspot-input')
@localized()
export class RhHotspotInput extends LitElement {
  @property({ attribute: false }) view: LearnerView | null = null;
  /** Answered: the marker stays put and, given the key, the right place is shown too. */
  @property({ type: Boolean, reflect: true }) locked = false;
  @property({ attribute: false }) correctResponse: Response | null = null;
  /** The place marked, as fractions of the image. */
  @property({ attribute: false }) point: Point | null = null;
  /** The image's natural size, for the marker layer's coordinates. */
  @state() private imageSize: { w: number; h: number } | null = null;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('view')) this.imageSize = null;
  }

  private setPoint(p: Point) {
    this.point = { x: Math.min(1, Math.max(0, p.x)), y: Math.min(1, Math.max(0, p.y)) };
    this.dispatchEvent(new AnswerDraftEvent({ point: this.point }));
  }

  private onImageClick(e: MouseEvent) {
    if (this.locked) return;
    const img = (e.currentTarget as HTMLElement).querySelector('img');
    if (!img) return;
    const r = img.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return;
    this.setPoint({ x: (e.clientX - r.left) / r.width, y: (e.clientY - r.top) / r.height });
  }

  private onImageKey(e: KeyboardEvent) {
    if (this.locked) return;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const d = moves[e.key];
    if (!d) return;
    e.preventDefault();
    e.stopPropagation();
    const step = e.shiftKey ? HOTSPOT_STEP * 5 : HOTSPOT_STEP;
    const p = this.point ?? { x: 0.5, y: 0.5 };
    this.setPoint(this.point ? { x: p.x + d[0] * step, y: p.y + d[1] * step } : p);
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    const src = toImageSrc(v.image ?? '');
    const key = this.locked ? pointOf(this.correctResponse) : null;
    const size = this.imageSize;
    const marker = (p: Point, cls: string) => {
      if (!size) return nothing;
      const r = Math.max(12, Math.min(size.w, size.h) * 0.045, Math.max(size.w, size.h) * 0.018);
      return svg`<g class=${cls}>
        <circle cx=${p.x * size.w} cy=${p.y * size.h} r=${r * 1.5} class="halo"></circle>
        <circle cx=${p.x * size.w} cy=${p.y * size.h} r=${r} class="dot"></circle>
      </g>`;
    };
    const pct = (p: Point) => `${Math.round(p.x * 100)}%, ${Math.round(p.y * 100)}%`;
    return html`<p class="hint" id="hotspot-hint">${msg('Tap the right place on the image. With a keyboard, use the arrow keys to move the marker.')}</p>
      ${
        src
          ? html`<div class="hotspot ${this.locked ? 'locked' : ''}" tabindex=${this.locked ? -1 : 0}
              role="application" aria-roledescription=${msg('image to tap')}
              aria-label=${v.imageAlt ?? ''} aria-describedby="hotspot-hint hotspot-where"
              @click=${this.onImageClick} @keydown=${this.onImageKey}>
              <img src=${src} alt="" draggable="false" @load=${(e: Event) => {
                const img = e.target as HTMLImageElement;
                this.imageSize = { w: img.naturalWidth || 100, h: img.naturalHeight || 100 };
              }} />
              ${
                size
                  ? html`<svg class="layer" viewBox="0 0 ${size.w} ${size.h}" aria-hidden="true">
                      ${key ? marker(key, 'truth') : nothing}
                      ${this.point ? marker(this.point, key ? 'given' : 'mine') : nothing}
                    </svg>`
                  : nothing
              }
            </div>
            <p class="muted small" id="hotspot-where" aria-live="polite">${
              this.point ? msg(str`Marker at ${pct(this.point)} across and down.`) : msg('No place marked yet.')
            }</p>
            ${
              key
                ? html`<p class="legend"><span class="swatch key-swatch" aria-hidden="true"></span>${msg('The right place')}
                    ${this.point ? html`<span class="swatch given-swatch" aria-hidden="true"></span>${msg('Your tap')}` : nothing}</p>`
                : nothing
            }`
          : html`<p class="error">${msg('The image of this question cannot be shown.')}</p>`
      }`;
  }

  static override styles = [
    sharedStyles,
    answerInputStyles,
    css`
      :host {
        display: grid;
        gap: var(--rh-space-3);
      }
      .hotspot {
        position: relative;
        line-height: 0;
        border: 2px solid var(--rh-line);
        border-radius: var(--rh-radius);
        overflow: hidden;
        background: #fff;
        cursor: crosshair;
        touch-action: manipulation;
        max-width: 720px;
      }
      .hotspot.locked {
        cursor: default;
      }
      .hotspot:focus-visible {
        outline: 3px solid var(--rh-focus);
        outline-offset: 2px;
      }
      .hotspot img {
        width: 100%;
        height: auto;
        user-select: none;
      }
      .layer {
        position: absolute;
        inset: 0;
        width: 100%;
        height: 100%;
        pointer-events: none;
      }
      .mine .dot,
      .given .dot {
        fill: var(--rh-action);
        stroke: #fff;
        stroke-width: 3px;
        vector-effect: non-scaling-stroke;
      }
      .mine .halo,
      .given .halo {
        fill: rgb(11 95 165 / 22%);
      }
      .truth .dot {
        fill: none;
        stroke: var(--rh-ok);
        stroke-width: 4px;
        vector-effect: non-scaling-stroke;
      }
      .truth .halo {
        fill: rgb(29 107 58 / 20%);
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2);
        margin: 0;
        font-size: 0.9rem;
      }
      .swatch {
        width: 14px;
        height: 14px;
        border-radius: 50%;
        display: inline-block;
      }
      .key-swatch {
        border: 3px solid var(--rh-ok);
      }
      .given-swatch {
        background: var(--rh-action);
        margin-left: var(--rh-space-3);
      }
      .error {
        margin: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-hotspot-input': RhHotspotInput;
  }
}
