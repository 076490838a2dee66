import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Certification, Syllabus } from '../../../../server/contract/index.js';
import { ApiError } from '../../api/client.js';
import { navigate } from '../../app/navigate.js';
import '../../components/rh-status.js';
import { taskView } from '../../components/task-view.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';
import type { AnswerQueue } from './answer-queue.js';
import { AnswerSentEvent, type SubmitOutcome } from './answer-queue.js';
import { loadCertifications, loadSyllabus } from './catalogue.js';
import { answerQueue, onAnswerQueueChange } from './current-queue.js';
import { clock, percent, titleOf } from './format.js';
import { emptyText, modeDescription, modeLabel, reasonLabel, reportReasonLabel } from './labels.js';
import {
  type AnswerRequest,
  fetchNextItem,
  fetchProgress,
  itemLang,
  type NextItem,
  PRACTICE_MODES,
  type PracticeItem,
  type PracticeMode,
  type Progress,
  postAnswer,
  REPORT_REASONS,
  type ReportReason,
  type Response,
  reportItem,
  setFlag,
} from './practice-api.js';
import './rh-answer-queue-status.js';
import './rh-feedback.js';
import './rh-question.js';
import { letter, type ResponseChangeEvent, type RhQuestion } from './rh-question.js';
import { Stopwatch } from './stopwatch.js';

/** Questions in a sprint. */
export const SPRINT_LENGTH = 10;
const MAX_ELAPSED_MS = 24 * 3600 * 1000;

type Phase =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'empty'; reason: NonNullable<NextItem['emptyReason']>; reviewsDue: number }
  | { kind: 'question'; item: PracticeItem }
  | { kind: 'feedback'; item: PracticeItem; request: AnswerRequest; outcome: SubmitOutcome }
  | { kind: 'done' };

type Session = { mode: PracticeMode; topic: string; subject: string; cert: string };

/** What the URL asks for: `/practice?mode=topic&topic=brakes.brake-tests&cert=driver-theory`; no mode is the chooser. */
function readSession(search: string): Session | null {
  const p = new URLSearchParams(search);
  const mode = p.get('mode') as PracticeMode | null;
  if (!mode || !(PRACTICE_MODES as readonly string[]).includes(mode)) return null;
  return { mode, topic: p.get('topic') ?? '', subject: p.get('subject') ?? '', cert: p.get('cert') ?? '' };
}

/** The address of a practice session. */
export function practiceHref(
  mode: PracticeMode,
  extra: { topic?: string | null; subject?: string; cert?: string | null } = {},
) {
  const p = new URLSearchParams({ mode });
  if (extra.topic) p.set('topic', extra.topic);
  if (extra.subject) p.set('subject', extra.subject);
  if (extra.cert) p.set('cert', extra.cert);
  return `/practice?${p}`;
}

