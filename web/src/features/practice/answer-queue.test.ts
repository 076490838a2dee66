import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.js';
import {
  AnswerDroppedEvent,
  AnswerQueue,
  AnswerSentEvent,
  isRetryable,
  QUEUE_CHANGED,
  type SendAnswer,
} from './answer-queue.js';
import type { AnswerRequest, AnswerResult } from './practice-api.js';

/** A Storage in memory, optionally refusing writes (quota exceeded). */
class MemoryStorage {
  readonly data = new Map<string, string>();
  refuse = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

let n = 0;
const answer = (itemId = 'brakes-0001'): AnswerRequest => ({
  itemId,
  itemVersion: 1,
  response: { selected: ['a'] },
  clientAnswerId: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  elapsedMs: 1234,
  confidence: 'sure',
  mode: 'adaptive',
});

const result = (correct = true) => ({ correct }) as unknown as AnswerResult;
const offline = () => new ApiError('network', 'Could not reach the server.', 0);

/** A fake server: records every request it sees and answers with what the test scripts. */
function server(script: (r: AnswerRequest, call: number) => AnswerResult | Error = () => result()) {
  const seen: AnswerRequest[] = [];
  const send: SendAnswer = async (r) => {
    seen.push(r);
    const outcome = script(r, seen.length);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return { seen, send: vi.fn(send) };
}

const make = (send: SendAnswer, storage = new MemoryStorage()) =>
  new AnswerQueue({ storage, key: 'rh-answers:user-1', send, now: () => new Date('2026-03-01T10:00:00Z') });

afterEach(() => {
  vi.useRealTimers();
});

describe('isRetryable', () => {
  it('keeps answers on connection failures, server errors, rate limits and ended sessions', () => {
    expect(isRetryable(offline())).toBe(true);
    expect(isRetryable(new ApiError('internal', 'boom', 500))).toBe(true);
    expect(isRetryable(new ApiError('database_unavailable', 'down', 503))).toBe(true);
    expect(isRetryable(new ApiError('rate_limited', 'slow down', 429))).toBe(true);
    expect(isRetryable(new ApiError('unauthenticated', 'sign in', 401))).toBe(true);
    expect(isRetryable(new ApiError('csrf_failed', 'reload', 403))).toBe(true);
    expect(isRetryable(new TypeError('anything unexpected'))).toBe(true);
  });

  it('gives up on refusals that would never succeed', () => {
    expect(isRetryable(new ApiError('validation_failed', 'bad', 400))).toBe(false);
    expect(isRetryable(new ApiError('not_found', 'gone', 404))).toBe(false);
    expect(isRetryable(new ApiError('forbidden', 'no', 403))).toBe(false);
    expect(isRetryable(new ApiError('conflict', 'no', 409))).toBe(false);
  });
});

describe('AnswerQueue', () => {
  it('sends an answer at once when online and keeps nothing', async () => {
    const s = server();
    const storage = new MemoryStorage();
    const q = make(s.send, storage);
    const a = answer();
    const outcome = await q.submit(a);
    expect(outcome).toEqual({ status: 'graded', result: result() });
    expect(s.seen).toEqual([a]);
    expect(q.size).toBe(0);
    expect(storage.data.size).toBe(0);
  });

  it('keeps an answer on the device when offline and sends it exactly once when back', async () => {
    let online = false;
    const s = server(() => (online ? result() : offline()));
    const storage = new MemoryStorage();
    const q = make(s.send, storage);
    const a = answer();
    expect(await q.submit(a)).toEqual({ status: 'queued', error: offline() });
    expect(q.size).toBe(1);
    expect(q.pending()[0]).toMatchObject({ request: a, attempts: 1, queuedAt: '2026-03-01T10:00:00.000Z' });
    expect(JSON.parse(storage.getItem('rh-answers:user-1') ?? '[]')).toHaveLength(1);

    online = true;
    const sent: AnswerRequest[] = [];
    q.addEventListener(AnswerSentEvent.type, (e) => sent.push((e as AnswerSentEvent).request));
    await q.flush();
    await q.flush();
    expect(sent).toEqual([a]);
    expect(s.seen.filter((r) => r.clientAnswerId === a.clientAnswerId)).toHaveLength(2); // one failed, one graded
    expect(q.size).toBe(0);
  });

  it('sends waiting answers in the order they were given, before a new one', async () => {
    let online = false;
    const s = server(() => (online ? result() : offline()));
    const q = make(s.send);
    const [a, b, c] = [answer('a-0001'), answer('b-0001'), answer('c-0001')];
    await q.submit(a);
    await q.submit(b);
    expect(q.pending().map((p) => p.request.itemId)).toEqual(['a-0001', 'b-0001']);
    online = true;
    s.seen.length = 0;
    expect(await q.submit(c)).toEqual({ status: 'graded', result: result() });
    expect(s.seen.map((r) => r.itemId)).toEqual(['a-0001', 'b-0001', 'c-0001']);
    expect(q.size).toBe(0);
  });

  it('stops at the first retryable failure so later answers never overtake it', async () => {
    const s = server((r) => (r.itemId === 'a-0001' ? new ApiError('internal', 'boom', 500) : result()));
    const q = make(s.send);
    await q.submit(answer('a-0001'));
    expect(await q.submit(answer('b-0001'))).toEqual({ status: 'queued' }); // never tried: a-0001 failed first
    expect(s.seen.map((r) => r.itemId)).toEqual(['a-0001', 'a-0001']);
    expect(q.pending().map((p) => [p.request.itemId, p.attempts])).toEqual([
      ['a-0001', 2],
      ['b-0001', 0],
    ]);
  });

  it('drops an answer the server refuses for good, reports it, and goes on with the rest', async () => {
    let online = false;
    const gone = new ApiError('not_found', 'No such item.', 404);
    const s = server((r) => (!online ? offline() : r.itemId === 'gone-0001' ? gone : result()));
    const q = make(s.send);
    const dropped: unknown[] = [];
    q.addEventListener(AnswerDroppedEvent.type, (e) => dropped.push((e as AnswerDroppedEvent).error));
    await q.submit(answer('gone-0001'));
    await q.submit(answer('ok-0001'));
    online = true;
    await q.flush();
    expect(dropped).toEqual([gone]);
    expect(q.size).toBe(0);
    expect(s.seen.at(-1)?.itemId).toBe('ok-0001');

    const refused = answer('gone-0001');
    expect(await q.submit(refused)).toEqual({ status: 'rejected', error: gone });
    expect(q.size).toBe(0);
  });

  it('survives a reload: a new queue on the same storage sends what the old one kept', async () => {
    const storage = new MemoryStorage();
    const first = make(server(() => offline()).send, storage);
    const a = answer();
    await first.submit(a);
    const s = server();
    const second = make(s.send, storage);
    expect(second.size).toBe(1);
    await second.flush();
    expect(s.seen).toEqual([a]);
    expect(second.size).toBe(0);
  });

  it('keeps queues of different users apart', async () => {
    const storage = new MemoryStorage();
    const mine = new AnswerQueue({ storage, key: 'rh-answers:me', send: server(() => offline()).send });
    const theirs = new AnswerQueue({ storage, key: 'rh-answers:them', send: server(() => offline()).send });
    await mine.submit(answer());
    expect(mine.size).toBe(1);
    expect(theirs.size).toBe(0);
  });

  it('runs one flush at a time, so no answer is sent twice by concurrent flushes', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const seen: string[] = [];
    const send: SendAnswer = async (r) => {
      seen.push(r.clientAnswerId);
      await gate;
      return result();
    };
    const storage = new MemoryStorage();
    const a = answer();
    storage.setItem('rh-answers:user-1', JSON.stringify([{ request: a, queuedAt: 'x', attempts: 0 }]));
    const q = make(send, storage);
    const flushes = [q.flush(), q.flush(), q.flush()];
    release();
    await Promise.all(flushes);
    expect(seen).toEqual([a.clientAnswerId]);
  });

  it('submitting the same answer twice keeps it once', async () => {
    const s = server(() => offline());
    const q = make(s.send);
    const a = answer();
    await q.submit(a);
    await q.submit(a);
    expect(q.size).toBe(1);
  });

  it('ignores what it cannot read instead of failing', () => {
    const storage = new MemoryStorage();
    storage.setItem('rh-answers:user-1', '{not json');
    expect(make(server().send, storage).size).toBe(0);
    storage.setItem('rh-answers:user-1', JSON.stringify([{ nonsense: true }, 42]));
    expect(make(server().send, storage).size).toBe(0);
  });

  it('keeps answers in memory when storage is full', async () => {
    const storage = new MemoryStorage();
    storage.refuse = true;
    const q = make(server(() => offline()).send, storage);
    await q.submit(answer());
    expect(q.size).toBe(1);
  });

  it('tells listeners when the number waiting changes', async () => {
    const q = make(server(() => offline()).send);
    const sizes: number[] = [];
    q.addEventListener(QUEUE_CHANGED, () => sizes.push(q.size));
    await q.submit(answer());
    expect(sizes).toEqual([1, 1]); // queued, then its failed attempt counted
  });

  it('gives up on a send that hangs, keeping the answer', async () => {
    const send: SendAnswer = (_r, signal) =>
      new Promise((_, reject) => signal.addEventListener('abort', () => reject(offline())));
    const q = new AnswerQueue({ storage: new MemoryStorage(), key: 'k', send, timeoutMs: 20 });
    expect(await q.submit(answer())).toMatchObject({ status: 'queued' });
    expect(q.size).toBe(1);
  });

  it('retries when the browser comes back online and on a timer while answers wait', async () => {
    vi.useFakeTimers();
    let online = false;
    const s = server(() => (online ? result() : offline()));
    const q = make(s.send);
    const target = new EventTarget() as EventTarget & { navigator: { onLine: boolean } };
    target.navigator = { onLine: true };
    await q.submit(answer());
    const stop = q.start(target as unknown as Window, 1000);
    await vi.waitFor(() => expect(s.seen).toHaveLength(2)); // the flush on start
    online = true;
    target.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(q.size).toBe(0));
    expect(s.seen).toHaveLength(3);

    online = false;
    await q.submit(answer());
    online = true;
    await vi.advanceTimersByTimeAsync(1000);
    expect(q.size).toBe(0);
    stop();
  });
});
