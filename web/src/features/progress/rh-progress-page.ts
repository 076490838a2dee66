import { localized, msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Certification, Syllabus } from '../../../../server/contract/index.js';
import { navigate } from '../../app/navigate.js';
import '../../components/rh-markdown.js';
import { taskView } from '../../components/task-view.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';
import { type AnswerQueue, AnswerSentEvent } from '../practice/answer-queue.js';
import { loadCertifications, loadSyllabus } from '../practice/catalogue.js';
import { answerQueue, onAnswerQueueChange } from '../practice/current-queue.js';
import { daysUntil, percent, points, shortDay, titleOf } from '../practice/format.js';
import { modeLabel, nextWhy } from '../practice/labels.js';
import { fetchProgress, type Progress, saveGoal } from '../practice/practice-api.js';
import { practiceHref } from '../practice/rh-practice-page.js';
import './rh-goal-picker.js';
import './rh-interval-bar.js';
import { toneOf } from './rh-interval-bar.js';
import './rh-trend-chart.js';

const calendarIcon = html`<svg class="cal" viewBox="0 0 24 24" aria-hidden="true"><path d="M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 16H5V10h14v10zm0-12H5V6h14v2z"/></svg>`;

type Loaded = { progress: Progress; certifications: Certification[]; syllabus: Syllabus };
type TopicRow = Progress['topics'][number];

/** How the pass probability reads in words. */
export function standing(p: number): string {
  if (p >= 0.8) return msg('On track to pass');
  if (p >= 0.5) return msg('Close to the line: keep practising');
  return msg('Not on track yet');
}

/** "Exam in 23 days", "Exam today", or a nudge when the date has passed. */
export function examCountdown(examDate: string): string {
  const d = daysUntil(examDate);
  if (d > 1) return msg(str`Exam in ${d} days, on ${shortDay(examDate, true)}`);
  if (d === 1) return msg('Exam tomorrow');
  if (d === 0) return msg('Exam today. Good luck!');
  return msg('Your exam date has passed. Set the next one below.');
}

/**
 * A student's progress towards a certification: the chance of passing (overall and per exam subject, with
 * its 80% interval) and its trend, mastery per topic, what is due, confident errors on safety items, the exam
 * goal, and the one thing to do next.
 */
@customElement('rh-progress-page')
@localized()
export class RhProgressPage extends LitElement {
  @state() private cert = new URLSearchParams(location.search).get('cert') ?? '';
  @state() private goalBusy = false;
  @state() private goalError = '';
  @state() private goalSaved = false;
  private queue: AnswerQueue | null = null;
  private unsubscribe: (() => void) | null = null;
  private refresh: ReturnType<typeof setTimeout> | undefined;

  private readonly data = new Task(this, {
    task: async ([cert], { signal }): Promise<Loaded> => {
      const [progress, certifications, syllabus] = await Promise.all([
        fetchProgress(cert || undefined, signal),
        loadCertifications(),
        loadSyllabus(),
      ]);
      return { progress, certifications, syllabus };
    },
    args: () => [this.cert] as const,
  });

