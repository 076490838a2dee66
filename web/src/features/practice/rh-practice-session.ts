import { localized, msg } from '@lit/localize';
import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Certification } from '../../../../server/contract/index.js';
import '../../components/rh-status.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';
import type { AnswerQueue } from './answer-queue.js';
import { AnswerSentEvent, type SubmitOutcome } from './answer-queue.js';
import { loadCertifications } from './catalogue.js';
import { answerQueue, onAnswerQueueChange } from './current-queue.js';
import { titleOf } from './format.js';
import { modeLabel } from './labels.js';
import { newId } from './new-id.js';
import {
  type AnswerRequest,
  fetchNextItem,
  itemLang,
  type NextItem,
  type PracticeItem,
  postAnswer,
  type Response,
  setFlag,
} from './practice-api.js';
import { type Session, SPRINT_LENGTH } from './practice-session.js';
import type { Confidence, ConfidenceChangeEvent } from './rh-practice-actionbar.js';
import './rh-practice-empty.js';
import './rh-practice-item.js';
import type { RhPracticeItem } from './rh-practice-item.js';
import type { ResponseChangeEvent } from './rh-question.js';
import './rh-session-head.js';
import './rh-sprint-summary.js';
import { Stopwatch } from './stopwatch.js';

const MAX_ELAPSED_MS = 24 * 3600 * 1000;

type Phase =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'empty'; reason: NonNullable<NextItem['emptyReason']>; reviewsDue: number }
  | { kind: 'question'; item: PracticeItem }
  | { kind: 'feedback'; item: PracticeItem; request: AnswerRequest; outcome: SubmitOutcome }
  | { kind: 'done' };

/**
 * A practice session: one question at a time with immediate feedback, until the mode runs out (or a sprint
 * ends). Built for thumbs (big choices, a sticky action bar) and keyboards (see `rh-practice-item`). Every
 * answer goes through the device's answer queue, so an answer given offline is kept and graded when the
 * connection returns.
 */
