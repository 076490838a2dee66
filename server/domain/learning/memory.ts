import {
  type Card,
  computeDecayFactor,
  createEmptyCard,
  default_w,
  type FSRS,
  fsrs,
  type Grade,
  Rating,
  State,
} from 'ts-fsrs';

/**
 * Memory: every item a student has seen is an FSRS card (ts-fsrs), scheduled from their answers.
 * Times are ms since the epoch, so cards serialise as plain numbers.
 */
export type MemoryCard = {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: 'new' | 'learning' | 'review' | 'relearning';
  lastReview: number | null;
};

export type Confidence = 'sure' | 'unsure';

/** How an answer is turned into an FSRS rating, and the retention each kind of item is scheduled for. */
export const MEMORY_MODEL = {
  /** Right, sure and at least this fast: the answer was easy. */
  easyWithinMs: 8_000,
  /** Right but slower than this (or unsure): it was hard. */
  hardAfterMs: 60_000,
  /** Desired retention: the chance of still knowing an item when it comes due. */
  retention: { default: 0.9, safety: 0.95 },
} as const;

const STATES = ['new', 'learning', 'review', 'relearning'] as const;
const STATE_OF: Record<MemoryCard['state'], State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const DAY_MS = 86_400_000;

/**
 * The FSRS rating an answer earns: wrong → Again; right but unsure or slow → Hard; right, sure and fast → Easy;
 * otherwise Good.
 * @example ratingOf({ correct: true, elapsedMs: 5000, confidence: 'sure' }) // Rating.Easy
 */
export function ratingOf(answer: { correct: boolean; elapsedMs: number; confidence?: Confidence | null }): Grade {
  if (!answer.correct) return Rating.Again;
  if (answer.confidence === 'unsure' || answer.elapsedMs > MEMORY_MODEL.hardAfterMs) return Rating.Hard;
  if (answer.confidence === 'sure' && answer.elapsedMs <= MEMORY_MODEL.easyWithinMs) return Rating.Easy;
  return Rating.Good;
}

const schedulers = new Map<string, FSRS>();
/** One scheduler per (retention, longest interval): ts-fsrs precomputes from its parameters. */
function scheduler(retention: number, maximumInterval: number): FSRS {
  const key = `${retention}:${maximumInterval}`;
  let f = schedulers.get(key);
  if (!f) {
    // No short-term (minutes) learning steps: a practice session must not loop on the items it just showed.
    // Right after a mistake the notebook offers a retry; the memory schedule works in days.
    f = fsrs({
      request_retention: retention,
      maximum_interval: maximumInterval,
      enable_fuzz: false,
      enable_short_term: false,
    });
    schedulers.set(key, f);
  }
  return f;
}

function toCard(c: MemoryCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: STATE_OF[c.state],
    ...(c.lastReview === null ? {} : { last_review: new Date(c.lastReview) }),
  };
}

function fromCard(c: Card): MemoryCard {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: STATES[c.state] ?? 'new',
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

/**
 * The longest interval that still brings the item back before the exam: no review is scheduled after exam
 * day, so what is learned is fresh when it counts. Without an exam date, FSRS's own limit applies.
 */
export function longestInterval(at: number, examDate: number | null): number {
  if (examDate === null || examDate <= at) return 36_500;
  return Math.max(1, Math.floor((examDate - at) / DAY_MS));
}

/**
 * The card after one answer at `at`: a new card when the item was never seen.
 * @example review(null, Rating.Good, at, { retention: 0.9, examDate: null }).state // 'review'
 */
export function review(
  card: MemoryCard | null,
  rating: Grade,
  at: number,
  opts: { retention: number; examDate: number | null },
): MemoryCard {
  const f = scheduler(opts.retention, longestInterval(at, opts.examDate));
  const current = card ? toCard(card) : createEmptyCard(new Date(at));
  const next = fromCard(f.next(current, new Date(at), rating).card);
  // ts-fsrs caps each interval, then spreads Again < Hard < Good < Easy by whole days, which can pass the cap:
  // the exam date is enforced here, so the last review always comes before exam day.
  if (opts.examDate === null || next.due < opts.examDate) return next;
  const due = Math.max(at + DAY_MS / 2, opts.examDate - DAY_MS);
  return { ...next, due, scheduledDays: Math.max(0, Math.round((due - at) / DAY_MS)) };
}

/** FSRS-6's forgetting curve, R = (1 + factor·t/S)^decay, with ts-fsrs's default decay. */
const curve = computeDecayFactor(default_w);

/**
 * The chance the student still recalls the item at `at` (1 for a card never reviewed). Elapsed time counts
 * to the millisecond, not in whole days, so recall falls smoothly through the day.
 */
export function recallProbability(card: MemoryCard, at: number): number {
  return (1 + curve.factor * staleness(card, at)) ** curve.decay;
}

/**
 * Days since the last review per day of stability: recall falls as this grows, so comparing staleness
 * orders cards by recall without computing it (0 for a card never reviewed).
 */
export function staleness(card: MemoryCard, at: number): number {
  if (card.state === 'new' || card.lastReview === null) return 0;
  return Math.max(0, at - card.lastReview) / DAY_MS / card.stability;
}
