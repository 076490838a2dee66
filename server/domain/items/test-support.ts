import type { ItemContent, ItemKind } from './item.js';
import type { Shuffle } from './question-kind.js';

/**
 * Fixtures for the question-kind tests: one well-formed sample item per kind and deterministic shuffles.
 * Not used by production code.
 */

/** A seeded Fisher–Yates shuffle (mulberry32), so tests can pin an order that differs from the authored one. */
export function seededShuffle(seed: number): Shuffle {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(xs: readonly T[]): T[] => {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
}

/** A "shuffle" that keeps the order: the worst case for hiding a key. */
export const identityShuffle: Shuffle = <T>(xs: readonly T[]): T[] => [...xs];

/** A shuffle that reverses. */
export const reverseShuffle: Shuffle = <T>(xs: readonly T[]): T[] => [...xs].reverse();

const explanation = 'Because.';

/** One well-formed item of every kind, in English with a Simplified Chinese translation. */
export const SAMPLES: { readonly [K in ItemKind]: ItemContent & { key: { kind: K } } } = {
  single: {
    key: { kind: 'single', optionIds: ['a', 'b', 'c', 'd'], correct: 'a' },
    lang: 'en',
    texts: {
      en: {
        stem: 'What does a reduction of brake-pipe pressure cause?',
        explanation,
        options: { a: 'The brakes apply', b: 'The brakes release', c: 'The main reservoir charges', d: 'Nothing' },
      },
      'zh-Hans': {
        stem: '列车管减压会导致什么？',
        explanation: '因为。',
        options: { a: '制动机制动', b: '制动机缓解', c: '总风缸充风', d: '无任何作用' },
      },
    },
  },
  multiple: {
    key: { kind: 'multiple', optionIds: ['a', 'b', 'c', 'd', 'e'], correct: ['a', 'b', 'c'], scoring: 'partial' },
    lang: 'en',
    texts: {
      en: { stem: 'Which are brake tests?', explanation, options: { a: 'A', b: 'B', c: 'C', d: 'D', e: 'E' } },
      'zh-Hans': {
        stem: '哪些是制动试验？',
        explanation: '因为。',
        options: { a: '甲', b: '乙', c: '丙', d: '丁', e: '戊' },
      },
    },
  },
  true_false: {
    key: { kind: 'true_false', answer: true },
    lang: 'en',
    texts: {
      en: { stem: 'Freight brake-pipe pressure is normally 500 kPa.', explanation },
      'zh-Hans': { stem: '货车列车管定压通常为500 kPa。', explanation: '因为。' },
    },
  },
  fill_blank: {
    key: { kind: 'fill_blank', caseSensitive: false },
    lang: 'en',
    texts: {
      en: { stem: "The driver's ______ valve.", explanation, accepted: ['brake', 'automatic brake'] },
      'zh-Hans': { stem: '司机______阀。', explanation: '因为。', accepted: ['制动'] },
    },
  },
  numeric: {
    key: { kind: 'numeric', answer: 500, tolerance: 0, unit: 'kPa' },
    lang: 'en',
    texts: {
      en: { stem: 'Normal brake-pipe pressure, in kPa?', explanation },
      'zh-Hans': { stem: '列车管定压是多少 kPa？', explanation: '因为。' },
    },
  },
  ordering: {
    key: { kind: 'ordering', order: ['s1', 's2', 's3', 's4'] },
    lang: 'en',
    texts: {
      en: { stem: 'Order the steps.', explanation, steps: { s1: 'First', s2: 'Second', s3: 'Third', s4: 'Fourth' } },
      'zh-Hans': { stem: '排序。', explanation: '因为。', steps: { s1: '一', s2: '二', s3: '三', s4: '四' } },
    },
  },
  matching: {
    key: { kind: 'matching', pairs: { p1: 'a1', p2: 'a2', p3: 'a3' }, answerIds: ['a1', 'a2', 'a3', 'a4'] },
    lang: 'en',
    texts: {
      en: {
        stem: 'Match each aspect with its meaning.',
        explanation,
        prompts: { p1: 'Steady red', p2: 'Steady green', p3: 'Steady yellow' },
        answers: { a1: 'Stop', a2: 'Proceed', a3: 'Caution', a4: 'Reduce speed to 20 km/h' },
      },
      'zh-Hans': {
        stem: '将信号显示与含义配对。',
        explanation: '因为。',
        prompts: { p1: '红灯', p2: '绿灯', p3: '黄灯' },
        answers: { a1: '停车', a2: '进行', a3: '注意', a4: '限速20 km/h' },
      },
    },
  },
  hotspot: {
    key: {
      kind: 'hotspot',
      image: 'media/brake-cylinder-diagram.svg',
      regions: [{ x: 0.62, y: 0.3, w: 0.12, h: 0.18 }],
    },
    lang: 'en',
    texts: {
      en: { stem: 'Click the brake cylinder.', explanation, imageAlt: 'Brake rigging, six numbered parts' },
      'zh-Hans': { stem: '点击制动缸。', explanation: '因为。', imageAlt: '制动装置，六个编号部件' },
    },
  },
};

/** Untrusted values no kind should accept (and none should throw on). */
export const JUNK: readonly unknown[] = [
  undefined,
  null,
  0,
  Number.NaN,
  'a',
  true,
  [],
  ['a'],
  {},
  { selected: null },
  { text: 42 },
  { order: 's1' },
  { pairs: [] },
  { point: [0.5, 0.5] },
  { selected: ['a'], text: 'a' },
  Object.create(null),
  JSON.parse('{"__proto__": {"selected": ["a"]}}'),
];
