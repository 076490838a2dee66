import { describe, expect, it } from 'vitest';
import type { ItemContent } from '../item.js';
import type { KeyOf } from '../question-kind.js';
import { JUNK, SAMPLES } from '../test-support.js';
import { numeric, readNumber } from './numeric.js';

const content = SAMPLES.numeric;
const key = content.key;
type Key = KeyOf<'numeric'>;
const right = (k: Key, text: string) => numeric.grade(k, { ...content, key: k }, { text }).correct;
const value = (text: string, unit: string | null = 'kPa') => {
  const read = readNumber(text, unit);
  return read.ok ? read.value : read.message;
};

describe('readNumber', () => {
  it.each([
    ['500', 500],
    ['  500  ', 500],
    ['+500', 500],
    ['-2.5', -2.5],
    ['.5', 0.5],
    ['5.', 5],
    ['1.2e3', 1200],
    ['1.2E-3', 0.0012],
    ['５００', 500],
    ['５００．５', 500.5],
    ['－５', -5],
    ['\u22125', -5],
    ['500kPa', 500],
    ['500 kpa', 500],
    ['500 K Pa', 500],
    ['５００ｋＰａ', 500],
    ['1e+21 kPa', 1e21],
  ])('reads %j as %d', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it.each([
    ['abc', 'is not a number'],
    ['kPa 500', 'is not a number'],
    ['', 'is not a number'],
    ['NaN', 'is not a number'],
    ['Infinity', 'is not a number'],
    ['500 psi', 'optionally followed by kPa'],
    ['500 kPa kPa', 'optionally followed by kPa'],
    ['1,000', 'unexpected ",000"'],
    ['500,5', 'unexpected ",5"'],
    ['0x10', 'unexpected "x10"'],
    ['1e999', 'too large'],
    ['5..5', 'unexpected ".5"'],
    ['− 5', 'is not a number'],
  ])('refuses %j', (text, message) => {
    expect(value(text)).toContain(message);
  });

  it('allows no unit when the key has none', () => {
    expect(value('42', null)).toBe(42);
    expect(value('42 kPa', null)).toContain('write the number only');
  });

  it('reads a unit that looks like an exponent as a unit', () => {
    expect(value('5eV', 'eV')).toBe(5);
    expect(value('5e2', 'eV')).toBe(500);
  });
});

describe('numeric', () => {
  it('grades its correct response right and its wrong response wrong', () => {
    expect(numeric.correctResponse(key, content)).toEqual({ text: '500 kPa' });
    expect(numeric.grade(key, content, numeric.correctResponse(key, content))).toEqual({ score: 1, correct: true });
    expect(numeric.grade(key, content, numeric.wrongResponse(key, content))).toEqual({ score: 0, correct: false });
  });

  it('includes the tolerance edges, allowing for floating-point rounding', () => {
    const k: Key = { kind: 'numeric', answer: 2.5, tolerance: 0.1, unit: null };
    expect(right(k, '2.6')).toBe(true); // |2.6 − 2.5| is 0.10000000000000009 in floating point
    expect(right(k, '2.4')).toBe(true);
    expect(right(k, '2.61')).toBe(false);
    expect(right(k, '2.3999')).toBe(false);
    const exact: Key = { kind: 'numeric', answer: 0.3, tolerance: 0, unit: null };
    expect(right(exact, '0.30000000000000004')).toBe(true);
    expect(right(exact, '0.3001')).toBe(false);
    expect(right(key, '500.000001')).toBe(false);
    expect(right(key, '499')).toBe(false);
  });

  it('accepts the unit, full-width digits and an exponent', () => {
    expect(right(key, '500kpa')).toBe(true);
    expect(right(key, '５００ ｋＰａ')).toBe(true);
    expect(right(key, '5e2')).toBe(true);
    expect(right(key, '0.5e3 kPa')).toBe(true);
  });

  it('grades unreadable text and other shapes as wrong', () => {
    expect(right(key, '500 psi')).toBe(false);
    expect(numeric.grade(key, content, { selected: ['500'] }).score).toBe(0);
  });

  it('finds a wrong response for huge, tiny and negative answers', () => {
    const keys: Key[] = [
      { kind: 'numeric', answer: 1e20, tolerance: 0, unit: null },
      { kind: 'numeric', answer: -1e20, tolerance: 0, unit: null },
      { kind: 'numeric', answer: Number.MAX_VALUE, tolerance: 0, unit: null },
      { kind: 'numeric', answer: -Number.MAX_VALUE, tolerance: 0, unit: null },
      { kind: 'numeric', answer: 1e-12, tolerance: 0, unit: 'm' },
      { kind: 'numeric', answer: 0, tolerance: 5, unit: '%' },
    ];
    for (const k of keys) {
      const c: ItemContent = { ...content, key: k };
      const wrong = numeric.wrongResponse(k, c);
      expect(numeric.parseResponse(k, wrong).ok).toBe(true);
      expect(numeric.grade(k, c, wrong).correct).toBe(false);
      expect(numeric.grade(k, c, numeric.correctResponse(k, c)).correct).toBe(true);
    }
  });

  it('parses readable numbers and keeps the text as typed', () => {
    expect(numeric.parseResponse(key, { text: ' ５００ kPa' })).toEqual({
      ok: true,
      response: { text: ' ５００ kPa' },
    });
  });

  it.each([
    [{ text: 'five hundred' }, 'is not a number'],
    [{ text: '500 psi' }, 'optionally followed by kPa'],
    [{ text: '' }, 'empty'],
    [{ text: '5'.repeat(501) }, 'too long'],
    [{ text: 500 }, 'string'],
    [{ value: 500 }, '"text"'],
  ])('refuses %j', (raw, message) => {
    expect(numeric.parseResponse(key, raw)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('refuses junk without throwing', () => {
    for (const raw of JUNK) expect(numeric.parseResponse(key, raw).ok).toBe(false);
  });

  it('presents the stem and unit, not the answer', () => {
    const view = numeric.present(key, content, 'en', (xs) => [...xs]);
    expect(view).toEqual({ kind: 'numeric', stem: 'Normal brake-pipe pressure, in kPa?', unit: 'kPa' });
  });

  it('checks the key', () => {
    const check = (k: Key) => numeric.check(k, { ...content, key: k });
    expect(check(key)).toEqual([]);
    expect(check({ ...key, answer: Number.NaN })).toContain('the answer is not a finite number');
    expect(check({ ...key, tolerance: -1 })).toContain('the tolerance must be a number ≥ 0');
    expect(check({ ...key, tolerance: Number.POSITIVE_INFINITY })).toContain('the tolerance must be a number ≥ 0');
    expect(check({ ...key, unit: ' ' })).toContain('the unit is empty');
    expect(check({ ...key, unit: '2m' })[0]).toContain('starts like a number');
    expect(check({ ...key, unit: 'e3' })[0]).toContain('starts like a number');
    expect(check({ ...key, unit: 'eV' })).toEqual([]);
    expect(check({ ...key, answer: 0, tolerance: 1e308 })).toContain(
      'the tolerance is so large that no answer would be wrong',
    );
  });
});
