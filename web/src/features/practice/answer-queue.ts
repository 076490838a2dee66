import { ApiError } from '../../api/client.js';
import type { AnswerRequest, AnswerResult } from './practice-api.js';

/** An answer kept on the device until the server has graded it. */
export type QueuedAnswer = { request: AnswerRequest; queuedAt: string; attempts: number };

/** What became of one answer handed to {@link AnswerQueue.submit}. */
export type SubmitOutcome =
  /** The server graded it. */
  | { status: 'graded'; result: AnswerResult }
  /** Kept on the device: it is sent when the connection returns. `error` is why the send failed, if it was tried. */
  | { status: 'queued'; error?: unknown }
  /** The server refused it for good (e.g. the item was withdrawn); it was dropped. */
  | { status: 'rejected'; error: unknown };

/** Sends one answer; throws an `ApiError` when it does not succeed. */
export type SendAnswer = (request: AnswerRequest, signal: AbortSignal) => Promise<AnswerResult>;

/** Fired after a queued answer was graded. */
export class AnswerSentEvent extends Event {
  static readonly type = 'rh-answer-sent';
  constructor(
    readonly request: AnswerRequest,
    readonly result: AnswerResult,
    /** It had to wait: an earlier attempt to send it failed. */
    readonly waited: boolean,
  ) {
    super(AnswerSentEvent.type);
  }
}

/** Fired when the server refused a queued answer for good and it was dropped. */
export class AnswerDroppedEvent extends Event {
  static readonly type = 'rh-answer-dropped';
  constructor(
    readonly request: AnswerRequest,
    readonly error: unknown,
  ) {
    super(AnswerDroppedEvent.type);
  }
}

/** Fired whenever the number of waiting answers may have changed. */
export const QUEUE_CHANGED = 'rh-queue-changed';

/**
 * Whether a failed send is worth repeating. Connection failures, time-outs, server errors, rate limits, an
 * ended session and a stale CSRF token are: the answer is kept. Any other refusal (4xx) is final.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  if (error.code === 'network' || error.status === 0) return true;
  if (error.status >= 500) return true;
  if (error.status === 408 || error.status === 429) return true;
  if (error.code === 'unauthenticated' || error.code === 'csrf_failed') return true;
  return false;
}

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isQueued = (x: unknown): x is QueuedAnswer => {
  const q = x as QueuedAnswer | null;
  return (
    typeof q === 'object' &&
    q !== null &&
    typeof q.request === 'object' &&
    q.request !== null &&
    typeof q.request.clientAnswerId === 'string' &&
    typeof q.request.itemId === 'string'
  );
};

/**
 * The device's outbox of practice answers. Every answer goes through it: it is written to storage first,
 * then sent, oldest first, one at a time, and removed only when the server grades it (2xx) or refuses it
 * for good (a 4xx that is not retryable, reported with an {@link AnswerDroppedEvent}). Sending stops at the
 * first retryable failure, so answers reach the server in the order they were given. The server grades
 * each `clientAnswerId` once, so an answer sent twice (a lost response, two tabs) still counts once.
 *
 * @example
 * ```ts
 * const queue = new AnswerQueue({ storage: localStorage, key: `rh-answers:${user.id}`, send: postAnswer });
 * const stop = queue.start(window);
 * const outcome = await queue.submit(request); // 'graded' | 'queued' | 'rejected'
 * ```
 */
export class AnswerQueue extends EventTarget {
  private readonly storage: Store;
  readonly key: string;
  private readonly send: SendAnswer;
  private readonly timeoutMs: number;
  private readonly now: () => Date;
  /** Used only when storage refuses to keep the queue (quota, private mode). */
  private memory: QueuedAnswer[] | null = null;
  private running: Promise<void> | null = null;
  /** Outcomes of answers sent by a flush, collected for the `submit` call that is waiting for them. */
  private readonly outcomes = new Map<string, SubmitOutcome>();
  private readonly waiting = new Set<string>();

