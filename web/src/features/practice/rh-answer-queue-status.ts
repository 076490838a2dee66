import { localized, msg, str } from '@lit/localize';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { errorMessage } from '../../i18n/error-message.js';
import { sharedStyles } from '../../styles/shared-styles.js';
import { AnswerDroppedEvent, type AnswerQueue, AnswerSentEvent, QUEUE_CHANGED } from './answer-queue.js';
import { answerQueue, onAnswerQueueChange } from './current-queue.js';

/**
 * The device's outbox, visible: "2 answers waiting to be sent", a "Send now" button, and what happened to
 * answers sent in the background (graded, or refused by the server and dropped). Renders nothing when all
 * answers are sent.
 */
@customElement('rh-answer-queue-status')
@localized()
export class RhAnswerQueueStatus extends LitElement {
  @state() private waiting = 0;
  @state() private online = navigator.onLine;
  @state() private sending = false;
  /** Answers sent in the background since the last time the student dismissed the note. */
  @state() private sent = 0;
  @state() private dropped: string[] = [];
  private queue: AnswerQueue | null = null;
  private unsubscribe: (() => void) | null = null;

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('online', this.onConnectivity);
    window.addEventListener('offline', this.onConnectivity);
    this.unsubscribe = onAnswerQueueChange((q) => this.attach(q));
    this.attach(answerQueue());
  }

  override disconnectedCallback() {
    window.removeEventListener('online', this.onConnectivity);
    window.removeEventListener('offline', this.onConnectivity);
    this.unsubscribe?.();
    this.attach(null);
    super.disconnectedCallback();
  }

  private attach(queue: AnswerQueue | null) {
    if (this.queue) {
      this.queue.removeEventListener(QUEUE_CHANGED, this.onChanged);
      this.queue.removeEventListener(AnswerSentEvent.type, this.onSent);
      this.queue.removeEventListener(AnswerDroppedEvent.type, this.onDropped);
    }
    this.queue = queue;
    this.sent = 0;
    this.dropped = [];
    if (queue) {
      queue.addEventListener(QUEUE_CHANGED, this.onChanged);
      queue.addEventListener(AnswerSentEvent.type, this.onSent);
      queue.addEventListener(AnswerDroppedEvent.type, this.onDropped);
    }
    this.onChanged();
  }

  private onConnectivity = () => {
    this.online = navigator.onLine;
  };

  private onChanged = () => {
    this.waiting = this.queue?.size ?? 0;
  };

  /** Only answers that had to wait are news; one sent at once is graded on the practice screen. */
  private onSent = (e: Event) => {
    if ((e as AnswerSentEvent).waited) this.sent++;
  };

  private onDropped = (e: Event) => {
    this.dropped = [...this.dropped, errorMessage((e as AnswerDroppedEvent).error)];
  };

  private async sendNow() {
    this.sending = true;
    try {
      await this.queue?.flush();
    } finally {
      this.sending = false;
    }
  }

  protected override willUpdate() {
    // Takes no room (not even a grid gap) while there is nothing to say.
    this.hidden = this.waiting === 0 && this.sent === 0 && this.dropped.length === 0;
  }

  override render() {
    const n = this.waiting;
    if (this.hidden) return nothing;
    return html`<div class="bar" role="status">
      ${
        n > 0
          ? html`<div class="waiting">
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3a9 9 0 1 0 9 9h-2a7 7 0 1 1-7-7V3zm-1 4v6l5 3 1-1.7-4-2.3V7h-2z"/></svg>
              <p>
                <strong>${n === 1 ? msg('1 answer waiting to be sent') : msg(str`${n} answers waiting to be sent`)}</strong>
                <span>${
                  this.online
                    ? msg('Saved on this device. Sending as soon as the server answers.')
                    : msg(
                        'You are offline. Your answers are saved on this device and are graded when you are back online.',
                      )
                }</span>
              </p>
              <button class="secondary" ?disabled=${this.sending} @click=${this.sendNow}>${this.sending ? msg('Sending…') : msg('Send now')}</button>
            </div>`
          : this.sent > 0
            ? html`<div class="done">
                <p>${this.sent === 1 ? msg('Your saved answer was sent and graded.') : msg(str`Your ${this.sent} saved answers were sent and graded.`)}</p>
                <button class="secondary" @click=${() => {
                  this.sent = 0;
                }}>${msg('Got it')}</button>
              </div>`
            : nothing
      }
      ${
        this.dropped.length > 0
          ? html`<div class="dropped" role="alert">
              <p>${
                this.dropped.length === 1
                  ? msg('A saved answer could not be graded and was removed:')
                  : msg(str`${this.dropped.length} saved answers could not be graded and were removed:`)
              } ${[...new Set(this.dropped)].join(' ')}</p>
              <button class="secondary" @click=${() => {
                this.dropped = [];
              }}>${msg('Got it')}</button>
            </div>`
          : nothing
      }
    </div>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      :host([hidden]) {
        display: none;
      }
      .bar {
        display: grid;
        gap: var(--rh-space-2);
        margin-bottom: var(--rh-queue-status-gap, var(--rh-space-4));
      }
      .waiting,
      .done,
      .dropped {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--rh-space-2) var(--rh-space-3);
        padding: var(--rh-space-3) var(--rh-space-4);
        border-radius: var(--rh-radius);
        border: 1px solid;
      }
      .waiting {
        background: #fff7e0;
        border-color: #e9c46a;
        color: #5c4400;
      }
      .done {
        background: var(--rh-ok-soft);
        border-color: #b5dcc2;
        color: var(--rh-ok);
      }
      .dropped {
        background: var(--rh-danger-soft);
        border-color: #eab5b1;
        color: var(--rh-danger);
      }
      p {
        margin: 0;
        flex: 1 1 220px;
        display: grid;
        gap: 2px;
      }
      .icon {
        width: 24px;
        height: 24px;
        flex: none;
        fill: currentColor;
      }
      button {
        min-height: 40px;
        padding: 6px 14px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'rh-answer-queue-status': RhAnswerQueueStatus;
  }
}