@customElement('rh-practice-session')
@localized()
export class RhPracticeSession extends LitElement {
  /** What to practise; a new session starts whenever it changes. */
  @property({ attribute: false }) session: Session | null = null;
  @state() private phase: Phase = { kind: 'loading' };
  @state() private response: Response | null = null;
  @state() private confidence: Confidence = '';
  @state() private submitting = false;
  @state() private flagged = false;
  @state() private flagBusy = false;
  @state() private notice = '';
  @state() private actionError = '';
  @state() private certifications: Certification[] = [];
  /** Each answer of this session by client id: graded right or wrong, or waiting on the device. */
  @state() private answers = new Map<string, 'right' | 'wrong' | 'waiting'>();
  @state() private previousPass: number | null = null;
  @state() private sprintStart = 0;
  @state() private sprintEnd = 0;
  @state() private now = performance.now();
  private stopwatch = new Stopwatch();
  private loading: AbortController | null = null;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private queue: AnswerQueue | null = null;
  private unsubscribe: (() => void) | null = null;
  @query('rh-practice-item') private itemView?: RhPracticeItem;

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('online', this.onOnline);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.unsubscribe = onAnswerQueueChange((q) => this.listenTo(q));
    this.listenTo(answerQueue());
    void loadCertifications().then(
      (c) => {
        this.certifications = c;
      },
      () => {},
    );
  }

  override disconnectedCallback() {
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.unsubscribe?.();
    this.listenTo(null);
    this.loading?.abort();
    clearInterval(this.ticker);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('session') && this.session) this.start();
  }

  private listenTo(queue: AnswerQueue | null) {
    this.queue?.removeEventListener(AnswerSentEvent.type, this.onAnswerSent);
    this.queue = queue;
    queue?.addEventListener(AnswerSentEvent.type, this.onAnswerSent);
  }

  private onVisibility = () => {
    if (document.hidden) this.stopwatch.pause();
    else if (this.phase.kind === 'question') this.stopwatch.resume();
  };

  /** Back online: a question that failed to load is tried again. */
  private onOnline = () => {
    if (this.phase.kind === 'error') void this.load();
  };

  /** An answer saved offline was graded: show its result if it is still on screen, and count it. */
  private onAnswerSent = (e: Event) => {
    const { request, result } = e as AnswerSentEvent;
    const id = request.clientAnswerId;
    if (!this.answers.has(id)) return;
    this.answers = new Map(this.answers).set(id, result.correct ? 'right' : 'wrong');
    const p = this.phase;
    if (p.kind === 'feedback' && p.request.clientAnswerId === id && p.outcome.status === 'queued') {
      this.phase = { ...p, outcome: { status: 'graded', result } };
    }
  };

  /** Starts a new session for the URL's mode. */
  private start() {
    this.answers = new Map();
    this.previousPass = null;
    this.sprintEnd = 0;
    clearInterval(this.ticker);
    if (this.session?.mode === 'sprint') {
      this.sprintStart = performance.now();
      this.now = this.sprintStart;
      this.ticker = setInterval(() => {
        this.now = performance.now();
      }, 1000);
    }
    void this.load();
  }

  private async load() {
    const s = this.session;
    if (!s) return;
    this.loading?.abort();
    const controller = new AbortController();
    this.loading = controller;
    this.phase = { kind: 'loading' };
    this.notice = '';
    this.actionError = '';
    try {
      const res = await fetchNextItem(
        {
          mode: s.mode,
          lang: itemLang(),
          ...(s.cert ? { certificationId: s.cert } : {}),
          ...(s.topic && s.mode === 'topic' ? { topicId: s.topic } : {}),
          ...(s.subject && s.mode === 'subject' ? { subjectId: s.subject } : {}),
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      if (res.item) this.show(res.item);
      else this.phase = { kind: 'empty', reason: res.emptyReason ?? 'no-items', reviewsDue: res.reviewsDue };
    } catch (error) {
      if (controller.signal.aborted) return;
      this.phase = { kind: 'error', error };
    }
  }

  private show(item: PracticeItem) {
    this.phase = { kind: 'question', item };
    this.response = null;
    this.confidence = '';
    this.flagged = item.flagged;
    this.stopwatch = new Stopwatch();
    if (document.hidden) this.stopwatch.pause();
    window.scrollTo({ top: 0 });
    void this.updateComplete.then(() => this.itemView?.focusQuestion());
  }

  private async submit() {
    const p = this.phase;
    const response = this.itemView?.response ?? this.response;
    if (p.kind !== 'question' || !response || this.submitting) return;
    this.stopwatch.pause();
    const s = this.session;
    const request: AnswerRequest = {
      itemId: p.item.id,
      itemVersion: p.item.version,
      response,
      clientAnswerId: newId(),
      elapsedMs: Math.min(this.stopwatch.elapsed(), MAX_ELAPSED_MS),
      answeredAt: new Date().toISOString(),
      lang: itemLang(),
      ...(this.confidence ? { confidence: this.confidence } : {}),
      ...(s ? { mode: s.mode } : {}),
      ...(s?.cert ? { certificationId: s.cert } : {}),
    };
    this.submitting = true;
    this.actionError = '';
    let outcome: SubmitOutcome;
    const queue = answerQueue();
    if (queue) outcome = await queue.submit(request);
    else {
      try {
        outcome = { status: 'graded', result: await postAnswer(request) };
      } catch (error) {
        outcome = { status: 'rejected', error };
      }
    }
    this.submitting = false;
    if (this.phase !== p) return;
    const answers = new Map(this.answers);
    if (outcome.status === 'graded') answers.set(request.clientAnswerId, outcome.result.correct ? 'right' : 'wrong');
    else if (outcome.status === 'queued') answers.set(request.clientAnswerId, 'waiting');
    this.answers = answers;
    this.phase = { kind: 'feedback', item: p.item, request, outcome };
    if (this.session?.mode === 'sprint' && this.answers.size >= SPRINT_LENGTH) this.sprintEnd = performance.now();
    await this.updateComplete;
    await this.itemView?.focusFeedback();
  }

  private next() {
    const p = this.phase;
    // Remember the pass probability shown, so the next answer can show the change.
    if (p.kind === 'feedback' && p.outcome.status === 'graded' && p.outcome.result.passProbability)
      this.previousPass = p.outcome.result.passProbability.probability;
    if (this.session?.mode === 'sprint' && this.answers.size >= SPRINT_LENGTH) {
      clearInterval(this.ticker);
      this.phase = { kind: 'done' };
      window.scrollTo({ top: 0 });
      return;
    }
    void this.load();
  }

  private async toggleFlag(item: PracticeItem) {
    const to = !this.flagged;
    this.flagged = to;
    this.flagBusy = true;
    this.actionError = '';
    try {
      await setFlag(item.id, to);
      this.notice = to ? msg('Flagged. Find it again under “Flagged questions”.') : msg('Flag removed.');
    } catch (e) {
      this.flagged = !to;
      this.actionError = errorMessage(e);
    } finally {
      this.flagBusy = false;
    }
  }

  private sessionTitle(s: Session): string {
    if (s.mode === 'topic' && s.topic) {
      const p = this.phase;
      const t = p.kind === 'question' || p.kind === 'feedback' ? p.item : null;
      if (t && t.topicId === s.topic) return titleOf({ title: t.topicTitle, titleZh: t.topicTitleZh });
    }
    if (s.mode === 'subject' && s.subject) {
      const subject = this.certifications.flatMap((c) => c.subjects).find((x) => x.id === s.subject);
      if (subject) return titleOf(subject);
    }
    return modeLabel(s.mode);
  }

  override render() {
    const s = this.session;
    if (!s) return nothing;
    const answered = this.answers.size;
    const right = [...this.answers.values()].filter((a) => a === 'right').length;
    const sprint = s.mode === 'sprint';
    const elapsed = (this.sprintEnd || this.now) - this.sprintStart;
    const current = Math.min(SPRINT_LENGTH, answered + (this.phase.kind === 'question' ? 1 : 0));
    return html`
      <rh-session-head heading=${this.sessionTitle(s)} .answered=${answered} .right=${right} ?sprint=${sprint}
        .current=${current} .elapsedMs=${elapsed}></rh-session-head>
      ${this.notice ? html`<p class="success" role="status">${this.notice}</p>` : nothing}
      ${this.actionError ? html`<p class="error" role="alert">${this.actionError}</p>` : nothing}
      ${this.renderPhase(s)}
    `;
  }

  private renderPhase(s: Session): TemplateResult {
    const p = this.phase;
    switch (p.kind) {
      case 'loading':
        return html`<div class="card loading" role="status"><span class="spinner" aria-hidden="true"></span>${msg('Finding your next question…')}</div>`;
      case 'error':
        return html`<rh-status kind="error" .error=${p.error} @rh-retry=${() => this.load()}></rh-status>`;
      case 'empty':
        return html`<rh-practice-empty .session=${s} reason=${p.reason} .reviewsDue=${p.reviewsDue}></rh-practice-empty>`;
      case 'done':
        return html`<rh-sprint-summary .answers=${this.answers} .elapsedMs=${(this.sprintEnd || performance.now()) - this.sprintStart}
          .certification=${this.certifications.find((c) => c.id === s.cert) ?? this.certifications[0]} cert=${s.cert}
          @rh-another-sprint=${() => this.start()}></rh-sprint-summary>`;
      case 'question':
      case 'feedback':
        return html`<rh-practice-item .item=${p.item} .answer=${p.kind === 'feedback' ? p : null}
          confidence=${this.confidence} ?ready=${Boolean(this.response)} ?submitting=${this.submitting}
          ?last=${s.mode === 'sprint' && this.answers.size >= SPRINT_LENGTH} ?flagged=${this.flagged}
          ?flagBusy=${this.flagBusy} .certifications=${this.certifications} .previousPass=${this.previousPass}
          @rh-response-change=${(e: ResponseChangeEvent) => {
            this.response = e.response;
          }}
          @rh-confidence-change=${(e: ConfidenceChangeEvent) => {
            this.confidence = e.confidence;
          }}
          @rh-submit-request=${() => this.submit()} @rh-next-request=${() => this.next()}
          @rh-flag-toggle=${() => this.toggleFlag(p.item)} @rh-report-sent=${() => {
            this.notice = msg('Thank you. Your report was sent to the authors of this question.');
          }}></rh-practice-item>`;
    }
  }

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      .loading {
        display: flex;
        align-items: center;
        gap: var(--rh-space-3);
        color: var(--rh-ink-soft);
      }
      .spinner {
        width: 20px;
        height: 20px;
        border-radius: 50%;
        border: 3px solid var(--rh-brand-soft);
        border-top-color: var(--rh-action);
        animation: spin 0.8s linear infinite;
      }
      @keyframes spin {
        to {
          transform: rotate(360deg);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .spinner {
          animation: none;
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
    'rh-practice-session': RhPracticeSession;
  }
}
