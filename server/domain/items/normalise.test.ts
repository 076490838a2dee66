import { describe, expect, it } from 'vitest';
import { answerAccepted, compactAnswer, normaliseAnswer } from './normalise.js';

describe('normaliseAnswer', () => {
  it('maps full-width characters to half-width (NFKC)', () => {
    expect(normaliseAnswer('５００ＫＰＡ', true)).toBe('500KPA');
    expect(normaliseAnswer('５００ＫＰＡ', false)).toBe('500kpa');
    expect(normaliseAnswer('ｂｒａｋｅ', false)).toBe('brake');
  });

  it('trims and collapses every kind of whitespace, including the ideographic space', () => {
    expect(normaliseAnswer('  automatic \t\n brake  ', false)).toBe('automatic brake');
    expect(normaliseAnswer('automatic\u3000brake', false)).toBe('automatic brake');
    expect(normaliseAnswer('\u00a0brake\u00a0', false)).toBe('brake');
  });

  it('drops invisible zero-width characters', () => {
    expect(normaliseAnswer('bra\u200bke\ufeff', false)).toBe('brake');
  });

  it('lower-cases unless case-sensitive', () => {
    expect(normaliseAnswer('NaCl', false)).toBe('nacl');
    expect(normaliseAnswer('NaCl', true)).toBe('NaCl');
  });

  it('leaves Chinese alone', () => {
    expect(normaliseAnswer(' 制动 阀 ', false)).toBe('制动 阀');
  });

  it('turns blank text into the empty string', () => {
    expect(normaliseAnswer(' \u3000\t', false)).toBe('');
  });
});

describe('compactAnswer', () => {
  it('removes all spaces', () => {
    expect(compactAnswer(' 500 k Pa ', false)).toBe('500kpa');
    expect(compactAnswer('５００\u3000ｋＰａ', true)).toBe('500kPa');
  });
});

describe('answerAccepted', () => {
  it('matches after normalisation', () => {
    expect(answerAccepted(['500 kPa'], '５００ＫＰＡ', false)).toBe(true);
    expect(answerAccepted(['500 kPa'], '500kPa', false)).toBe(true);
    expect(answerAccepted(['500kPa'], ' 500   KPA ', false)).toBe(true);
    expect(answerAccepted(['brake', 'automatic brake'], 'Automatic  Brake', false)).toBe(true);
  });

  it('respects case sensitivity in both passes', () => {
    expect(answerAccepted(['NaCl'], 'nacl', true)).toBe(false);
    expect(answerAccepted(['NaCl'], 'ＮａＣｌ', true)).toBe(true);
    expect(answerAccepted(['Na Cl'], 'NaCl', true)).toBe(true);
    expect(answerAccepted(['Na Cl'], 'nacl', true)).toBe(false);
  });

  it('rejects different answers', () => {
    expect(answerAccepted(['brake'], 'brakes', false)).toBe(false);
    expect(answerAccepted(['500 kPa'], '50 0kPa!', false)).toBe(false);
    expect(answerAccepted([], 'brake', false)).toBe(false);
  });

  it('never accepts a blank response, even against a blank accepted answer', () => {
    expect(answerAccepted(['', ' '], '  ', false)).toBe(false);
  });
});
