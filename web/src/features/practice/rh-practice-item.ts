import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Certification } from '../../../../server/contract/index.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import type { SubmitOutcome } from './answer-queue.js';
import type { AnswerRequest, PracticeItem, Response } from './practice-api.js';
import './rh-feedback.js';
import './rh-item-meta.js';
import './rh-practice-actionbar.js';
import { type Confidence, ConfidenceChangeEvent, NextRequestEvent } from './rh-practice-actionbar.js';
import './rh-question.js';
import { letter, type RhQuestion, SubmitRequestEvent } from './rh-question.js';
import './rh-report-dialog.js';
import type { RhReportDialog } from './rh-report-dialog.js';
import { isControl, isTyping } from './shortcut-targets.js';

/**
 * The question on screen in a practice session: the question card, the feedback once it is answered, the action
 * bar and the report dialog. Keyboard shortcuts fire the same events as the buttons: 1–9 or A–F choose (toggle
 * for multiple choice), S and U set sure or unsure (`rh-confidence-change`), Enter submits (`rh-submit-request`),
 * → (or Enter) goes on (`rh-next-request`). The flag and report tools fire `rh-flag-toggle` and `rh-report-sent`.
 */
@customElement('rh-practice-item')
@localized()
export class RhPracticeItem extends LitElement {
  @property({ attribute: false }) item: PracticeItem | null = null;
  /** The answer given and how it went; null until the question is answered. */
  @property({ attribute: false }) answer: { request: AnswerRequest; outcome: SubmitOutcome } | null = null;
  @property() confidence: Confidence = '';
  /** Whether there is an answer to submit. */
  @property({ type: Boolean }) ready = false;
  @property({ type: Boolean }) submitting = false;
  /** Whether the answer given was the last of a sprint. */
  @property({ type: Boolean }) last = false;
  @property({ type: Boolean }) flagged = false;
  @property({ type: Boolean }) flagBusy = false;
  @property({ attribute: false }) certifications: Certification[] = [];
  /** The pass probability shown after the previous answer, so the feedback can show the change. */
  @property({ attribute: false }) previousPass: number | null = null;
  @query('rh-question') private question?: RhQuestion;
  @query('rh-report-dialog') private reportDialog?: RhReportDialog;

  /** The answer given so far, read from the question itself. */
  get response(): Response | null | undefined {
    return this.question?.value;
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback() {
    window.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  /** Puts the focus on the question, for keyboards and screen readers. */
  async focusQuestion() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.question')?.focus({ preventScroll: true });
  }

  /** Puts the focus on the verdict of the feedback and scrolls to it. */
  async focusFeedback() {
    await this.updateComplete;
    const feedback = this.renderRoot.querySelector('rh-feedback');
    await feedback?.updateComplete;
    const heading = feedback?.renderRoot.querySelector<HTMLElement>('#verdict');
    heading?.focus({ preventScroll: true });
    this.renderRoot.querySelector('rh-feedback')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }

  private onKey = (e: KeyboardEvent) => {
    if (!this.item || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (this.reportDialog?.open) return;
    const target = e.composedPath()[0];
    if (isTyping(target)) return;
    if (!this.answer) {
      if (e.key === 'Enter') {
        if (isControl(target)) return;
        e.preventDefault();
        this.dispatchEvent(new SubmitRequestEvent());
      } else if (/^[1-9]$/.test(e.key)) {
        if (this.question?.pick(Number(e.key) - 1)) e.preventDefault();
      } else if (/^[a-f]$/i.test(e.key)) {
        if (this.question?.pick(e.key.toLowerCase().charCodeAt(0) - 97)) e.preventDefault();
      } else if (e.key === 's' || e.key === 'S') this.dispatchEvent(new ConfidenceChangeEvent('sure'));
      else if (e.key === 'u' || e.key === 'U') this.dispatchEvent(new ConfidenceChangeEvent('unsure'));
    } else if (e.key === 'ArrowRight' || (e.key === 'Enter' && !isControl(target))) {
      e.preventDefault();
      this.dispatchEvent(new NextRequestEvent());
    }
  };

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const answer = this.answer;
    const answered = answer !== null;
    const graded = answer?.outcome.status === 'graded' ? answer.outcome.result : null;
    const correct = (graded?.correctResponse ?? null) as Response | null;
    const choices = ['single', 'multiple', 'true_false'].includes(item.view.kind);
    const n = item.view.options?.length ?? 0;
    return html`
      <article class="card question" tabindex="-1" aria-labelledby="question-stem">
        <rh-item-meta .item=${item} ?flagged=${this.flagged} ?flagBusy=${this.flagBusy}
          @rh-report-request=${() => this.reportDialog?.show()}></rh-item-meta>
        <rh-question .view=${item.view} ?locked=${answered} .correctResponse=${correct}></rh-question>
      </article>
      ${
        answer
          ? html`<rh-feedback .item=${item} .outcome=${answer.outcome} .certifications=${this.certifications}
              .previousPass=${this.previousPass} .confidence=${answer.request.confidence ?? ''}></rh-feedback>`
          : nothing
      }
      <rh-practice-actionbar ?answered=${answered} ?ready=${this.ready} ?submitting=${this.submitting}
        ?last=${this.last} confidence=${this.confidence}></rh-practice-actionbar>
      <p class="shortcuts" aria-hidden="true">${
        answered
          ? msg('Keyboard: → or Enter for the next question.')
          : choices
            ? msg(str`Keyboard: 1–${n} or A–${letter(n - 1)} to choose, S sure, U unsure, Enter to submit.`)
            : msg('Keyboard: S sure, U unsure, Enter to submit.')
      }</p>
      <rh-report-dialog .itemId=${item.id}></rh-report-dialog>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: contents;
      }
      .question {
        display: grid;
        gap: var(--rh-space-4);
      }
      .question:focus {
        outline: none;
      }
      .shortcuts {
        margin: 0;
        font-size: 0.85rem;
        color: var(--rh-ink-soft);
        text-align: center;
      }
      @media (hover: none) and (pointer: coarse), (max-width: 560px) {
        .shortcuts {
          display: none;
        }
      }
      @media (max-width: 480px) {
        .card {
          padding: var(--rh-space-4);
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-practice-item': RhPracticeItem;
  }
}
