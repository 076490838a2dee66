import { describe, expect, it } from 'vitest';
import type { ItemContent } from '../item.js';
import type { KeyOf } from '../question-kind.js';
import { JUNK, SAMPLES } from '../test-support.js';
import { multiple } from './multiple.js';

const content = SAMPLES.multiple;
const partial = content.key;
const strict: KeyOf<'multiple'> = { ...partial, scoring: 'all-or-nothing' };
const score = (key: KeyOf<'multiple'>, selected: string[]) => multiple.grade(key, content, { selected }).score;

describe('multiple', () => {
  it('grades its correct response right and its wrong response wrong, under both scorings', () => {
    for (const key of [partial, strict]) {
      expect(multiple.grade(key, content, multiple.correctResponse(key, content))).toEqual({ score: 1, correct: true });
      expect(multiple.grade(key, content, multiple.wrongResponse(key, content))).toEqual({ score: 0, correct: false });
    }
  });

  it('gives partial credit: +1/k per right choice, −1/k per wrong one, floor 0, cap 1', () => {
    expect(score(partial, ['a'])).toBeCloseTo(1 / 3);
    expect(score(partial, ['a', 'b'])).toBeCloseTo(2 / 3);
    expect(score(partial, ['a', 'b', 'c'])).toBe(1);
    expect(score(partial, ['c', 'a', 'b'])).toBe(1);
    expect(score(partial, ['a', 'b', 'c', 'd'])).toBeCloseTo(2 / 3);
    expect(score(partial, ['a', 'b', 'd'])).toBeCloseTo(1 / 3);
    expect(score(partial, ['a', 'd'])).toBe(0);
    expect(score(partial, ['a', 'd', 'e'])).toBe(0);
    expect(score(partial, ['d', 'e'])).toBe(0);
    expect(score(partial, ['a', 'b', 'c', 'd', 'e'])).toBeCloseTo(1 / 3);
  });

  it('counts as correct only full marks', () => {
    expect(multiple.grade(partial, content, { selected: ['a', 'b'] }).correct).toBe(false);
    expect(multiple.grade(partial, content, { selected: ['a', 'b', 'c', 'd'] }).correct).toBe(false);
  });

  it('gives nothing but for exactly the key set under all-or-nothing', () => {
    expect(score(strict, ['a', 'b', 'c'])).toBe(1);
    expect(score(strict, ['a', 'b'])).toBe(0);
    expect(score(strict, ['a', 'b', 'c', 'd'])).toBe(0);
  });

  it('with every option correct, the wrong response leaves one out and still falls short', () => {
    const all: KeyOf<'multiple'> = { ...partial, optionIds: ['a', 'b', 'c'], correct: ['a', 'b', 'c'] };
    const c: ItemContent = {
      ...content,
      key: all,
      texts: { en: { stem: 'All?', explanation: '.', options: { a: 'A', b: 'B', c: 'C' } } },
    };
    expect(multiple.check(all, c)).toEqual([]);
    const grade = multiple.grade(all, c, multiple.wrongResponse(all, c));
    expect(grade.correct).toBe(false);
    expect(grade.score).toBeCloseTo(2 / 3);
  });

  it('ignores responses of another shape', () => {
    expect(multiple.grade(partial, content, { order: ['a', 'b', 'c'] })).toEqual({ score: 0, correct: false });
  });

  it('parses one or more known options', () => {
    expect(multiple.parseResponse(partial, { selected: ['e', 'a'] })).toEqual({
      ok: true,
      response: { selected: ['e', 'a'] },
    });
  });

  it.each([
    [{ selected: [] }, 'at least one'],
    [{ selected: ['a', 'a'] }, 'twice'],
    [{ selected: ['f'] }, '"f" is not one of this question\'s options'],
    [{ selected: [null] }, 'object'],
    [{ selected: ['a', 'b', 'c', 'd', 'e', 'a'] }, 'only 5'],
  ])('refuses %j', (raw, message) => {
    expect(multiple.parseResponse(partial, raw)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('refuses junk without throwing', () => {
    for (const raw of JUNK) expect(multiple.parseResponse(partial, raw).ok).toBe(false);
  });

  it('presents options in authored order without the key', () => {
    const view = multiple.present(partial, content, 'en', (xs) => [...xs].reverse());
    expect(view).toMatchObject({ kind: 'multiple', stem: 'Which are brake tests?' });
    expect(view.kind === 'multiple' && view.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(JSON.stringify(view)).not.toMatch(/correct|scoring|Because/);
  });

  it('checks a well-formed item clean and catches malformed keys', () => {
    expect(multiple.check(partial, content)).toEqual([]);
    expect(multiple.check({ ...partial, correct: ['a'] }, content)).toContain(
      'a multiple-choice question needs at least two correct options',
    );
    expect(multiple.check({ ...partial, correct: [] }, content)).toContain(
      'a multiple-choice question needs at least two correct options',
    );
    expect(multiple.check({ ...partial, correct: ['a', 'z'] }, content)).toContain(
      'correct option "z" is not one of the options',
    );
    expect(multiple.check({ ...partial, correct: ['a', 'b', 'a'] }, content)).toContain(
      'an option is marked correct twice',
    );
  });
});
