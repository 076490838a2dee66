import type { Grade, Region, Response } from '../item.js';
import { languagesOf, shownLanguage, stemIn, textProblems } from '../item-text.js';
import type { KeyOf, QuestionKind } from '../question-kind.js';
import { fail, isRecord, readField, show } from '../response-shape.js';

type Key = KeyOf<'hotspot'>;
type Point = { x: number; y: number };

const EXAMPLE = '{ "point": { "x": 0.42, "y": 0.7 } }';

/** Slack for edges: 0.62 + 0.12 is not exactly 0.74 in floating point, and a click on the edge counts. */
const EDGE = 1e-9;

/** True when `p` is inside `r`, edges included. */
export const inside = (r: Region, p: Point): boolean =>
  p.x >= r.x - EDGE && p.x <= r.x + r.w + EDGE && p.y >= r.y - EDGE && p.y <= r.y + r.h + EDGE;

const pointOf = (response: Response): Point | undefined => ('point' in response ? response.point : undefined);

const fraction = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;

/**
 * A point outside every region, or undefined when they cover the image. Exact for rectangles: the region edges
 * cut the image into cells, each wholly inside or outside the union, and the widest outside cell's centre is
 * the point farthest from trouble.
 */
export function pointOutside(regions: readonly Region[]): Point | undefined {
  const cuts = (edges: number[]) => {
    const sorted = [...new Set([0, 1, ...edges.filter((e) => e > 0 && e < 1)])].sort((a, b) => a - b);
    return sorted.slice(1).map((hi, i) => ({ lo: sorted[i] ?? 0, hi }));
  };
  const xs = cuts(regions.flatMap((r) => [r.x, r.x + r.w]));
  const ys = cuts(regions.flatMap((r) => [r.y, r.y + r.h]));
  let best: { point: Point; size: number } | undefined;
  for (const x of xs)
    for (const y of ys) {
      const point = { x: (x.lo + x.hi) / 2, y: (y.lo + y.hi) / 2 };
      const size = Math.min(x.hi - x.lo, y.hi - y.lo);
      if (size > 4 * EDGE && !regions.some((r) => inside(r, point)) && (best === undefined || size > best.size))
        best = { point, size };
    }
  return best?.point;
}

/** An image the learner clicks; right when the point falls in any of the key's regions. */
export const hotspot: QuestionKind<Key> = {
  kind: 'hotspot',

  parseResponse(_key, raw) {
    const field = readField(raw, 'point', EXAMPLE);
    if (!field.ok) return field;
    const point = field.value;
    if (!isRecord(point)) return fail(`"point" must be an object like ${EXAMPLE}`);
    const extra = Object.keys(point).find((k) => k !== 'x' && k !== 'y');
    if (extra !== undefined) return fail(`"point" has an unexpected field ${show(extra)}; expected ${EXAMPLE}`);
    const { x, y } = point;
    if (!fraction(x) || !fraction(y))
      return fail('"point" must have x and y between 0 and 1 (fractions of the image\'s width and height)');
    return { ok: true, response: { point: { x, y } } };
  },

  grade(key, _content, response): Grade {
    const point = pointOf(response);
    const correct = point !== undefined && key.regions.some((r) => inside(r, point));
    return { score: correct ? 1 : 0, correct };
  },

  correctResponse(key) {
    const r = key.regions[0];
    return { point: r === undefined ? { x: 0.5, y: 0.5 } : { x: r.x + r.w / 2, y: r.y + r.h / 2 } };
  },

  wrongResponse: (key) => ({ point: pointOutside(key.regions) ?? { x: 0, y: 0 } }),

  present(key, content, lang) {
    const shown = content.texts[shownLanguage(content, lang)];
    const imageAlt = shown?.imageAlt ?? content.texts[content.lang]?.imageAlt ?? '';
    return { kind: 'hotspot', stem: stemIn(content, lang), image: key.image, imageAlt };
  },

  check(key, content) {
    const problems = textProblems(content);
    if (key.image.trim() === '') problems.push('there is no image');
    if (key.regions.length === 0) problems.push('a hotspot question needs at least one region');
    key.regions.forEach((r, i) => {
      const at = `region ${i + 1}`;
      if (![r.x, r.y, r.w, r.h].every(fraction)) problems.push(`${at}: x, y, w and h must be between 0 and 1`);
      else if (r.w === 0 || r.h === 0) problems.push(`${at} has no area`);
      else if (r.x + r.w > 1 + EDGE || r.y + r.h > 1 + EDGE) problems.push(`${at} runs off the image`);
    });
    if (key.regions.length > 0 && pointOutside(key.regions) === undefined)
      problems.push('the regions cover the whole image, so no click could be wrong');
    for (const lang of languagesOf(content))
      if ((content.texts[lang]?.imageAlt ?? '').trim() === '')
        problems.push(`${lang}: the image has no text alternative`);
    return problems;
  },
};
