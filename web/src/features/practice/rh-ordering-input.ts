import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../components/rh-markdown.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { AnswerDraftEvent } from './answer-draft.js';
import { answerInputStyles } from './answer-input-styles.js';
import { plainText } from './format.js';
import type { LearnerView, Response } from './practice-api.js';

const orderOf = (r: Response | null): string[] => (r && 'order' in r ? r.order : []);

/**
 * The steps of an ordering item, each moved up and down with its buttons (the focus stays on the step moved).
 * Fires {@link AnswerDraftEvent} with the new `order`.
 */
@customElement('rh-ordering-input')
@localized()
export class RhOrderingInput extends LitElement {
  @property({ attribute: false }) view: LearnerView | null = null;
  /** Answered: the moves are gone and, given the key, each step is marked right or wrong. */
  @property({ type: Boolean, reflect: true }) locked = false;
  @property({ attribute: false }) correctResponse: Response | null = null;
  /** The step ids in the order given. */
  @property({ attribute: false }) order: string[] = [];
  /** After moving a step, the button to keep focus on. */
  private refocus: string | null = null;

  protected override updated(_changed: PropertyValues<this>) {
    if (this.refocus) {
      this.renderRoot.querySelector<HTMLButtonElement>(`button[data-move="${this.refocus}"]`)?.focus();
      this.refocus = null;
    }
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
    this.dispatchEvent(new AnswerDraftEvent({ order: next }));
  }

  override render() {
    const v = this.view;
    if (!v) return nothing;
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

  static override styles = [
    sharedStyles,
    answerInputStyles,
    css`
      :host {
        display: grid;
        gap: var(--rh-space-3);
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
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-ordering-input': RhOrderingInput;
  }
}
