import { describe, expect, it } from 'vitest';
import type { ItemContent, Region } from '../item.js';
import type { KeyOf } from '../question-kind.js';
import { JUNK, SAMPLES } from '../test-support.js';
import { hotspot, inside, pointOutside } from './hotspot.js';

const content = SAMPLES.hotspot;
const key = content.key;
const hit = (x: number, y: number, k: KeyOf<'hotspot'> = key) => hotspot.grade(k, content, { point: { x, y } }).correct;
const withRegions = (regions: Region[]): KeyOf<'hotspot'> => ({ ...key, regions });

describe('hotspot', () => {
  it('grades its correct response right and its wrong response wrong', () => {
    expect(hotspot.grade(key, content, hotspot.correctResponse(key, content))).toEqual({ score: 1, correct: true });
    expect(hotspot.grade(key, content, hotspot.wrongResponse(key, content))).toEqual({ score: 0, correct: false });
  });

  it('counts the edges and corners of a region as inside', () => {
    expect(hit(0.62, 0.3)).toBe(true);
    expect(hit(0.74, 0.48)).toBe(true);
    expect(hit(0.62, 0.48)).toBe(true);
    expect(hit(0.74, 0.3)).toBe(true);
    expect(hit(0.68, 0.39)).toBe(true);
  });

  it('counts points just outside as wrong', () => {
    expect(hit(0.6199, 0.4)).toBe(false);
    expect(hit(0.7401, 0.4)).toBe(false);
    expect(hit(0.7, 0.2999)).toBe(false);
    expect(hit(0.7, 0.4801)).toBe(false);
    expect(hit(0, 0)).toBe(false);
    expect(hotspot.grade(key, content, { text: '0.7,0.4' }).correct).toBe(false);
  });

  it('accepts any of several regions', () => {
    const two = withRegions([
      { x: 0, y: 0, w: 0.1, h: 0.1 },
      { x: 0.9, y: 0.9, w: 0.1, h: 0.1 },
    ]);
    expect(hit(0.05, 0.05, two)).toBe(true);
    expect(hit(1, 1, two)).toBe(true);
    expect(hit(0.5, 0.5, two)).toBe(false);
  });

  it('parses a point with x and y in 0..1', () => {
    expect(hotspot.parseResponse(key, { point: { x: 0, y: 1 } })).toEqual({
      ok: true,
      response: { point: { x: 0, y: 1 } },
    });
  });

  it.each([
    { point: { x: 1.01, y: 0.5 } },
    { point: { x: -0.01, y: 0.5 } },
    { point: { x: Number.NaN, y: 0.5 } },
    { point: { x: Number.POSITIVE_INFINITY, y: 0.5 } },
    { point: { x: '0.5', y: 0.5 } },
    { point: { x: 0.5 } },
    { point: { x: 0.5, y: 0.5, z: 0 } },
    { point: [0.5, 0.5] },
    { point: null },
    { x: 0.5, y: 0.5 },
  ])('refuses %j', (raw) => {
    const result = hotspot.parseResponse(key, raw);
    expect(result.ok).toBe(false);
    expect(result.ok || result.message.length > 0).toBe(true);
  });

  it('refuses junk without throwing', () => {
    for (const raw of JUNK) expect(hotspot.parseResponse(key, raw).ok).toBe(false);
  });

  it('finds a point outside every region, or none when they cover the image', () => {
    const regions: Region[] = [
      { x: 0, y: 0, w: 1, h: 0.5 },
      { x: 0, y: 0.5, w: 0.6, h: 0.5 },
    ];
    const p = pointOutside(regions);
    expect(p).toBeDefined();
    expect(regions.some((r) => inside(r, p!))).toBe(false);
    expect(pointOutside([{ x: 0, y: 0, w: 1, h: 1 }])).toBeUndefined();
    expect(
      pointOutside([
        { x: 0, y: 0, w: 0.5, h: 1 },
        { x: 0.5, y: 0, w: 0.5, h: 1 },
      ]),
    ).toBeUndefined();
    const sliver = pointOutside([
      { x: 0, y: 0, w: 0.499, h: 1 },
      { x: 0.5, y: 0, w: 0.5, h: 1 },
    ]);
    expect(sliver?.x).toBeCloseTo(0.4995);
  });

  it('presents the image and its alternative text without the regions', () => {
    expect(hotspot.present(key, content, 'zh-Hans', (xs) => [...xs])).toEqual({
      kind: 'hotspot',
      stem: '点击制动缸。',
      image: 'media/brake-cylinder-diagram.svg',
      imageAlt: '制动装置，六个编号部件',
    });
    const enOnly: ItemContent = { ...content, texts: { en: content.texts.en! } };
    expect(hotspot.present(key, enOnly, 'zh-Hans', (xs) => [...xs])).toMatchObject({
      imageAlt: 'Brake rigging, six numbered parts',
    });
    expect(JSON.stringify(hotspot.present(key, content, 'en', (xs) => [...xs]))).not.toMatch(/regions|0\.62/);
  });

  it('checks regions, the image and its alternative text', () => {
    const check = (k: KeyOf<'hotspot'>, c: ItemContent = content) => hotspot.check(k, c);
    expect(check(key)).toEqual([]);
    expect(check(withRegions([]))).toEqual(['a hotspot question needs at least one region']);
    expect(check(withRegions([{ x: 1.2, y: 0, w: 0.1, h: 0.1 }]))).toContain(
      'region 1: x, y, w and h must be between 0 and 1',
    );
    expect(check(withRegions([{ x: -0.1, y: 0, w: 0.1, h: 0.1 }]))).toContain(
      'region 1: x, y, w and h must be between 0 and 1',
    );
    expect(check(withRegions([{ x: 0.5, y: 0.5, w: 0, h: 0.1 }]))).toContain('region 1 has no area');
    expect(check(withRegions([{ x: 0.5, y: 0.5, w: 0.6, h: 0.1 }]))).toContain('region 1 runs off the image');
    expect(check(withRegions([{ x: 0.62, y: 0.3, w: 0.38, h: 0.7 }]))).toEqual([]);
    expect(check(withRegions([{ x: 0, y: 0, w: 1, h: 1 }]))).toEqual([
      'the regions cover the whole image, so no click could be wrong',
    ]);
    expect(check({ ...key, image: '' })).toContain('there is no image');
    const noAlt: ItemContent = {
      ...content,
      texts: { ...content.texts, 'zh-Hans': { stem: '点击。', explanation: '因为。' } },
    };
    expect(check(key, noAlt)).toEqual(['zh-Hans: the image has no text alternative']);
  });
});
