import { describe, expect, it } from 'vitest';
import type { ItemContent } from '../item.js';
import type { KeyOf } from '../question-kind.js';
import { identityShuffle, JUNK, reverseShuffle, SAMPLES, seededShuffle } from '../test-support.js';
import { ordering } from './ordering.js';

const content = SAMPLES.ordering;
const key = content.key;
const ids = (view: ReturnType<typeof ordering.present>) =>
  view.kind === 'ordering' ? view.steps.map((s) => s.id) : [];

describe('ordering', () => {
  it('grades its correct response right and its wrong response wrong', () => {
    expect(ordering.grade(key, content, ordering.correctResponse(key, content))).toEqual({ score: 1, correct: true });
    expect(ordering.wrongResponse(key, content)).toEqual({ order: ['s4', 's3', 's2', 's1'] });
    expect(ordering.grade(key, content, ordering.wrongResponse(key, content))).toEqual({ score: 0, correct: false });
  });

  it('gives no credit for a nearly right order', () => {
    expect(ordering.grade(key, content, { order: ['s1', 's2', 's4', 's3'] })).toEqual({ score: 0, correct: false });
    expect(ordering.grade(key, content, { order: ['s1', 's2', 's3'] }).correct).toBe(false);
    expect(ordering.grade(key, content, { selected: ['s1', 's2', 's3', 's4'] }).correct).toBe(false);
  });

  it('reverses into a wrong order even for two steps', () => {
    const two: KeyOf<'ordering'> = { kind: 'ordering', order: ['x', 'y'] };
    expect(ordering.grade(two, content, ordering.wrongResponse(two, content)).correct).toBe(false);
  });

  it('parses a permutation of the steps', () => {
    expect(ordering.parseResponse(key, { order: ['s2', 's1', 's4', 's3'] })).toEqual({
      ok: true,
      response: { order: ['s2', 's1', 's4', 's3'] },
    });
  });

  it.each([
    [{ order: ['s1', 's2', 's3'] }, 'every one of the 4 steps'],
    [{ order: [] }, 'every one of the 4 steps'],
    [{ order: ['s1', 's2', 's3', 's3'] }, 'twice'],
    [{ order: ['s1', 's2', 's3', 's5'] }, '"s5" is not one of'],
    [{ order: ['s1', 's2', 's3', 's4', 's1'] }, 'only 4'],
    [{ order: 's1,s2,s3,s4' }, 'list'],
    [{ order: [1, 2, 3, 4] }, 'number'],
    [{ steps: ['s1', 's2', 's3', 's4'] }, '"order"'],
  ])('refuses %j', (raw, message) => {
    expect(ordering.parseResponse(key, raw)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('refuses junk without throwing', () => {
    for (const raw of JUNK) expect(ordering.parseResponse(key, raw).ok).toBe(false);
  });

  it('presents every step, shuffled by the seeded shuffle, never in the key order', () => {
    const seeded = ordering.present(key, content, 'en', seededShuffle(7));
    expect(ids(seeded)).not.toEqual(key.order);
    expect([...ids(seeded)].sort()).toEqual(key.order);
    expect(ordering.present(key, content, 'en', seededShuffle(7))).toEqual(seeded);
    expect(ids(ordering.present(key, content, 'en', reverseShuffle))).toEqual(['s4', 's3', 's2', 's1']);
    // A shuffle that happens to leave the key order is rotated rather than giving the answer away.
    expect(ids(ordering.present(key, content, 'en', identityShuffle))).toEqual(['s2', 's3', 's4', 's1']);
    for (let seed = 0; seed < 200; seed++)
      expect(ids(ordering.present(key, content, 'en', seededShuffle(seed)))).not.toEqual(key.order);
  });

  it('labels steps in the requested language and leaves out the explanation', () => {
    const view = ordering.present(key, content, 'zh-Hans', reverseShuffle);
    expect(view).toEqual({
      kind: 'ordering',
      stem: '排序。',
      steps: [
        { id: 's4', text: '四' },
        { id: 's3', text: '三' },
        { id: 's2', text: '二' },
        { id: 's1', text: '一' },
      ],
    });
  });

  it('checks the number of steps, their ids and their texts', () => {
    const check = (order: string[], c: ItemContent = content) => ordering.check({ kind: 'ordering', order }, c);
    expect(check(key.order)).toEqual([]);
    expect(check(['s1', 's2'])).toContain('an ordering question needs 3 to 8 steps, not 2');
    expect(check(['s1'])).toContain('an ordering question needs 3 to 8 steps, not 1');
    expect(check(Array.from({ length: 9 }, (_, i) => `s${i + 1}`))).toContain(
      'an ordering question needs 3 to 8 steps, not 9',
    );
    expect(check(['s1', 's2', 's2', 's3'])).toContain('step id "s2" is used twice');
    const same: ItemContent = {
      ...content,
      texts: { en: { stem: 'Order.', explanation: '.', steps: { s1: 'Open', s2: 'open ', s3: 'Close', s4: 'Stop' } } },
    };
    expect(check(key.order, same)).toEqual(['en: steps "s1" and "s2" have the same text']);
  });
});