  /** The pass probability of every other certification, for the switcher (best effort). */
  private readonly others = new Task(this, {
    task: async ([current, certifications]) => {
      const entries = await Promise.all(
        (certifications ?? [])
          .filter((c) => c.id !== current)
          .map(async (c) => [c.id, (await fetchProgress(c.id).catch(() => null))?.passProbability ?? null] as const),
      );
      return new Map(entries);
    },
    args: () => [this.data.value?.progress.certificationId ?? null, this.data.value?.certifications] as const,
  });

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.unsubscribe = onAnswerQueueChange((q) => this.listenTo(q));
    this.listenTo(answerQueue());
  }

  override disconnectedCallback() {
    window.removeEventListener('popstate', this.onPopState);
    this.unsubscribe?.();
    this.listenTo(null);
    clearTimeout(this.refresh);
    super.disconnectedCallback();
  }

  /** `/progress?goal` opens on the exam goal form. */
  private wantsGoal = new URLSearchParams(location.search).has('goal');

  protected override updated() {
    if (!this.wantsGoal || !this.data.value) return;
    this.wantsGoal = false;
    const section = this.renderRoot.querySelector<HTMLElement>('#goal');
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLSelectElement>('select')?.focus({ preventScroll: true });
  }

  private focusExamDate = () => {
    const input = this.renderRoot.querySelector<HTMLInputElement>('#goal input[type="date"]');
    input?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    input?.focus({ preventScroll: true });
  };

  private listenTo(queue: AnswerQueue | null) {
    this.queue?.removeEventListener(AnswerSentEvent.type, this.onAnswerSent);
    this.queue = queue;
    queue?.addEventListener(AnswerSentEvent.type, this.onAnswerSent);
  }

  /** Answers saved offline were just graded: the numbers here changed. */
  private onAnswerSent = () => {
    clearTimeout(this.refresh);
    this.refresh = setTimeout(() => void this.data.run(), 400);
  };

  private onPopState = () => {
    this.cert = new URLSearchParams(location.search).get('cert') ?? '';
  };

  private async saveGoal(e: SubmitEvent) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const certificationId = String(form.get('certification') ?? '');
    const examDate = String(form.get('examDate') ?? '') || null;
    if (!certificationId) return;
    this.goalBusy = true;
    this.goalError = '';
    this.goalSaved = false;
    try {
      await saveGoal({ certificationId, examDate });
      this.goalSaved = true;
      if (this.cert && this.cert !== certificationId) navigate('/progress');
      else void this.data.run();
    } catch (err) {
      this.goalError = errorMessage(err);
    } finally {
      this.goalBusy = false;
    }
  }

  override render() {
    return html`
      <header class="intro">
        <h1>${msg('Your progress')}</h1>
      </header>
      ${taskView(this.data, (d) => this.renderProgress(d))}
    `;
  }

  private renderProgress({ progress, certifications, syllabus }: Loaded) {
    const cert = certifications.find((c) => c.id === progress.certificationId);
    return html`
      ${certifications.length > 1 ? this.renderSwitcher(progress, certifications) : nothing}
      <div class="top">
        ${this.renderHeadline(progress, cert)}
        ${this.renderNext(progress)}
      </div>
      ${
        progress.passProbability && progress.passProbability.subjects.length > 0
          ? this.renderSubjects(progress.passProbability.subjects, cert)
          : nothing
      }
      <section class="card" aria-labelledby="trend-heading">
        <h2 id="trend-heading">${msg('Chance of passing over time')}</h2>
        <p class="muted small">${msg('The line is the estimate at the end of each day you practised; the shaded band is where it likely lies (80% interval).')}</p>
        <rh-trend-chart .points=${progress.trend}></rh-trend-chart>
      </section>
      ${this.renderTopics(progress, syllabus)}
      ${this.renderConfidentErrors(progress)}
      ${this.renderGoal(progress, certifications)}
    `;
  }

  private renderSwitcher(progress: Progress, certifications: Certification[]) {
    const others = this.others.value;
    return html`<nav class="switcher" aria-label=${msg('Certifications')}>
      ${certifications.map((c) => {
        const current = c.id === progress.certificationId;
        const p = current ? progress.passProbability : others?.get(c.id);
        return html`<a href="/progress?cert=${encodeURIComponent(c.id)}" aria-current=${current ? 'page' : nothing}>
          <span>${titleOf(c)}</span>
          ${p ? html`<span class="switch-figure">${percent(p.probability)}</span>` : nothing}
          ${progress.goal?.certificationId === c.id ? html`<span class="badge">${msg('Your goal')}</span>` : nothing}
        </a>`;
      })}
    </nav>`;
  }

  private renderHeadline(progress: Progress, cert: Certification | undefined) {
    const pass = progress.passProbability;
    const goal = progress.goal?.certificationId === progress.certificationId ? progress.goal : null;
    return html`<section class="card headline" aria-labelledby="pass-heading">
      <h2 id="pass-heading">${cert ? msg(str`Chance of passing ${titleOf(cert)}`) : msg('Chance of passing')}</h2>
      ${
        !progress.certificationId
          ? html`<rh-goal-picker .certifications=${this.data.value?.certifications ?? []}
              @rh-goal-changed=${() => this.data.run()}></rh-goal-picker>`
          : pass
            ? html`<p class="big ${toneOf(pass.probability)}"><strong>${percent(pass.probability)}</strong>
                <span>${standing(pass.probability)}</span></p>
              <p class="range">${msg(str`Likely between ${percent(pass.low)} and ${percent(pass.high)}.`)}
                ${pass.high - pass.low > 0.4 ? msg('The estimate is still rough: more answers make it sharper.') : nothing}</p>
              <rh-interval-bar .value=${pass.probability} .low=${pass.low} .high=${pass.high}></rh-interval-bar>
              <p class="muted small">${msg('The chance that you reach the pass mark in every subject at one sitting, estimated from all your answers so far.')}</p>`
            : html`<p class="muted">${msg('Answer a few questions and your chance of passing appears here.')}</p>`
      }
      ${
        goal?.examDate
          ? html`<p class="exam">${calendarIcon} ${examCountdown(goal.examDate)}</p>`
          : goal
            ? html`<p class="exam">${calendarIcon} <button type="button" class="link" @click=${this.focusExamDate}>${msg('Add your exam date')}</button></p>`
            : nothing
      }
    </section>`;
  }

  private renderSubjects(
    subjects: NonNullable<Progress['passProbability']>['subjects'],
    cert: Certification | undefined,
  ) {
    return html`<section class="card subjects" aria-labelledby="subjects-heading">
      <h2 id="subjects-heading">${msg('By exam subject')}</h2>
      <p class="muted small">${msg('Each subject must be passed at the same sitting')}</p>
      <ul>
        ${subjects.map((s) => {
          const info = cert?.subjects.find((x) => x.id === s.subjectId);
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

  private renderNext(progress: Progress) {
    const next = progress.next;
    const topic = next.topicId ? progress.topics.find((t) => t.topicId === next.topicId) : undefined;
    const topicTitle = topic ? titleOf(topic) : '';
    const href = practiceHref(next.mode, { topic: next.topicId, cert: progress.certificationId });
    const action =
      next.mode === 'topic' && topicTitle
        ? msg(str`Practise ${topicTitle}`)
        : next.why === 'start'
          ? msg('Start practising')
          : modeLabel(next.mode);
    const cert = progress.certificationId;
    return html`<aside class="card next" aria-labelledby="next-heading">
      <h2 id="next-heading">${msg('Do this next')}</h2>
      <p>${nextWhy(next, progress.reviewsDue, progress.mistakes, topicTitle)}</p>
      <a class="button go" href=${href}>${action} <span aria-hidden="true">→</span></a>
      <dl class="numbers">
        <div><dt>${msg('Answers')}</dt><dd data-testid="answers-count">${progress.answers}</dd></div>
        <div><dt>${msg('Reviews due')}</dt><dd>${
          progress.reviewsDue > 0 ? html`<a href=${practiceHref('reviews', { cert })}>${progress.reviewsDue}</a>` : '0'
        }</dd></div>
        <div><dt>${msg('Mistakes')}</dt><dd>${
          progress.mistakes > 0 ? html`<a href=${practiceHref('mistakes', { cert })}>${progress.mistakes}</a>` : '0'
        }</dd></div>
        <div><dt>${msg('Flagged')}</dt><dd>${
          progress.flagged > 0 ? html`<a href=${practiceHref('flagged', { cert })}>${progress.flagged}</a>` : '0'
        }</dd></div>
      </dl>
    </aside>`;
  }

  private renderTopics(progress: Progress, syllabus: Syllabus) {
    const byArea = new Map<string, TopicRow[]>();
    for (const t of progress.topics) byArea.set(t.areaId, [...(byArea.get(t.areaId) ?? []), t]);
    const known = new Set(syllabus.areas.map((a) => a.id));
    const areas = [
      ...syllabus.areas.filter((a) => byArea.has(a.id)).map((a) => ({ id: a.id, title: titleOf(a) })),
      ...[...byArea.keys()].filter((id) => !known.has(id)).map((id) => ({ id, title: id })),
    ];
    const cert = progress.certificationId;
    return html`<section class="card" aria-labelledby="topics-heading">
      <h2 id="topics-heading">${msg('Mastery by topic')}</h2>
      <p class="muted small">${msg('The chance of answering a typical question of the topic right, with its likely range. Weak topics first within each area.')}</p>
      ${
        areas.length === 0
          ? html`<p class="muted">${msg('No topics to show yet.')}</p>`
          : html`<div class="areas">${areas.map((area) => {
              const topics = [...(byArea.get(area.id) ?? [])].sort(
                (a, b) => (a.answers === 0 ? 1 : 0) - (b.answers === 0 ? 1 : 0) || a.level - b.level,
              );
              const practised = topics.filter((t) => t.answers > 0);
              const average = practised.length ? practised.reduce((n, t) => n + t.level, 0) / practised.length : null;
              return html`<details class="area" ?open=${practised.length > 0}>
                <summary>
                  <span class="area-title">${area.title}</span>
                  <span class="area-meta">
                    <span class="muted">${msg(str`${practised.length} of ${topics.length} topics practised`)}</span>
                    ${average === null ? nothing : html`<span class="area-figure ${toneOf(average)}">${percent(average)}</span>`}
                  </span>
                </summary>
                <ul class="topic-list">${topics.map(
                  (t) => html`<li class=${t.answers === 0 ? 'fresh' : ''}>
                    <span class="topic-name">${titleOf(t)}</span>
                    <span class="topic-mastery">${
                      t.answers === 0
                        ? html`<span class="muted">${msg('Not practised yet')}</span>`
                        : html`<span class="mastery-figure"><strong>${percent(t.level)}</strong>
                            <span class="muted">${percent(t.low)}–${percent(t.high)}</span></span>
                          <rh-interval-bar .value=${t.level} .low=${t.low} .high=${t.high}
                            label=${msg(str`${titleOf(t)}: ${percent(t.level)}, likely ${percent(t.low)}–${percent(t.high)}`)}></rh-interval-bar>`
                    }</span>
                    <span class="topic-answers muted">${
                      t.answers === 0 ? nothing : t.answers === 1 ? msg('1 answer') : msg(str`${t.answers} answers`)
                    }</span>
                    <a class="topic-go" href=${practiceHref('topic', { topic: t.topicId, cert })} aria-label=${msg(str`Practise ${titleOf(t)}`)}>${msg('Practise')}</a>
                  </li>`,
                )}</ul>
              </details>`;
            })}</div>`
      }
    </section>`;
  }

  private renderConfidentErrors(progress: Progress) {
    const errors = progress.confidentErrors;
    const date = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: 'medium' });
    const topics = new Map(progress.topics.map((t) => [t.topicId, titleOf(t)]));
    return html`<section class="card" aria-labelledby="confident-heading">
      <h2 id="confident-heading">${msg('Confident errors on safety items')}</h2>
      ${
        errors.length === 0
          ? html`<p class="muted">${msg('None. When you are sure of an answer on a safety rule and it is wrong, it shows here: that is the dangerous kind of error.')}</p>`
          : html`<p class="muted small">${msg('You were sure, and wrong, on these safety questions. They come back in your reviews until you know them.')}</p>
            <ul class="errors">${errors.map(
              (e) => html`<li>
                <rh-markdown class="stem" .source=${e.stem}></rh-markdown>
                <span class="muted small">${topics.get(e.topicId) ?? e.topicId} · ${date.format(new Date(e.answeredAt))}</span>
              </li>`,
            )}</ul>
            <a class="button secondary" href=${practiceHref('mistakes', { cert: progress.certificationId })}>${msg('Practise your mistakes')}</a>`
      }
    </section>`;
  }

  private renderGoal(progress: Progress, certifications: Certification[]) {
    const goal = progress.goal;
    return html`<section class="card" id="goal" aria-labelledby="goal-heading">
      <h2 id="goal-heading">${msg('Your exam goal')}</h2>
      <p class="muted small">${msg('Practice plans for this exam: reviews are spaced to be fresh on the day.')}</p>
      <form class="row" @submit=${this.saveGoal}>
        <label>${msg('Certification')}
          <select name="certification" required>
            ${certifications.map(
              (c) =>
                html`<option value=${c.id} ?selected=${(goal?.certificationId ?? progress.certificationId) === c.id}>${titleOf(c)}</option>`,
            )}
          </select>
        </label>
        <label>${msg('Exam date')}
          <input type="date" name="examDate" .value=${goal?.examDate ?? ''} />
        </label>
        <button type="submit" ?disabled=${this.goalBusy}>${this.goalBusy ? msg('Saving…') : msg('Save goal')}</button>
      </form>
      <p class="muted small hint">${msg('Leave the date empty if you do not know it yet.')}</p>
      ${this.goalError ? html`<p class="error" role="alert">${this.goalError}</p>` : nothing}
      ${this.goalSaved ? html`<p class="success" role="status">${msg('Your exam goal is saved. Practice now plans for it.')}</p>` : nothing}
    </section>`;
  }

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      .intro h1 {
        margin: 0;
      }
      .small {
        font-size: 0.9rem;
      }
      a.button {
        color: #fff;
      }
      a.button.secondary {
        background: var(--rh-surface);
        color: var(--rh-action);
        margin-top: var(--rh-space-3);
      }
      .switcher {
        display: flex;
        flex-wrap: wrap;
        gap: var(--rh-space-2);
      }
      .switcher a {
        display: inline-flex;
        align-items: center;
        gap: var(--rh-space-2);
        min-height: 44px;
        padding: 6px 14px;
        border: 1px solid var(--rh-line);
        border-radius: 999px;
        background: var(--rh-surface);
        color: var(--rh-ink);
        text-decoration: none;
        font-weight: 600;
      }
      .switcher a[aria-current='page'] {
        border-color: var(--rh-brand);
        background: var(--rh-brand);
        color: #fff;
      }
      .switch-figure {
        font-variant-numeric: tabular-nums;
        opacity: 0.85;
      }
      .switcher a[aria-current='page'] .badge {
        background: var(--rh-accent);
        color: var(--rh-ink);
      }
      .top {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: var(--rh-space-4);
      }
      @media (min-width: 900px) {
        .top {
          grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        }
      }
      .headline {
        display: grid;
        align-content: start;
        gap: var(--rh-space-2);
      }
      .headline h2 {
        margin: 0;
      }
      .big {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--rh-space-1) var(--rh-space-3);
        margin: 0;
      }
      .big strong {
        font-size: 3rem;
        line-height: 1;
        font-variant-numeric: tabular-nums;
      }
      .big span {
        font-weight: 700;
        font-size: 1.05rem;
      }
      .big.good {
        color: var(--rh-ok);
      }
      .big.fair {
        color: #8a5a00;
      }
      .big.poor {
        color: var(--rh-danger);
      }
      .range {
        margin: 0;
      }
      .exam {
        display: flex;
        align-items: center;
        gap: var(--rh-space-2);
        margin: var(--rh-space-2) 0 0;
        font-weight: 600;
        color: var(--rh-brand);
      }
      button.link {
        background: none;
        border: none;
        padding: 0;
        min-height: 0;
        color: var(--rh-action);
        text-decoration: underline;
        font-weight: 600;
      }
      .cal {
        width: 20px;
        height: 20px;
        fill: currentColor;
        flex: none;
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
      .next {
        display: grid;
        align-content: start;
        gap: var(--rh-space-3);
        border-top: 4px solid var(--rh-accent);
      }
      .next h2,
      .next p {
        margin: 0;
      }
      .go {
        justify-self: start;
        min-height: 52px;
        padding: 12px 24px;
        font-size: 1.05rem;
      }
      .numbers {
        display: grid;
        grid-template-columns: repeat(4, minmax(0, 1fr));
        gap: var(--rh-space-2);
        margin: var(--rh-space-2) 0 0;
        border-top: 1px solid var(--rh-line);
        padding-top: var(--rh-space-3);
      }
      .numbers > div {
        display: flex;
        flex-direction: column;
        justify-content: space-between;
      }
      .numbers dt {
        font-size: 0.8rem;
        font-weight: 600;
        color: var(--rh-ink-soft);
      }
      .numbers dd {
        margin: 0;
        font-size: 1.5rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .areas {
        display: grid;
        gap: var(--rh-space-2);
      }
      .area {
        border: 1px solid var(--rh-line);
        border-radius: var(--rh-radius-small);
      }
      .area summary {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: var(--rh-space-1) var(--rh-space-3);
        min-height: 48px;
        padding: var(--rh-space-2) var(--rh-space-3);
        cursor: pointer;
        list-style: none;
      }
      .area summary::-webkit-details-marker {
        display: none;
      }
      .area summary::before {
        content: '▸';
        color: var(--rh-ink-soft);
        transition: transform 0.15s;
      }
      .area[open] summary::before {
        transform: rotate(90deg);
      }
      .area[open] summary {
        border-bottom: 1px solid var(--rh-line);
      }
      .area-title {
        flex: 1 1 12rem;
        font-weight: 700;
        color: var(--rh-brand);
      }
      .area-meta {
        display: flex;
        align-items: center;
        gap: var(--rh-space-3);
        font-size: 0.9rem;
      }
      .area-figure {
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .area-figure.good {
        color: var(--rh-ok);
      }
      .area-figure.fair {
        color: #8a5a00;
      }
      .area-figure.poor {
        color: var(--rh-danger);
      }
      .topic-list {
        list-style: none;
        margin: 0;
        padding: 0 var(--rh-space-3);
      }
      .topic-list li {
        display: grid;
        grid-template-columns: minmax(0, 5fr) minmax(0, 4fr) 6.5rem auto;
        align-items: center;
        gap: var(--rh-space-1) var(--rh-space-4);
        padding: var(--rh-space-2) 0;
        min-height: 48px;
      }
      .topic-list li + li {
        border-top: 1px solid #eef1f4;
      }
      .mastery-figure {
        display: flex;
        gap: var(--rh-space-2);
        align-items: baseline;
        font-size: 0.92rem;
      }
      .topic-answers {
        font-size: 0.88rem;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .topic-go {
        font-weight: 600;
        padding: 8px 0;
      }
      @media (max-width: 640px) {
        .topic-list li {
          grid-template-columns: minmax(0, 1fr) auto;
        }
        .topic-name {
          grid-column: 1 / -1;
          font-weight: 600;
        }
        .topic-mastery {
          grid-column: 1 / -1;
        }
        .topic-answers {
          text-align: left;
        }
        .fresh .topic-name {
          grid-column: 1;
          font-weight: 400;
        }
        .fresh .topic-mastery {
          display: none;
        }
        .fresh .topic-answers {
          display: none;
        }
      }
      .errors {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--rh-space-3);
      }
      .errors li {
        display: grid;
        gap: var(--rh-space-1);
        padding: var(--rh-space-3);
        border-left: 4px solid var(--rh-danger);
        background: var(--rh-danger-soft);
        border-radius: var(--rh-radius-small);
      }
      .row > label {
        flex: 1 1 220px;
      }
      .hint {
        margin: var(--rh-space-2) 0 0;
      }
      .success,
      .error {
        margin-top: var(--rh-space-3);
      }
      @media (max-width: 480px) {
        .card {
          padding: var(--rh-space-4);
        }
        .big strong {
          font-size: 2.5rem;
        }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-progress-page': RhProgressPage;
  }
}
