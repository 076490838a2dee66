import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { Certification, Syllabus } from '../../../../server/contract/index.js';
import { navigate } from '../../app/navigate.js';
import { taskView } from '../../components/task-view.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';
import { type AnswerQueue, AnswerSentEvent } from '../practice/answer-queue.js';
import { loadCertifications, loadSyllabus } from '../practice/catalogue.js';
import { answerQueue, onAnswerQueueChange } from '../practice/current-queue.js';
import { percent, titleOf } from '../practice/format.js';
import { fetchProgress, type Progress } from '../practice/practice-api.js';
import type { GoalChangedEvent } from './goal-changed-event.js';
import { progressCardStyles } from './progress-card-styles.js';
import './rh-confident-errors.js';
import './rh-goal-form.js';
import type { RhGoalForm } from './rh-goal-form.js';
import './rh-next-step.js';
import './rh-pass-headline.js';
import './rh-subject-chances.js';
import './rh-topic-mastery.js';
import './rh-trend-chart.js';

type Loaded = { progress: Progress; certifications: Certification[]; syllabus: Syllabus };

/**
 * A student's progress towards a certification: the chance of passing (overall and per exam subject, with
 * its 80% interval) and its trend, mastery per topic, what is due, confident errors on safety items, the exam
 * goal, and the one thing to do next.
 */
@customElement('rh-progress-page')
@localized()
export class RhProgressPage extends LitElement {
  @state() private cert = new URLSearchParams(location.search).get('cert') ?? '';
  @query('rh-goal-form') private goalForm?: RhGoalForm;
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
    void this.goalForm?.reveal();
  }

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

  /** The goal form saved a goal: show it, on the overview when it is for another certification than the one shown. */
  private onGoalSaved = (e: GoalChangedEvent) => {
    if (this.cert && this.cert !== e.certificationId) navigate('/progress');
    else void this.data.run();
  };

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
    const subjects = progress.passProbability?.subjects ?? [];
    return html`
      ${certifications.length > 1 ? this.renderSwitcher(progress, certifications) : nothing}
      <div class="top">
        <rh-pass-headline .progress=${progress} .certifications=${certifications}
          @rh-goal-changed=${() => this.data.run()}
          @rh-exam-date-request=${() => this.goalForm?.focusExamDate()}></rh-pass-headline>
        <rh-next-step .progress=${progress}></rh-next-step>
      </div>
      ${subjects.length > 0 ? html`<rh-subject-chances .subjects=${subjects} .certification=${cert}></rh-subject-chances>` : nothing}
      <section class="card" aria-labelledby="trend-heading">
        <h2 id="trend-heading">${msg('Chance of passing over time')}</h2>
        <p class="muted small">${msg('The line is the estimate at the end of each day you practised; the shaded band is where it likely lies (80% interval).')}</p>
        <rh-trend-chart .points=${progress.trend}></rh-trend-chart>
      </section>
      <rh-topic-mastery .topics=${progress.topics} .syllabus=${syllabus}
        .certificationId=${progress.certificationId}></rh-topic-mastery>
      <rh-confident-errors .errors=${progress.confidentErrors} .topics=${progress.topics}
        .certificationId=${progress.certificationId}></rh-confident-errors>
      <rh-goal-form .progress=${progress} .certifications=${certifications}
        @rh-goal-changed=${this.onGoalSaved}></rh-goal-form>
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

  static override styles = [
    sharedStyles,
    stackHost,
    css`
      .intro h1 {
        margin: 0;
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
    `,
    progressCardStyles,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-progress-page': RhProgressPage;
  }
}
