import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import '../../components/rh-markdown.js';
import { toImageSrc } from '../../markdown/url-policy.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { plainText } from './format.js';
import type { LearnerView, Response } from './practice-api.js';

/** Fired whenever the answer changes: the complete response, or null while there is nothing to submit. */
export class ResponseChangeEvent extends Event {
  static readonly type = 'rh-response-change';
  constructor(readonly response: Response | null) {
    super(ResponseChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when the learner wants to submit: Enter in a typed answer here, or the action bar's button and shortcut. */
export class SubmitRequestEvent extends Event {
  static readonly type = 'rh-submit-request';
  constructor() {
    super(SubmitRequestEvent.type, { bubbles: true, composed: true });
  }
}

export const letter = (i: number) => String.fromCharCode(65 + i);

type Point = { x: number; y: number };
const HOTSPOT_STEP = 0.02;

const selectedOf = (r: Response | null): string[] => (r && 'selected' in r ? r.selected : []);
const textOf = (r: Response | null): string | null => (r && 'text' in r ? r.text : null);
const orderOf = (r: Response | null): string[] => (r && 'order' in r ? r.order : []);
const pairsOf = (r: Response | null): Record<string, string> => (r && 'pairs' in r ? r.pairs : {});
const pointOf = (r: Response | null): Point | null => (r && 'point' in r ? r.point : null);

/**
 * An item as a learner answers it, for all eight kinds: choices (radio or checkbox cards with A, B, C…),
 * a typed answer (text or number with its unit), steps to put in order (move up and down), prompts to match,
 * or a place to tap on an image (arrow keys move the marker). Fires {@link ResponseChangeEvent} on every change.
 *
 * Once `locked` with the `correctResponse`, it shows what was right and wrong in place.
 *
 * @example html`<rh-question .view=${item.view} @rh-response-change=${(e) => (this.response = e.response)}></rh-question>`
 */
@customElement('rh-question')
@localized()
export class RhQuestion extends LitElement {
  @property({ attribute: false }) view: LearnerView | null = null;
  /** Answered: inputs are disabled and, given the key, marked right or wrong. */
  @property({ type: Boolean, reflect: true }) locked = false;
  /** A response that earns full marks, shown once locked. */
  @property({ attribute: false }) correctResponse: Response | null = null;
  /** Shown for the stem's `id` (an `aria-labelledby` target for the page). */
  @property() stemId = 'question-stem';

  @state() private selected: string[] = [];
  @state() private text = '';
  @state() private order: string[] = [];
  @state() private pairs: Record<string, string> = {};
  @state() private point: Point | null = null;
  /** The hotspot image's natural size, for the marker layer's coordinates. */
  @state() private imageSize: { w: number; h: number } | null = null;
  /** After moving a step, the button to keep focus on. */
  private refocus: string | null = null;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('view')) {
      this.selected = [];
      this.text = '';
      this.order = (this.view?.steps ?? []).map((s) => s.id);
      this.pairs = {};
      this.point = null;
      this.imageSize = null;
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('view')) this.emit();
    if (this.refocus) {
      this.renderRoot.querySelector<HTMLButtonElement>(`button[data-move="${this.refocus}"]`)?.focus();
      this.refocus = null;
    }
  }

  /** The answer as it stands: a complete response, or null when there is nothing to submit. */
  get value(): Response | null {
    const v = this.view;
    if (!v) return null;
    switch (v.kind) {
      case 'single':
      case 'multiple':
      case 'true_false':
        return this.selected.length > 0 ? { selected: [...this.selected] } : null;
      case 'fill_blank':
      case 'numeric':
        return this.text.trim() !== '' ? { text: this.text.trim() } : null;
      case 'ordering':
        return this.order.length > 0 ? { order: [...this.order] } : null;
      case 'matching':
        return Object.keys(this.pairs).length > 0 ? { pairs: { ...this.pairs } } : null;
      case 'hotspot':
        return this.point ? { point: { ...this.point } } : null;
      default:
        return null;
    }
  }

  private emit() {
    this.dispatchEvent(new ResponseChangeEvent(this.value));
  }

  /**
   * Chooses the option at `index` (0 for A or 1): selects it (single, true/false) or toggles it (multiple).
   * Returns false when this item has no such option or is answered.
   */
  pick(index: number): boolean {
    const v = this.view;
    if (!v || this.locked || !['single', 'multiple', 'true_false'].includes(v.kind)) return false;
    const option = v.options?.[index];
    if (!option) return false;
    this.toggle(option.id);
    const inputs = this.renderRoot.querySelectorAll<HTMLInputElement>('input[name="answer"]');
    [...inputs].find((i) => i.value === option.id)?.focus();
    return true;
  }

  /** Puts the keyboard focus on the first thing to answer with. */
  focusAnswer() {
    this.renderRoot.querySelector<HTMLElement>('input:not([disabled]), select, .hotspot, .steps button')?.focus();
  }

  private toggle(id: string) {
    if (this.view?.kind === 'multiple')
      this.selected = this.selected.includes(id) ? this.selected.filter((s) => s !== id) : [...this.selected, id];
    else this.selected = [id];
    this.emit();
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
    return html`
      <rh-markdown class="stem" id=${this.stemId} .source=${v.stem}></rh-markdown>
      ${this.renderAnswer(v)}
    `;
  }

  private renderAnswer(v: LearnerView): TemplateResult {
    switch (v.kind) {
      case 'single':
      case 'multiple':
      case 'true_false':
        return this.renderChoices(v);
      case 'fill_blank':
      case 'numeric':
        return this.renderTyped(v);
      case 'ordering':
        return this.renderOrdering(v);
      case 'matching':
        return this.renderMatching(v);
      case 'hotspot':
        return this.renderHotspot(v);
    }
  }

  private renderChoices(v: LearnerView) {
    const multiple = v.kind === 'multiple';
    const key = this.locked ? selectedOf(this.correctResponse) : [];
    const marked = this.locked && this.correctResponse !== null;
    return html`<p class="hint" id="hint">${multiple ? msg('Select all that apply.') : msg('Choose one answer.')}</p>
      <div class="choices" role=${multiple ? 'group' : 'radiogroup'} aria-labelledby="${this.stemId} hint">
        ${(v.options ?? []).map((o, i) => {
          const chosen = this.selected.includes(o.id);
          const right = key.includes(o.id);
          const state = !marked ? '' : right ? (chosen ? 'right' : 'missed') : chosen ? 'wrong' : 'other';
          return html`<label class="choice ${chosen ? 'chosen' : ''} ${state}">
            <input type=${multiple ? 'checkbox' : 'radio'} name="answer" value=${o.id}
              .checked=${live(chosen)} ?disabled=${this.locked}
              @change=${() => this.toggle(o.id)} />
            <span class="key" aria-hidden="true">${
              multiple && chosen && !marked
                ? html`<svg viewBox="0 0 24 24"><path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/></svg>`
                : letter(i)
            }</span>
            <rh-markdown class="text" inline .source=${o.text}></rh-markdown>
            ${this.verdict(state)}
          </label>`;
        })}
      </div>`;
  }

  /** The mark on an option after answering, spelled out for screen readers. */
  private verdict(state: string) {
    switch (state) {
      case 'right':
        return html`<span class="verdict ok"><span aria-hidden="true">✓</span> ${msg('Your answer, correct')}</span>`;
      case 'wrong':
        return html`<span class="verdict bad"><span aria-hidden="true">✗</span> ${msg('Your answer, wrong')}</span>`;
      case 'missed':
        return html`<span class="verdict ok"><span aria-hidden="true">✓</span> ${msg('Correct answer')}</span>`;
      default:
        return nothing;
    }
  }

  private renderTyped(v: LearnerView) {
    const numeric = v.kind === 'numeric';
    const key = this.locked ? textOf(this.correctResponse) : null;
    return html`<form class="typed-form" @submit=${(e: Event) => {
      e.preventDefault();
      this.dispatchEvent(new SubmitRequestEvent());
    }}>
      <label class="answer">${msg('Your answer')}
        <span class="typed">
          <input type="text" name="answer" inputmode=${numeric ? 'decimal' : 'text'} autocomplete="off"
            autocapitalize="off" spellcheck="false" enterkeyhint="done" maxlength="500"
            .value=${live(this.text)} ?disabled=${this.locked}
            @input=${(e: InputEvent) => {
              this.text = (e.target as HTMLInputElement).value;
              this.emit();
            }} />
          ${v.unit ? html`<span class="unit">${v.unit}</span>` : nothing}
        </span>
      </label>
    </form>
    ${
      key !== null
        ? html`<p class="key-line"><span class="muted">${msg('Correct answer:')}</span> <strong>${key}${v.unit ? ` ${v.unit}` : ''}</strong></p>`
        : nothing
    }`;
  }

  private move(index: number, by: -1 | 1) {
    const j = index + by;
    if (j < 0 || j >= this.order.length) return;
    const next = [...this.order];
    const [step] = next.splice(index, 1);
    if (step === undefined) return;
    next.splice(j, 0, step);
    this.order = next;
    const edge = (by === -1 && j === 0) || (by === 1 && j === next.length - 1);
    this.refocus = `${step}:${edge ? -by : by}`;
    this.emit();
  }

  private renderOrdering(v: LearnerView) {
    const steps = new Map((v.steps ?? []).map((s) => [s.id, s.text]));
    const key = this.locked ? orderOf(this.correctResponse) : [];
    const marked = key.length > 0;
    const n = this.order.length;
    return html`<p class="hint">${msg('Put the steps in the right order: move each one up or down.')}</p>
      <ol class="steps">
        ${this.order.map((id, i) => {
          const text = steps.get(id) ?? '';
          const state = !marked ? '' : key[i] === id ? 'right' : 'wrong';
          return html`<li class=${state}>
            <span class="pos" aria-hidden="true">${i + 1}</span>
            <rh-markdown class="text" inline .source=${text}></rh-markdown>
            ${
              this.locked
                ? marked
                  ? html`<span class="verdict ${state === 'right' ? 'ok' : 'bad'}"><span aria-hidden="true">${state === 'right' ? '✓' : '✗'}</span>
                      ${state === 'right' ? msg('Right place') : msg(str`Belongs at ${key.indexOf(id) + 1}`)}</span>`
                  : nothing
                : html`<span class="moves">
                    <button type="button" class="secondary icon" data-move="${id}:-1" ?disabled=${i === 0}
                      aria-label=${msg(str`Move up: ${plainText(text)}`)} @click=${() => this.move(i, -1)}>
                      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7.4 15.4 12 10.8l4.6 4.6L18 14l-6-6-6 6z"/></svg>
                    </button>
                    <button type="button" class="secondary icon" data-move="${id}:1" ?disabled=${i === n - 1}
                      aria-label=${msg(str`Move down: ${plainText(text)}`)} @click=${() => this.move(i, 1)}>
                      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z"/></svg>
                    </button>
                  </span>`
            }
          </li>`;
        })}
      </ol>
      ${
        marked && key.some((id, i) => this.order[i] !== id)
          ? html`<div class="key-block"><p class="key-title">${msg('Correct order')}</p>
              <ol class="key-order">${key.map((id) => html`<li><rh-markdown inline .source=${steps.get(id) ?? ''}></rh-markdown></li>`)}</ol></div>`
          : nothing
      }`;
  }

  private renderMatching(v: LearnerView) {
    const answers = v.options ?? [];
    const name = new Map(answers.map((a, i) => [a.id, { letter: letter(i), text: a.text }]));
    const key = this.locked ? pairsOf(this.correctResponse) : {};
    const marked = Object.keys(key).length > 0;
    return html`<p class="hint">${msg('Match each item with an answer. Not every answer is used.')}</p>
      <ul class="answers" aria-label=${msg('Answers to choose from')}>
        ${answers.map((a, i) => html`<li><span class="key small" aria-hidden="true">${letter(i)}</span><rh-markdown inline .source=${a.text}></rh-markdown></li>`)}
      </ul>
      <ol class="prompts">
        ${(v.prompts ?? []).map((p, i) => {
          const chosen = this.pairs[p.id] ?? '';
          const right = key[p.id];
          const state = !marked ? '' : chosen === right ? 'right' : 'wrong';
          const correct = right ? name.get(right) : undefined;
          return html`<li class=${state}>
            <span class="pos" aria-hidden="true">${i + 1}</span>
            <rh-markdown class="text" inline .source=${p.text}></rh-markdown>
            <select aria-label=${msg(str`Answer for ${i + 1}: ${plainText(p.text)}`)} ?disabled=${this.locked}
              @change=${(e: Event) => {
                const value = (e.target as HTMLSelectElement).value;
                const next = { ...this.pairs };
                if (value) next[p.id] = value;
                else delete next[p.id];
                this.pairs = next;
                this.emit();
              }}>
              <option value="" ?selected=${chosen === ''}>${msg('Choose…')}</option>
              ${answers.map((a, j) => html`<option value=${a.id} ?selected=${chosen === a.id}>${letter(j)} · ${plainText(a.text)}</option>`)}
            </select>
            ${
              marked
                ? html`<span class="verdict ${state === 'right' ? 'ok' : 'bad'} wide"><span aria-hidden="true">${state === 'right' ? '✓' : '✗'}</span>
                    ${
                      state === 'right'
                        ? msg('Right')
                        : correct
                          ? html`${msg('Correct:')} ${correct.letter} · <rh-markdown inline .source=${correct.text}></rh-markdown>`
                          : msg('Wrong')
                    }</span>`
                : nothing
            }
          </li>`;
        })}
      </ol>`;
  }

  private setPoint(p: Point) {
    this.point = { x: Math.min(1, Math.max(0, p.x)), y: Math.min(1, Math.max(0, p.y)) };
    this.emit();
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

  private renderHotspot(v: LearnerView) {
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
    css`
      :host {
        display: grid;
        gap: var(--rh-space-3);
      }
      .stem {
        font-size: 1.1rem;
        line-height: 1.55;
      }
      .hint {
        margin: 0;
        font-size: 0.9rem;
        color: var(--rh-ink-soft);
      }
      .small {
        font-size: 0.88rem;
      }
      .choices {
        display: grid;
        gap: var(--rh-space-2);
      }
      .choice {
        position: relative;
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: var(--rh-space-2) var(--rh-space-3);
        min-height: 56px;
        padding: var(--rh-space-3) var(--rh-space-4) var(--rh-space-3) var(--rh-space-3);
        font-weight: 400;
        font-size: 1rem;
        background: var(--rh-surface);
        border: 2px solid var(--rh-line);
        border-radius: var(--rh-radius);
        cursor: pointer;
        transition:
          border-color 0.12s,
          background-color 0.12s;
        -webkit-tap-highlight-color: transparent;
      }
      .choice input {
        position: absolute;
        opacity: 0;
        width: 1px;
        height: 1px;
        min-height: 0;
        margin: 0;
        pointer-events: none;
      }
      .choice:hover {
        border-color: #9fb4c4;
      }
      .choice:has(input:focus-visible) {
        outline: 3px solid var(--rh-focus);
        outline-offset: 2px;
      }
      .choice .text {
        flex: 1 1 12rem;
        min-width: 0;
      }
      .key {
        flex: none;
        display: inline-grid;
        place-items: center;
        width: 32px;
        height: 32px;
        border-radius: 50%;
        border: 2px solid #9fb4c4;
        background: var(--rh-surface);
        color: var(--rh-brand);
        font-weight: 700;
        font-size: 0.9rem;
      }
      .key svg {
        width: 18px;
        height: 18px;
        fill: currentColor;
      }
      .key.small {
        width: 26px;
        height: 26px;
        font-size: 0.8rem;
        border-width: 1px;
        background: var(--rh-brand-soft);
        border-color: transparent;
      }
      .choice.chosen {
        border-color: var(--rh-action);
        background: #eef5fc;
      }
      .choice.chosen .key {
        background: var(--rh-action);
        border-color: var(--rh-action);
        color: #fff;
      }
      :host([locked]) .choice {
        cursor: default;
      }
      :host([locked]) .choice:hover {
        border-color: var(--rh-line);
      }
      .choice.other {
        opacity: 0.75;
      }
      .choice.right,
      .choice.missed {
        border-color: var(--rh-ok);
        background: var(--rh-ok-soft);
      }
      .choice.right .key,
      .choice.missed .key {
        background: var(--rh-ok);
        border-color: var(--rh-ok);
        color: #fff;
      }
      .choice.missed {
        border-style: dashed;
        background: var(--rh-surface);
      }
      .choice.missed .key {
        background: var(--rh-surface);
        color: var(--rh-ok);
      }
      .choice.wrong {
        border-color: var(--rh-danger);
        background: var(--rh-danger-soft);
      }
      .choice.wrong .key {
        background: var(--rh-danger);
        border-color: var(--rh-danger);
        color: #fff;
      }
      .verdict {
        font-size: 0.85rem;
        font-weight: 700;
        white-space: nowrap;
      }
      .verdict.wide {
        white-space: normal;
        flex-basis: 100%;
      }
      .verdict.ok {
        color: var(--rh-ok);
      }
      .verdict.bad {
        color: var(--rh-danger);
      }
      .answer {
        font-weight: 600;
      }
      .typed {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
      }
      .typed input {
        max-width: 20rem;
        font-size: 1.1rem;
        min-height: 52px;
      }
      .unit {
        font-weight: 600;
      }
      .key-line {
        margin: 0;
        padding: var(--rh-space-2) var(--rh-space-3);
        background: var(--rh-ok-soft);
        border-radius: var(--rh-radius-small);
        color: var(--rh-ok);
      }
      .key-line .muted {
        color: var(--rh-ok);
      }
      ol,
      ul {
        margin: 0;
      }
      .steps,
      .prompts,
      .answers {
        list-style: none;
        padding: 0;
        display: grid;
        gap: var(--rh-space-2);
      }
      .steps li,
      .prompts li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2) var(--rh-space-3);
        min-height: 56px;
        padding: var(--rh-space-2) var(--rh-space-2) var(--rh-space-2) var(--rh-space-3);
        background: var(--rh-surface);
        border: 2px solid var(--rh-line);
        border-radius: var(--rh-radius);
      }
      .steps li.right,
      .prompts li.right {
        border-color: var(--rh-ok);
        background: var(--rh-ok-soft);
      }
      .steps li.wrong,
      .prompts li.wrong {
        border-color: var(--rh-danger);
        background: var(--rh-danger-soft);
      }
      .steps .text,
      .prompts .text {
        flex: 1 1 10rem;
        min-width: 0;
      }
      .pos {
        flex: none;
        width: 28px;
        height: 28px;
        display: inline-grid;
        place-items: center;
        border-radius: 50%;
        background: var(--rh-brand);
        color: #fff;
        font-weight: 700;
        font-size: 0.85rem;
      }
      .moves {
        display: flex;
        gap: var(--rh-space-1);
        margin-left: auto;
      }
      button.icon {
        width: 44px;
        padding: 0;
      }
      button.icon svg {
        width: 24px;
        height: 24px;
        fill: currentColor;
      }
      button.icon:disabled {
        opacity: 0.35;
        cursor: default;
      }
      .answers li {
        display: flex;
        align-items: baseline;
        gap: var(--rh-space-2);
      }
      .prompts select {
        flex: 1 1 12rem;
        width: auto;
        min-width: 0;
      }
      .key-block {
        padding: var(--rh-space-3);
        background: var(--rh-ok-soft);
        border-radius: var(--rh-radius-small);
      }
      .key-title {
        font-weight: 700;
        margin: 0 0 var(--rh-space-1);
        color: var(--rh-ok);
      }
      .key-order {
        padding-left: 1.5em;
        display: grid;
        gap: var(--rh-space-1);
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
      @media (max-width: 480px) {
        .stem {
          font-size: 1.05rem;
        }
        .choice {
          padding-right: var(--rh-space-3);
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-question': RhQuestion;
  }
}
