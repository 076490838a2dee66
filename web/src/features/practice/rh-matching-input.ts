import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../components/rh-markdown.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { AnswerDraftEvent } from './answer-draft.js';
import { answerInputStyles } from './answer-input-styles.js';
import { plainText } from './format.js';
import { letter } from './option-letter.js';
import type { LearnerView, Response } from './practice-api.js';

const pairsOf = (r: Response | null): Record<string, string> => (r && 'pairs' in r ? r.pairs : {});

/**
 * The prompts of a matching item, each with a list of the answers (A, B, C…) to pick one from.
 * Fires {@link AnswerDraftEvent} with the new `pairs`.
 */
@customElement('rh-matching-input')
@localized()
export class RhMatchingInput extends LitElement {
  @property({ attribute: false }) view: LearnerView | null = null;
  /** Answered: the lists are disabled and, given the key, each prompt is marked right or wrong. */
  @property({ type: Boolean, reflect: true }) locked = false;
  @property({ attribute: false }) correctResponse: Response | null = null;
  /** The answer id chosen for each prompt id. */
  @property({ attribute: false }) pairs: Record<string, string> = {};

  override render() {
    const v = this.view;
    if (!v) return nothing;
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
                this.dispatchEvent(new AnswerDraftEvent({ pairs: next }));
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

  static override styles = [
    sharedStyles,
    answerInputStyles,
    css`
      :host {
        display: grid;
        gap: var(--rh-space-3);
      }
      .key.small {
        width: 26px;
        height: 26px;
        font-size: 0.8rem;
        border-width: 1px;
        background: var(--rh-brand-soft);
        border-color: transparent;
      }
      .answers li {
        display: flex;
        align-items: baseline;
        gap: var(--rh-space-2);
      }
      /* A select is as wide as its longest option unless told otherwise: a percentage width lets it shrink
         with the phone instead of widening the page. */
      .prompts select {
        flex: 1 1 12rem;
        width: 100%;
        min-width: 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-matching-input': RhMatchingInput;
  }
}
