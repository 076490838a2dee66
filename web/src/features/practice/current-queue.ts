import { AnswerQueue } from './answer-queue.js';
import { postAnswer } from './practice-api.js';

let current: { userId: string; queue: AnswerQueue; stop: () => void } | null = null;
const listeners = new Set<(queue: AnswerQueue | null) => void>();

/**
 * Starts the signed-in user's answer queue (sending whatever an earlier visit left waiting) or stops it on
 * sign-out. Each user has their own queue on the device; it outlives sign-out and is sent on their next visit.
 */
export function useAnswerQueueFor(userId: string | null): void {
  if (current?.userId === userId) return;
  current?.stop();
  current = null;
  if (userId) {
    const queue = new AnswerQueue({ storage: localStorage, key: `rh-answers:${userId}`, send: postAnswer });
    current = { userId, queue, stop: queue.start(window) };
  }
  for (const l of listeners) l(current?.queue ?? null);
}

/** The signed-in user's answer queue, or null before sign-in. */
export const answerQueue = (): AnswerQueue | null => current?.queue ?? null;

/** Calls `listener` whenever the user (and so the queue) changes; returns a function that stops it. */
export function onAnswerQueueChange(listener: (queue: AnswerQueue | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
