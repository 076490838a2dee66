import { type Belief, type Learner, successProbability, topicAbility } from './learner-model.js';
import { type MemoryCard, staleness } from './memory.js';
import { type MistakeEntry, recallCounts } from './mistakes.js';
import { seededUniform } from './seeded-random.js';

/** How a student practises: the engine's choice, a topic or subject, the chapter order, or one of their lists. */
export const PRACTICE_MODES = [
  'adaptive',
  'topic',
  'subject',
  'sequential',
  'mistakes',
  'reviews',
  'flagged',
  'sprint',
] as const;
export type PracticeMode = (typeof PRACTICE_MODES)[number];

/** An item the selector may serve. `order` is its place in the syllabus (chapter order). */
export type Candidate = {
  id: string;
  topicId: string;
  subjects: readonly string[];
  difficulty: Belief;
  guess: number;
  order: number;
};

/** What the student's history says about an item they have answered before. */
export type Seen = { lastAnsweredAt: number; card: MemoryCard; retention: number; mistake: MistakeEntry | null };

export type SelectionContext = {
  mode: PracticeMode;
  /** ms since the epoch */
  at: number;
  /** Breaks ties; the same context and seed always give the same item. */
  seed: number;
  candidates: readonly Candidate[];
  /** Restricts the candidates (topic and subject modes, or any mode narrowed by the student). */
  scope?: { topicId?: string; subjectId?: string };
  learner: Learner;
  /** How much more ability in each topic raises the pass probability (`topicWeights`); null weighs all alike. */
  weights: ReadonlyMap<string, number> | null;
  seen: ReadonlyMap<string, Seen>;
  /** Ids of the latest answers, most recent first. */
  recent: readonly string[];
  flagged: ReadonlySet<string>;
};

export type Selection =
  | { itemId: string; reason: 'review' | 'learn' | 'sequential' | 'mistake' | 'flagged' }
  | { itemId: null; reason: 'no-items' | 'no-reviews-due' | 'no-mistakes-due' | 'no-flags' };

/** The selector's rules of thumb. */
export const SELECTION = {
  /** No item comes back within this many answers… */
  noRepeatAnswers: 20,
  /** …or this long (unless nothing else is left). */
  noRepeatMs: 10 * 60_000,
  /** Aim for items the student gets right about this often: hard enough to learn from, easy enough to keep going. */
  targetSuccess: { peak: 0.725, width: 0.12 },
  /** Each of the last answers in the same topic multiplies an item's value by this (interleaving). */
  sameTopicFactor: 0.6,
  recentTopicWindow: 3,
  /** An item already seen (and not due) is worth this much of a new one: FSRS brings it back when due. */
  seenFactor: 0.35,
  /** Uncertain topics are worth exploring: value × (1 + bonus × sd). */
  explorationBonus: 0.5,
  /** Topics the exam barely depends on still get this fraction of the top weight. */
  weightFloor: 0.05,
} as const;

const JITTER_MAX = 1.02;

/** How much an item at success rate p teaches: a bell around the target band. */
export function learningValue(p: number): number {
  const { peak, width } = SELECTION.targetSuccess;
  return Math.exp(-0.5 * ((p - peak) / width) ** 2);
}

const inScope = (c: Candidate, scope: SelectionContext['scope']) =>
  (!scope?.topicId || c.topicId === scope.topicId) && (!scope?.subjectId || c.subjects.includes(scope.subjectId));

/**
 * The next item for a student. Due reviews come first when retention is at risk; otherwise, in the adaptive
 * modes, the item with the largest expected gain in pass probability: the topic's weight in the exam, times
 * how much the item would teach at its predicted success rate, discounted for topics just practised and items
 * already seen, with a bonus for topics we know little about. Never an item answered too recently, unless
 * nothing else is left.
 */
export function selectNext(ctx: SelectionContext): Selection {
  const recentIndex = new Map<string, number>();
  ctx.recent.forEach((id, i) => {
    if (!recentIndex.has(id)) recentIndex.set(id, i);
  });
  const tooSoon = (id: string) => answeredTooSoon(ctx, recentIndex, id, ctx.seen.get(id));
  const pool =
    ctx.scope?.topicId || ctx.scope?.subjectId ? ctx.candidates.filter((c) => inScope(c, ctx.scope)) : ctx.candidates;
  if (pool.length === 0) return { itemId: null, reason: 'no-items' };
  const uniform = seededUniform(ctx.seed);
  const lastAnswered = (id: string) => ctx.seen.get(id)?.lastAnsweredAt ?? Number.NEGATIVE_INFINITY;

  const scan = (learn: boolean) => scanAdaptive(ctx, pool, recentIndex, uniform, learn);

  switch (ctx.mode) {
    case 'reviews': {
      const first = scan(false).atRisk;
      return first ? { itemId: first.id, reason: 'review' } : { itemId: null, reason: 'no-reviews-due' };
    }
    case 'mistakes': {
      // A mistake just retried right rests for a while; one answered wrong again can be retried at once.
      const entries = pool.flatMap((c) => {
        const seen = ctx.seen.get(c.id);
        const m = seen?.mistake;
        const restingAfterRight =
          seen && m && m.since !== seen.lastAnsweredAt && ctx.at - seen.lastAnsweredAt < SELECTION.noRepeatMs;
        return m && !restingAfterRight ? [{ c, m }] : [];
      });
      // A recall that would count first, then the others, least recently answered first.
      entries.sort(
        (a, b) =>
          Number(recallCounts(b.m, ctx.at)) - Number(recallCounts(a.m, ctx.at)) ||
          lastAnswered(a.c.id) - lastAnswered(b.c.id),
      );
      const first = entries[0];
      return first ? { itemId: first.c.id, reason: 'mistake' } : { itemId: null, reason: 'no-mistakes-due' };
    }
    case 'flagged': {
      // The student's own list: least recently answered first, round and round until they unflag.
      const flagged = pool
        .filter((c) => ctx.flagged.has(c.id))
        .sort((a, b) => lastAnswered(a.id) - lastAnswered(b.id) || a.order - b.order);
      const first = flagged[0];
      return first ? { itemId: first.id, reason: 'flagged' } : { itemId: null, reason: 'no-flags' };
    }
    case 'sequential': {
      const ordered = [...pool].sort((a, b) => a.order - b.order);
      const next =
        ordered.find((c) => !ctx.seen.has(c.id)) ??
        ordered.filter((c) => !tooSoon(c.id)).sort((a, b) => lastAnswered(a.id) - lastAnswered(b.id))[0] ??
        leastRecent(ordered, lastAnswered);
      return { itemId: next.id, reason: 'sequential' };
    }
    default: {
      const { atRisk, best } = scan(true);
      if (atRisk) return { itemId: atRisk.id, reason: 'review' };
      return { itemId: (best ?? leastRecent(pool, lastAnswered)).id, reason: 'learn' };
    }
  }
}