  constructor(options: { storage: Store; key: string; send: SendAnswer; timeoutMs?: number; now?: () => Date }) {
    super();
    this.storage = options.storage;
    this.key = options.key;
    this.send = options.send;
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.now = options.now ?? (() => new Date());
  }

  /** The answers waiting to be sent, oldest first. */
  pending(): QueuedAnswer[] {
    if (this.memory) return [...this.memory];
    let raw: string | null = null;
    try {
      raw = this.storage.getItem(this.key);
    } catch {
      return [];
    }
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isQueued) : [];
    } catch {
      return [];
    }
  }

  get size(): number {
    return this.pending().length;
  }

  /** Whether the send of this answer is still waiting. */
  has(clientAnswerId: string): boolean {
    return this.pending().some((q) => q.request.clientAnswerId === clientAnswerId);
  }

  private write(queue: QueuedAnswer[]) {
    try {
      if (queue.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(queue));
      this.memory = null;
    } catch {
      this.memory = queue;
    }
    this.dispatchEvent(new Event(QUEUE_CHANGED));
  }

  private update(clientAnswerId: string, change: (q: QueuedAnswer) => QueuedAnswer | null) {
    const next: QueuedAnswer[] = [];
    for (const q of this.pending()) {
      if (q.request.clientAnswerId !== clientAnswerId) next.push(q);
      else {
        const changed = change(q);
        if (changed) next.push(changed);
      }
    }
    this.write(next);
  }

  /**
   * Keeps the answer on the device, then tries to send everything waiting (this answer last).
   * Resolves with what became of this answer; never rejects.
   */
  async submit(request: AnswerRequest): Promise<SubmitOutcome> {
    const id = request.clientAnswerId;
    this.waiting.add(id);
    if (!this.has(id)) this.write([...this.pending(), { request, queuedAt: this.now().toISOString(), attempts: 0 }]);
    await this.flush();
    // A flush that was just finishing may have missed this answer: if nothing tried it yet, try once more.
    if (!this.outcomes.has(id) && this.pending()[0]?.request.clientAnswerId === id) await this.flush();
    const outcome = this.outcomes.get(id);
    this.outcomes.delete(id);
    this.waiting.delete(id);
    return outcome ?? { status: 'queued' };
  }

  /**
   * Sends the waiting answers, oldest first, until the queue is empty or a send fails in a way worth
   * retrying. Only one flush runs at a time; calling it while one runs returns the running one.
   */
  flush(): Promise<void> {
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const head = this.pending()[0];
      if (!head) return;
      const id = head.request.clientAnswerId;
      try {
        const result = await this.send(head.request, AbortSignal.timeout(this.timeoutMs));
        this.update(id, () => null);
        if (this.waiting.has(id)) this.outcomes.set(id, { status: 'graded', result });
        this.dispatchEvent(new AnswerSentEvent(head.request, result, head.attempts > 0));
      } catch (error) {
        if (isRetryable(error)) {
          this.update(id, (q) => ({ ...q, attempts: q.attempts + 1 }));
          if (this.waiting.has(id)) this.outcomes.set(id, { status: 'queued', error });
          return;
        }
        this.update(id, () => null);
        if (this.waiting.has(id)) this.outcomes.set(id, { status: 'rejected', error });
        this.dispatchEvent(new AnswerDroppedEvent(head.request, error));
      }
    }
  }

  /**
   * Sends what is waiting now, again whenever the browser comes back online, and every `retryMs` while
   * answers wait (some connections drop without the browser noticing). Returns a function that stops it.
   */
  start(target: Window, retryMs = 30_000): () => void {
    const flush = () => void this.flush();
    const onStorage = (e: StorageEvent) => {
      if (e.key === this.key) this.dispatchEvent(new Event(QUEUE_CHANGED));
    };
    target.addEventListener('online', flush);
    target.addEventListener('storage', onStorage);
    const timer = setInterval(() => {
      if (this.size > 0 && target.navigator.onLine !== false) flush();
    }, retryMs);
    flush();
    return () => {
      target.removeEventListener('online', flush);
      target.removeEventListener('storage', onStorage);
      clearInterval(timer);
    };
  }
}
