import { describe, expect, it } from 'vitest';
import type { ItemContent } from '../item.js';
import type { KeyOf } from '../question-kind.js';
import { JUNK, SAMPLES } from '../test-support.js';
import { fillBlank } from './fill-blank.js';

const content = SAMPLES.fill_blank;
const key = content.key;
const right = (text: string, c: ItemContent = content, k: KeyOf<'fill_blank'> = key) =>
  fillBlank.grade(k, c, { text }).correct;

/** An item whose accepted answers are given, in English only. */
const withAccepted = (accepted: string[]): ItemContent => ({
  ...content,
  texts: { en: { stem: '______', explanation: '.', accepted } },
});

describe('fill_blank', () => {
  it('grades its correct response right and its wrong response wrong', () => {
    expect(fillBlank.correctResponse(key, content)).toEqual({ text: 'brake' });
    expect(fillBlank.grade(key, content, fillBlank.correctResponse(key, content))).toEqual({ score: 1, correct: true });
    expect(fillBlank.grade(key, content, fillBlank.wrongResponse(key, content))).toEqual({ score: 0, correct: false });
  });

  it('ignores case, surrounding and repeated spaces, and full-width forms', () => {
    expect(right('Brake')).toBe(true);
    expect(right('  BRAKE  ')).toBe(true);
    expect(right('automatic    brake')).toBe(true);
    expect(right('ＡＵＴＯＭＡＴＩＣ\u3000ＢＲＡＫＥ')).toBe(true);
    expect(right('brakes')).toBe(false);
    expect(right('automatic')).toBe(false);
  });

  it('treats 500kPa, 500 kPa and ５００ＫＰＡ alike', () => {
    const c = withAccepted(['500 kPa']);
    expect(right('500kPa', c)).toBe(true);
    expect(right('500 kpa', c)).toBe(true);
    expect(right('５００ＫＰＡ', c)).toBe(true);
    expect(right('５００ ＫＰａ', c)).toBe(true);
    expect(right('5000 kPa', c)).toBe(false);
  });

  it('accepts the answers of every language the item is written in', () => {
    expect(right('制动')).toBe(true);
    expect(right(' 制动 ')).toBe(true);
    expect(right('制动机')).toBe(false);
  });

  it('is case-sensitive when the key says so', () => {
    const c = withAccepted(['NaCl']);
    const k = { kind: 'fill_blank', caseSensitive: true } as const;
    expect(right('NaCl', c, k)).toBe(true);
    expect(right('ＮａＣｌ', c, k)).toBe(true);
    expect(right('nacl', c, k)).toBe(false);
    expect(right('nacl', c)).toBe(true);
  });

  it('finds a wrong response even when "?" is accepted', () => {
    const c = withAccepted(['?', '??']);
    const wrong = fillBlank.wrongResponse(key, c);
    expect(wrong).toEqual({ text: '???' });
    expect(fillBlank.grade(key, c, wrong).correct).toBe(false);
    expect(fillBlank.parseResponse(key, wrong).ok).toBe(true);
  });

  it('grades responses of another shape as wrong', () => {
    expect(fillBlank.grade(key, content, { selected: ['brake'] }).score).toBe(0);
  });

  it('parses text as typed', () => {
    expect(fillBlank.parseResponse(key, { text: '  Brake ' })).toEqual({ ok: true, response: { text: '  Brake ' } });
    expect(fillBlank.parseResponse(key, { text: 'x'.repeat(500) }).ok).toBe(true);
  });

  it.each([
    [{ text: '' }, 'empty'],
    [{ text: ' \u3000 ' }, 'empty'],
    [{ text: 'x'.repeat(501) }, 'too long'],
    [{ text: 5 }, 'string'],
    [{ text: ['brake'] }, 'string'],
    [{ text: 'brake', lang: 'en' }, 'unexpected field'],
    [{ answer: 'brake' }, '"text"'],
  ])('refuses %j', (raw, message) => {
    expect(fillBlank.parseResponse(key, raw)).toEqual({ ok: false, message: expect.stringContaining(message) });
  });

  it('refuses junk without throwing', () => {
    for (const raw of JUNK) expect(fillBlank.parseResponse(key, raw).ok).toBe(false);
  });

  it('presents only the stem', () => {
    const view = fillBlank.present(key, content, 'zh-Hans', (xs) => [...xs]);
    expect(view).toEqual({ kind: 'fill_blank', stem: '司机______阀。' });
  });

  it('checks accepted answers in every language', () => {
    expect(fillBlank.check(key, content)).toEqual([]);
    expect(fillBlank.check(key, withAccepted([]))).toEqual(['en: there is no accepted answer']);
    expect(fillBlank.check(key, withAccepted(['brake', ' \u3000']))).toEqual(['en: an accepted answer is empty']);
    expect(fillBlank.check(key, withAccepted(['x'.repeat(501)]))[0]).toContain('longer than a learner may type');
    const noZh: ItemContent = {
      ...content,
      texts: { ...content.texts, 'zh-Hans': { stem: '司机______阀。', explanation: '因为。' } },
    };
    expect(fillBlank.check(key, noZh)).toEqual(['zh-Hans: there is no accepted answer']);
  });
});
