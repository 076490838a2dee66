import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, readField, readIdList, readText, show } from './response-shape.js';

const spec = { field: 'selected', noun: 'option', known: ['a', 'b', 'c'] };

describe('readField', () => {
  it('reads the one field', () => {
    expect(readField({ selected: ['a'] }, 'selected', 'e.g.')).toEqual({ ok: true, value: ['a'] });
  });

  it.each([null, [], 'x', 3, {}, { other: 1 }, { selected: [], other: 1 }])('refuses %j', (raw) => {
    expect(readField(raw, 'selected', 'e.g.').ok).toBe(false);
  });
});

describe('readIdList', () => {
  it('keeps order', () => {
    expect(readIdList(['c', 'a'], spec)).toEqual({ ok: true, value: ['c', 'a'] });
  });

  it('names the problem', () => {
    expect(readIdList('a', spec)).toMatchObject({ ok: false, message: expect.stringContaining('list') });
    expect(readIdList(['z'], spec)).toMatchObject({ ok: false, message: expect.stringContaining('"z"') });
    expect(readIdList(['a', 'a'], spec)).toMatchObject({ ok: false, message: expect.stringContaining('twice') });
    expect(readIdList([1], spec)).toMatchObject({ ok: false, message: expect.stringContaining('number') });
    expect(readIdList(['a', 'b', 'c', 'a'], spec)).toMatchObject({
      ok: false,
      message: expect.stringContaining('only 3'),
    });
  });

  it('does not mistake prototype names for ids', () => {
    expect(readIdList(['constructor'], spec).ok).toBe(false);
  });
});

describe('readText', () => {
  it('accepts text up to the limit and refuses longer or blank text', () => {
    expect(readText('x'.repeat(MAX_TEXT_LENGTH)).ok).toBe(true);
    expect(readText('x'.repeat(MAX_TEXT_LENGTH + 1))).toMatchObject({
      ok: false,
      message: expect.stringContaining('too long'),
    });
    expect(readText(' \u3000 ')).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
    expect(readText(5).ok).toBe(false);
  });
});

describe('show', () => {
  it('keeps messages short whatever the input', () => {
    expect(show('x'.repeat(1000)).length).toBeLessThanOrEqual(40);
    expect(show({ a: 1 })).toBe('object');
    expect(show(undefined)).toBe('nothing');
  });
});