/** A random v4 UUID, also where `crypto.randomUUID` is missing (pages served over plain HTTP on a LAN). */
function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Keys that mean "I am typing", which shortcuts must leave alone. */
function isTyping(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['radio', 'checkbox', 'button', 'submit'].includes(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Elements that act on Enter themselves. */
const isControl = (target: EventTarget | undefined) =>
  target instanceof HTMLButtonElement ||
  target instanceof HTMLAnchorElement ||
  (target instanceof HTMLElement && target.tagName === 'SUMMARY');

/**
 * Practice: a chooser of ways to practise, then a session of one question at a time with immediate feedback.
 * Built for thumbs (big choices, a sticky action bar) and keyboards: 1–9 or A–F choose (toggle for
 * multiple choice), S and U set sure or unsure, Enter submits, → (or Enter) goes on. Every answer goes
 * through the device's answer queue, so an answer given offline is kept and graded when the connection returns.
 */
@customElement('rh-practice-page')
@localized()
export class RhPracticePage extends LitElement {
  @state() private session: Session | null = readSession(location.search);
  @state() private phase: Phase = { kind: 'loading' };
  @state() private response: Response | null = null;
  @state() private confidence: 'sure' | 'unsure' | '' = '';
  @state() private submitting = false;
  @state() private flagged = false;
  @state() private flagBusy = false;
  @state() private notice = '';
  @state() private actionError = '';
  @state() private reportError = '';
  @state() private reportBusy = false;
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
  @query('rh-question') private question?: RhQuestion;
  @query('dialog') private dialog?: HTMLDialogElement;

  private readonly chooser = new Task(this, {
    task: async ([session]) => {
      if (session) return null;
      const [progress, syllabus, certifications] = await Promise.all([
        fetchProgress().catch((e: unknown) => {
          if (e instanceof ApiError && e.code === 'network') throw e;
          return null;
        }),
        loadSyllabus(),
        loadCertifications(),
      ]);
      return { progress, syllabus, certifications };
    },
    args: () => [this.session] as const,
  });

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('keydown', this.onKey);
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
    if (this.session) this.start();
  }

  override disconnectedCallback() {
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('online', this.onOnline);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.unsubscribe?.();
    this.listenTo(null);
    this.loading?.abort();
    clearInterval(this.ticker);
    super.disconnectedCallback();
  }

  private listenTo(queue: AnswerQueue | null) {
    this.queue?.removeEventListener(AnswerSentEvent.type, this.onAnswerSent);
    this.queue = queue;
    queue?.addEventListener(AnswerSentEvent.type, this.onAnswerSent);
  }

  private onPopState = () => {
    const next = readSession(location.search);
    const same = JSON.stringify(next) === JSON.stringify(this.session);
    if (same) return;
    this.session = next;
    if (next) this.start();
    else {
      this.loading?.abort();
      clearInterval(this.ticker);
    }
  };

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
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.question')?.focus({ preventScroll: true }),
    );
  }

  private async submit() {
    const p = this.phase;
    const response = this.question?.value ?? this.response;
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
    const feedback = this.renderRoot.querySelector('rh-feedback');
    await feedback?.updateComplete;
    const heading = feedback?.renderRoot.querySelector<HTMLElement>('#verdict');
    heading?.focus({ preventScroll: true });
    this.renderRoot.querySelector('rh-feedback')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
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

  private openReport() {
    this.reportError = '';
    const form = this.dialog?.querySelector('form');
    form?.reset();
    this.dialog?.showModal();
  }

  private async sendReport(e: SubmitEvent, item: PracticeItem) {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const reason = String(data.get('reason') ?? '') as ReportReason;
    const comment = String(data.get('comment') ?? '').trim();
    if (!comment) {
      this.reportError = msg('Describe the problem in a few words.');
      return;
    }
    this.reportBusy = true;
    this.reportError = '';
    try {
      await reportItem(item.id, { reason, comment });
      this.dialog?.close();
      this.notice = msg('Thank you. Your report was sent to the authors of this question.');
    } catch (err) {
      this.reportError = errorMessage(err);
    } finally {
      this.reportBusy = false;
    }
  }

  private onKey = (e: KeyboardEvent) => {
    if (!this.session || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
    if (this.dialog?.open) return;
    const target = e.composedPath()[0];
    if (isTyping(target)) return;
    const p = this.phase;
    if (p.kind === 'question') {
      if (e.key === 'Enter') {
        if (isControl(target)) return;
        e.preventDefault();
        void this.submit();
      } else if (/^[1-9]$/.test(e.key)) {
        if (this.question?.pick(Number(e.key) - 1)) e.preventDefault();
      } else if (/^[a-f]$/i.test(e.key)) {
        if (this.question?.pick(e.key.toLowerCase().charCodeAt(0) - 97)) e.preventDefault();
      } else if (e.key === 's' || e.key === 'S') this.confidence = 'sure';
      else if (e.key === 'u' || e.key === 'U') this.confidence = 'unsure';
    } else if (p.kind === 'feedback') {
      if (e.key === 'ArrowRight' || (e.key === 'Enter' && !isControl(target))) {
        e.preventDefault();
        this.next();
      }
    }
  };

  override render() {
    const s = this.session;
    // The device's outbox, in this column rather than the app's (the practice column is narrower).
    return html`<rh-answer-queue-status></rh-answer-queue-status>
      ${s ? this.renderSession(s) : this.renderChooser()}`;
  }

  // —— The chooser ——

  private renderChooser() {
    return html`
      <header class="intro">
        <h1>${msg('Practise')}</h1>
        <p class="muted">${msg('A few questions between classes add up. Pick a way to practise, or let Roundhouse choose.')}</p>
      </header>
      ${taskView(this.chooser, (data) => (data ? this.renderModes(data.progress, data.syllabus, data.certifications) : html``))}
    `;
  }

  private renderModes(progress: Progress | null, syllabus: Syllabus, certifications: Certification[]) {
    const cert = progress?.certificationId ?? null;
    const certification = certifications.find((c) => c.id === cert);
    const subjects = certification
      ? certification.subjects
      : [...new Map(certifications.flatMap((c) => c.subjects).map((x) => [x.id, x])).values()];
    const count = (n: number | undefined) => (n ? html`<span class="count">${n}</span>` : nothing);
    const link = (mode: PracticeMode, n?: number) =>
      html`<a class="mode card" href=${practiceHref(mode, { cert })}>
        <span class="mode-title">${modeLabel(mode)} ${count(n)}</span>
        <span class="muted">${modeDescription(mode)}</span>
      </a>`;
    const start = (mode: 'topic' | 'subject') => (e: SubmitEvent) => {
      e.preventDefault();
      const value = String(new FormData(e.target as HTMLFormElement).get(mode) ?? '');
      if (value) navigate(practiceHref(mode, { [mode]: value, cert }));
    };
    return html`
      <a class="hero" href=${practiceHref('adaptive', { cert })}>
        <span class="hero-text">
          <span class="hero-title">${modeLabel('adaptive')}</span>
          <span>${modeDescription('adaptive')}</span>
          ${
            progress?.passProbability
              ? html`<span class="hero-meta">${msg(str`Your chance of passing now: ${percent(progress.passProbability.probability)}`)}${
                  certification ? html` · ${titleOf(certification)}` : nothing
                }</span>`
              : nothing
          }
        </span>
        <span class="hero-go" aria-hidden="true">→</span>
      </a>
      <div class="modes">
        ${link('reviews', progress?.reviewsDue)}
        ${link('mistakes', progress?.mistakes)}
        ${link('sprint')}
        ${link('sequential')}
        ${link('flagged', progress?.flagged)}
        <form class="mode card" @submit=${start('topic')}>
          <label><span class="mode-title">${modeLabel('topic')}</span>
            <span class="muted desc">${modeDescription('topic')}</span>
            <select name="topic" required>
              <option value="">${msg('Choose a topic…')}</option>
              ${syllabus.areas.map(
                (a) =>
                  html`<optgroup label=${titleOf(a)}>${a.topics.map((t) => html`<option value=${t.id}>${titleOf(t)}</option>`)}</optgroup>`,
              )}
            </select>
          </label>
          <button type="submit" class="secondary">${msg('Start')}</button>
        </form>
        <form class="mode card" @submit=${start('subject')}>
          <label><span class="mode-title">${modeLabel('subject')}</span>
            <span class="muted desc">${modeDescription('subject')}</span>
            <select name="subject" required>
              <option value="">${msg('Choose a subject…')}</option>
              ${subjects.map((x) => html`<option value=${x.id}>${titleOf(x)}</option>`)}
            </select>
          </label>
          <button type="submit" class="secondary">${msg('Start')}</button>
        </form>
      </div>
      <p class="muted small">${
        certification
          ? html`${msg(str`Preparing for: ${titleOf(certification)}.`)} <a href="/progress?goal">${msg('Change your exam goal')}</a>`
          : html`<a href="/progress?goal">${msg('Set your exam goal')}</a>`
      }</p>
    `;
  }

  // —— A session ——

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

  private renderSession(s: Session) {
    const answered = this.answers.size;
    const right = [...this.answers.values()].filter((a) => a === 'right').length;
    const sprint = s.mode === 'sprint';
    const elapsed = (this.sprintEnd || this.now) - this.sprintStart;
    const current = Math.min(SPRINT_LENGTH, answered + (this.phase.kind === 'question' ? 1 : 0));
    return html`
      <div class="session-head">
        <a class="back" href="/practice">${msg('← All ways to practise')}</a>
        <h1>${this.sessionTitle(s)}</h1>
        <p class="tally" aria-live="polite">
          ${
            sprint
              ? html`<span class="pill">${msg(str`Question ${current} of ${SPRINT_LENGTH}`)}</span>
                <span class="pill timer" role="timer" aria-live="off" aria-label=${msg('Time')}>⏱ ${clock(elapsed)}</span>`
              : nothing
          }
          ${answered > 0 ? html`<span class="pill">${msg(str`${answered} answered · ${right} right`)}</span>` : nothing}
        </p>
      </div>
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
        return this.renderEmpty(s, p.reason, p.reviewsDue);
      case 'done':
        return this.renderSprintSummary();
      case 'question':
      case 'feedback':
        return this.renderItem(p);
    }
  }

  private renderEmpty(s: Session, reason: NonNullable<NextItem['emptyReason']>, reviewsDue: number) {
    const text = emptyText(reason);
    const cert = s.cert || null;
    const actions: TemplateResult[] = [];
    if (s.mode !== 'adaptive' && s.mode !== 'sprint')
      actions.push(html`<a class="button" href=${practiceHref('adaptive', { cert })}>${msg('Practise now')}</a>`);
    if (reviewsDue > 0 && s.mode !== 'reviews')
      actions.push(
        html`<a class="button ${actions.length ? 'secondary' : ''}" href=${practiceHref('reviews', { cert })}>${
          reviewsDue === 1 ? msg('Review the 1 due question') : msg(str`Review ${reviewsDue} due questions`)
        }</a>`,
      );
    actions.push(html`<a class="button secondary" href="/practice">${msg('Other ways to practise')}</a>`);
    if (s.mode === 'adaptive' || s.mode === 'sprint')
      actions.push(html`<a class="button secondary" href="/progress">${msg('See your progress')}</a>`);
    return html`<section class="card empty" aria-labelledby="empty-heading">
      <svg class="empty-icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z"/></svg>
      <h2 id="empty-heading">${text.title}</h2>
      <p class="muted">${text.body}</p>
      <div class="actions">${actions}</div>
    </section>`;
  }

  private renderSprintSummary() {
    const total = this.answers.size;
    const right = [...this.answers.values()].filter((a) => a === 'right').length;
    const waiting = [...this.answers.values()].filter((a) => a === 'waiting').length;
    const ms = (this.sprintEnd || performance.now()) - this.sprintStart;
    const perQuestion = total > 0 ? Math.round(ms / total / 1000) : 0;
    const cert = this.certifications.find((c) => c.id === this.session?.cert) ?? this.certifications[0];
    const subjects = cert?.subjects ?? [];
    const items = subjects.reduce((n, x) => n + Object.values(x.blueprint.items).reduce((a, b) => a + (b ?? 0), 0), 0);
    const minutes = subjects.reduce((n, x) => n + x.blueprint.durationMinutes, 0);
    const pace = items > 0 ? Math.round((minutes * 60) / items) : 0;
    return html`<section class="card summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">${msg('Sprint finished')}</h2>
      <dl class="numbers">
        <div><dt>${msg('Right')}</dt><dd>${right} / ${total}</dd></div>
        <div><dt>${msg('Time')}</dt><dd>${clock(ms)}</dd></div>
        <div><dt>${msg('Per question')}</dt><dd>${msg(str`${perQuestion} s`)}</dd></div>
      </dl>
      ${
        pace > 0
          ? html`<p>${
              perQuestion <= pace
                ? msg(str`Faster than exam pace (${pace} s a question). Keep your accuracy up at this speed.`)
                : msg(str`Slower than exam pace (${pace} s a question). Sprints help you get faster.`)
            }</p>`
          : nothing
      }
      ${waiting > 0 ? html`<p class="muted">${msg(str`${waiting} of your answers are saved on this device and are graded when you are back online.`)}</p>` : nothing}
      <div class="actions">
        <button @click=${() => this.start()}>${msg('Another sprint')}</button>
        <a class="button secondary" href=${practiceHref('adaptive', { cert: this.session?.cert || null })}>${msg('Practise now')}</a>
        <a class="button secondary" href="/progress">${msg('See your progress')}</a>
      </div>
    </section>`;
  }

  private renderItem(p: Extract<Phase, { kind: 'question' | 'feedback' }>) {
    const item = p.item;
    const answered = p.kind === 'feedback';
    const graded = answered && p.outcome.status === 'graded' ? p.outcome.result : null;
    const correct = (graded?.correctResponse ?? null) as Response | null;
    const choices = ['single', 'multiple', 'true_false'].includes(item.view.kind);
    const n = item.view.options?.length ?? 0;
    return html`
      <article class="card question" tabindex="-1" aria-labelledby="question-stem">
        <div class="meta">
          <span class="labels">
            <span class="chip reason-${item.reason}">${reasonLabel(item.reason)}</span>
            <span class="topic">${titleOf({ title: item.topicTitle, titleZh: item.topicTitleZh })}</span>
            ${item.safety ? html`<span class="chip safety">${msg('Safety')}</span>` : nothing}
          </span>
          <span class="tools">
            <button type="button" class="tool ${this.flagged ? 'on' : ''}" aria-pressed=${this.flagged ? 'true' : 'false'}
              ?disabled=${this.flagBusy} @click=${() => this.toggleFlag(item)}>
              <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M14.4 6 14 4H5v17h2v-7h5.6l.4 2h7V6z"/></svg>
              ${this.flagged ? msg('Flagged') : msg('Flag')}
            </button>
            <button type="button" class="tool" @click=${this.openReport}>
              <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z"/></svg>
              ${msg('Report a problem')}
            </button>
          </span>
        </div>
        <rh-question .view=${item.view} ?locked=${answered} .correctResponse=${correct}
          @rh-response-change=${(e: ResponseChangeEvent) => {
            this.response = e.response;
          }}
          @rh-submit-request=${() => this.submit()}></rh-question>
      </article>
      ${
        answered
          ? html`<rh-feedback .item=${item} .outcome=${p.outcome} .certifications=${this.certifications}
              .previousPass=${this.previousPass} .confidence=${p.request.confidence ?? ''}></rh-feedback>`
          : nothing
      }
      <div class="actionbar">
        ${
          answered
            ? html`<button class="primary next" @click=${this.next}>
                ${this.session?.mode === 'sprint' && this.answers.size >= SPRINT_LENGTH ? msg('See your sprint result') : msg('Next question')}
                <span aria-hidden="true">→</span></button>`
            : html`<div class="confidence" role="group" aria-label=${msg('How sure are you?')}>
                <span class="confidence-label" aria-hidden="true">${msg('How sure are you?')}</span>
                ${(['sure', 'unsure'] as const).map(
                  (c) => html`<button type="button" class="seg" aria-pressed=${this.confidence === c ? 'true' : 'false'}
                    @click=${() => {
                      this.confidence = this.confidence === c ? '' : c;
                    }}>${c === 'sure' ? msg('Sure') : msg('Unsure')}</button>`,
                )}
              </div>
              <button class="primary submit" ?disabled=${!this.response || this.submitting} @click=${this.submit}>
                ${this.submitting ? msg('Checking…') : msg('Submit answer')}</button>`
        }
      </div>
      <p class="shortcuts" aria-hidden="true">${
        answered
          ? msg('Keyboard: → or Enter for the next question.')
          : choices
            ? msg(str`Keyboard: 1–${n} or A–${letter(n - 1)} to choose, S sure, U unsure, Enter to submit.`)
            : msg('Keyboard: S sure, U unsure, Enter to submit.')
      }</p>
      ${this.renderReportDialog(item)}
    `;
  }

  private renderReportDialog(item: PracticeItem) {
    return html`<dialog aria-labelledby="report-heading" @close=${() => {
      this.reportError = '';
    }}>
      <form class="stack" @submit=${(e: SubmitEvent) => this.sendReport(e, item)}>
        <h2 id="report-heading">${msg('Report a problem with this question')}</h2>
        <fieldset>
          <legend>${msg('What is wrong?')}</legend>
          ${REPORT_REASONS.map(
            (r, i) =>
              html`<label class="radio"><input type="radio" name="reason" value=${r} ?checked=${i === 0} /> ${reportReasonLabel(r)}</label>`,
          )}
        </fieldset>
        <label>${msg('Tell the authors more')}
          <textarea name="comment" rows="4" maxlength="2000" required
            placeholder=${msg('For example: option C is also right according to the regulation.')}></textarea>
        </label>
        ${this.reportError ? html`<p class="error" role="alert">${this.reportError}</p>` : nothing}
        <div class="row">
          <button type="submit" ?disabled=${this.reportBusy}>${this.reportBusy ? msg('Sending…') : msg('Send report')}</button>
          <button type="button" class="secondary" @click=${() => this.dialog?.close()}>${msg('Cancel')}</button>
        </div>
      </form>
    </dialog>`;
  }

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      :host {
        max-width: 780px;
        margin: 0 auto;
      }
      rh-answer-queue-status {
        --rh-queue-status-gap: 0;
      }
      .intro h1 {
        margin-bottom: var(--rh-space-1);
      }
      .intro p {
        margin: 0;
      }
      .small {
        font-size: 0.9rem;
        margin: 0;
      }
      a.button {
        color: #fff;
      }
      a.button.secondary {
        background: var(--rh-surface);
        color: var(--rh-action);
      }
      /* —— chooser —— */
      .hero {
        display: flex;
        align-items: center;
        gap: var(--rh-space-4);
        padding: var(--rh-space-5);
        border-radius: var(--rh-radius);
        background: linear-gradient(135deg, var(--rh-brand) 0%, #1b4c70 100%);
        color: #fff;
        text-decoration: none;
        box-shadow: var(--rh-shadow);
        border-bottom: 4px solid var(--rh-accent);
      }
      .hero:hover .hero-go {
        transform: translateX(4px);
      }
      .hero-text {
        display: grid;
        gap: var(--rh-space-1);
        flex: 1;
      }
      .hero-title {
        font-size: 1.45rem;
        font-weight: 700;
      }
      .hero-meta {
        margin-top: var(--rh-space-2);
        font-weight: 600;
        color: var(--rh-accent);
      }
      .hero-go {
        font-size: 2rem;
        font-weight: 700;
        transition: transform 0.15s;
      }
      .modes {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-3);
      }
      .mode {
        display: grid;
        align-content: start;
        gap: var(--rh-space-2);
        padding: var(--rh-space-4);
        text-decoration: none;
        color: inherit;
      }
      a.mode:hover {
        border-color: var(--rh-action);
      }
      .mode-title {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        font-weight: 700;
        font-size: 1.05rem;
        color: var(--rh-action);
      }
      form.mode .mode-title {
        color: var(--rh-ink);
      }
      .mode label {
        gap: var(--rh-space-2);
      }
      .desc {
        font-weight: 400;
      }
      .mode button {
        justify-self: start;
      }
      .count {
        display: inline-grid;
        place-items: center;
        min-width: 26px;
        height: 26px;
        padding: 0 8px;
        border-radius: 999px;
        background: var(--rh-accent);
        color: var(--rh-ink);
        font-size: 0.85rem;
      }
      @media (min-width: 640px) {
        .modes {
          grid-template-columns: 1fr 1fr;
        }
      }
      /* —— session —— */
      .session-head {
        display: grid;
        gap: var(--rh-space-1);
      }
      .session-head h1 {
        margin: 0;
      }
      .back {
        font-weight: 600;
        font-size: 0.95rem;
        justify-self: start;
        padding: 6px 0;
      }
      .tally {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-2);
        margin: 0;
      }
      .tally:empty {
        display: none;
      }
      .pill {
        display: inline-flex;
        align-items: center;
        gap: var(--rh-space-1);
        padding: 3px 10px;
        border-radius: 999px;
        background: var(--rh-surface);
        border: 1px solid var(--rh-line);
        font-size: 0.9rem;
        font-weight: 600;
        color: var(--rh-ink-soft);
      }
      .timer {
        font-variant-numeric: tabular-nums;
        color: var(--rh-brand);
      }
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
      .question {
        display: grid;
        gap: var(--rh-space-4);
      }
      .question:focus {
        outline: none;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-start;
        justify-content: space-between;
        gap: var(--rh-space-2);
        font-size: 0.88rem;
      }
      .labels {
        flex: 1 1 16rem;
        min-width: 0;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2);
        min-height: 40px;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        padding: 2px 10px;
        border-radius: 999px;
        font-weight: 700;
        background: var(--rh-brand-soft);
        color: var(--rh-brand);
      }
      .chip.reason-review {
        background: #e8e4f7;
        color: #3f2d84;
      }
      .chip.reason-mistake {
        background: var(--rh-danger-soft);
        color: var(--rh-danger);
      }
      .chip.reason-flagged {
        background: #fff1c7;
        color: #6b4400;
      }
      .chip.safety {
        background: #fde7cf;
        color: #8a3b00;
      }
      .topic {
        color: var(--rh-ink-soft);
        font-weight: 600;
      }
      .tools {
        flex: none;
        display: flex;
        gap: var(--rh-space-1);
        margin: -4px -8px 0 0;
      }
      button.tool {
        min-height: 40px;
        padding: 4px 10px;
        background: transparent;
        color: var(--rh-ink-soft);
        border-color: transparent;
        font-size: 0.88rem;
      }
      button.tool:hover {
        background: var(--rh-brand-soft);
        color: var(--rh-brand);
      }
      button.tool svg {
        width: 18px;
        height: 18px;
        fill: currentColor;
      }
      button.tool.on {
        color: #8a5a00;
        background: #fff1c7;
      }
      .actionbar {
        position: sticky;
        bottom: 0;
        z-index: 2;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--rh-space-3);
        margin: 0 calc(-1 * var(--rh-space-2));
        padding: var(--rh-space-3) var(--rh-space-2);
        background: rgb(245 247 248 / 94%);
        backdrop-filter: blur(6px);
        border-top: 1px solid var(--rh-line);
      }
      .confidence {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        flex-wrap: wrap;
      }
      .confidence-label {
        font-weight: 600;
        font-size: 0.92rem;
        color: var(--rh-ink-soft);
      }
      .seg {
        min-width: 84px;
        background: var(--rh-surface);
        color: var(--rh-ink);
        border-color: #9fb4c4;
      }
      .seg:hover {
        background: var(--rh-brand-soft);
      }
      .seg[aria-pressed='true'] {
        background: var(--rh-brand);
        border-color: var(--rh-brand);
        color: #fff;
      }
      .primary {
        min-height: 52px;
        padding: 12px 28px;
        font-size: 1.05rem;
      }
      .next {
        margin-left: auto;
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
      @media (max-width: 560px) {
        .actionbar > .primary {
          flex: 1 1 100%;
        }
        .confidence {
          flex: 1 1 100%;
        }
        .seg {
          flex: 1;
        }
        .confidence-label {
          flex: 1 1 100%;
        }
        .tools {
          margin: 0 0 0 -10px;
          width: 100%;
          justify-content: flex-start;
        }
      }
      .empty {
        display: grid;
        justify-items: center;
        text-align: center;
        gap: var(--rh-space-2);
        padding: var(--rh-space-6) var(--rh-space-5);
      }
      .empty-icon {
        width: 56px;
        height: 56px;
        padding: 12px;
        border-radius: 50%;
        background: var(--rh-ok-soft);
        fill: var(--rh-ok);
      }
      .empty p {
        max-width: 36rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        justify-content: center;
        gap: var(--rh-space-2);
      }
      .summary .actions {
        justify-content: flex-start;
      }
      .numbers {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-4) var(--rh-space-6);
        margin: 0 0 var(--rh-space-4);
      }
      .numbers dt {
        font-size: 0.85rem;
        font-weight: 600;
        color: var(--rh-ink-soft);
      }
      .numbers dd {
        margin: 0;
        font-size: 1.8rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      fieldset {
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
        padding: var(--rh-space-2) var(--rh-space-3) var(--rh-space-3);
        margin: 0;
        display: grid;
        gap: var(--rh-space-1);
      }
      legend {
        font-weight: 600;
        padding: 0 var(--rh-space-1);
      }
      label.radio {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        font-weight: 400;
        min-height: 40px;
      }
      label.radio input {
        width: 20px;
        height: 20px;
        min-height: 0;
        margin: 0;
      }
      textarea {
        font: inherit;
        font-weight: 400;
        padding: 9px 12px;
        border: 1px solid #8a99a6;
        border-radius: var(--rh-radius-small);
        width: 100%;
        resize: vertical;
      }
      dialog h2 {
        margin: 0;
      }
      @media (max-width: 480px) {
        .card {
          padding: var(--rh-space-4);
        }
        .hero {
          padding: var(--rh-space-4);
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-practice-page': RhPracticePage;
  }
}