function leastRecent(pool: readonly Candidate[], lastAnswered: (id: string) => number): Candidate {
  let best = pool[0] as Candidate;
  for (const c of pool) if (lastAnswered(c.id) < lastAnswered(best.id)) best = c;
  return best;
}

/** Answered within the last `noRepeatAnswers` answers or `noRepeatMs`. */
function answeredTooSoon(ctx: SelectionContext, recentIndex: ReadonlyMap<string, number>, id: string, seen?: Seen) {
  const i = recentIndex.get(id);
  return (i !== undefined && i < SELECTION.noRepeatAnswers) || answeredLately(ctx, seen);
}

const answeredLately = (ctx: SelectionContext, seen: Seen | undefined) =>
  seen !== undefined && ctx.at - seen.lastAnsweredAt < SELECTION.noRepeatMs;

/**
 * One pass over the pool (banks can be large, so no sorting and one lookup per item): the due review most at
 * risk (the stalest card), and, while none is found and `learn` is set, the item with the largest expected
 * gain among those not answered too recently.
 */
function scanAdaptive(
  ctx: SelectionContext,
  pool: readonly Candidate[],
  recentIndex: ReadonlyMap<string, number>,
  uniform: () => number,
  learn: boolean,
): { atRisk: Candidate | null; best: Candidate | null } {
  const valueOfTopic = learn ? topicValues(ctx) : null;
  let atRisk: Candidate | null = null;
  let stalest = Number.NEGATIVE_INFINITY;
  let best: Candidate | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of pool) {
    const seen = ctx.seen.get(c.id);
    // FSRS sets `due` where recall falls to the desired retention: from then on it is at risk. A due review
    // waits only for the time rule: the student may have answered few items since.
    if (seen && seen.card.due <= ctx.at && !answeredLately(ctx, seen)) {
      const s = staleness(seen.card, ctx.at);
      if (s > stalest || (s === stalest && atRisk && c.order < atRisk.order)) {
        stalest = s;
        atRisk = c;
      }
      continue;
    }
    if (!valueOfTopic || atRisk) continue;
    const { ability, value } = valueOfTopic(c.topicId);
    const novelty = seen ? SELECTION.seenFactor : 1;
    // The learning value is at most 1 and the jitter at most 2%: skip the arithmetic when the item cannot win.
    if (value * novelty * JITTER_MAX <= bestScore || answeredTooSoon(ctx, recentIndex, c.id, seen)) continue;
    // A small seeded jitter breaks ties between equally good items without favouring bank order.
    const score = value * novelty * learningValue(successProbability(ability, c)) * (1 + (JITTER_MAX - 1) * uniform());
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return { atRisk, best };
}

/**
 * Each topic's value per unit of learning: its weight in the exam (or 1 without a usable gradient), less for
 * topics just practised (interleaving), more for topics we know little about (exploration). Memoised.
 */
function topicValues(ctx: SelectionContext): (topicId: string) => { ability: Belief; value: number } {
  const recentTopics = new Map<string, number>();
  const window = ctx.recent.slice(0, SELECTION.recentTopicWindow);
  if (window.length > 0)
    for (const c of ctx.candidates)
      for (const id of window) if (id === c.id) recentTopics.set(c.topicId, (recentTopics.get(c.topicId) ?? 0) + 1);
  let top = 0;
  for (const w of ctx.weights?.values() ?? []) top = Math.max(top, w);
  const memo = new Map<string, { ability: Belief; value: number }>();
  return (topicId) => {
    let v = memo.get(topicId);
    if (!v) {
      const ability = topicAbility(ctx.learner, topicId, ctx.at);
      // Without a usable gradient (no exam, or every weight zero) all topics weigh alike.
      const weight = ctx.weights && top > 0 ? Math.max(ctx.weights.get(topicId) ?? 0, SELECTION.weightFloor * top) : 1;
      const value =
        weight *
        SELECTION.sameTopicFactor ** (recentTopics.get(topicId) ?? 0) *
        (1 + SELECTION.explorationBonus * Math.sqrt(ability.variance));
      v = { ability, value };
      memo.set(topicId, v);
    }
    return v;
  };
}
