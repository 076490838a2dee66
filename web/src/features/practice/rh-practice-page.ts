import { localized, msg } from '@lit/localize';
import { Task } from '@lit/task';
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ApiError } from '../../api/client.js';
import { taskView } from '../../components/task-view.js';
import { sharedStyles, stackHost } from '../../styles/shared-styles.js';
import { loadCertifications, loadSyllabus } from './catalogue.js';
import { fetchProgress } from './practice-api.js';
import { readSession, type Session } from './practice-session.js';
import './rh-answer-queue-status.js';
import './rh-practice-modes.js';
import './rh-practice-session.js';

/**
 * Practice: a chooser of ways to practise, then a session of one question at a time with immediate feedback.
 * The URL says which: `/practice` is the chooser, `/practice?mode=…` a session.
 */
@customElement('rh-practice-page')
@localized()
export class RhPracticePage extends LitElement {
  @state() private session: Session | null = readSession(location.search);

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
  }

  override disconnectedCallback() {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  private onPopState = () => {
    const next = readSession(location.search);
    if (JSON.stringify(next) !== JSON.stringify(this.session)) this.session = next;
  };

  override render() {
    const s = this.session;
    // The device's outbox, in this column rather than the app's (the practice column is narrower).
    return html`<rh-answer-queue-status></rh-answer-queue-status>
      ${s ? html`<rh-practice-session .session=${s}></rh-practice-session>` : this.renderChooser()}`;
  }

  private renderChooser() {
    return html`
      <header class="intro">
        <h1>${msg('Practise')}</h1>
        <p class="muted">${msg('A few questions between classes add up. Pick a way to practise, or let Roundhouse choose.')}</p>
      </header>
      ${taskView(this.chooser, (data) =>
        data
          ? html`<rh-practice-modes .progress=${data.progress} .syllabus=${data.syllabus}
              .certifications=${data.certifications}></rh-practice-modes>`
          : html``,
      )}
    `;
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
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-practice-page': RhPracticePage;
  }
}
